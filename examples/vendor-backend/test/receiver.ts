// A webhook receiver for the outbox tests: a real HTTP server on 127.0.0.1 (a random port) that answers each
// request as the test scripted it, dedupes by Idempotency-Key as a careful receiver does, and records what it saw,
// including how many requests with one key it was handling at the same time.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from '../src/senders.js';

/** How the receiver answers one request: a status, or `hang` (never answers; the sender times out). */
export type Answer = number | 'hang';

/** One request as received. */
export interface Received {
  readonly key: string;
  readonly body: string;
  readonly signed: boolean;
}

export interface Receiver {
  readonly url: string;
  /** Every request, in order of arrival, duplicates included. */
  readonly requests: Received[];
  /** The keys taken (answered 2xx), each once: what a receiver that dedupes acted on. */
  readonly taken: Map<string, string>;
  /** The most requests with one key handled at once. */
  maxConcurrentPerKey(): number;
  /** Answers for the next requests, in order; after them, `otherwise`. */
  script(...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function startReceiver(
  secret: string,
  options: { otherwise?: Answer; delayMs?: number } = {},
): Promise<Receiver> {
  const requests: Received[] = [];
  const taken = new Map<string, string>();
  const answers: Answer[] = [];
  const inFlight = new Map<string, number>();
  let maxConcurrent = 0;
  const otherwise = options.otherwise ?? 200;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const key = String(request.headers['idempotency-key'] ?? '');
    const signature = request.headers[SIGNATURE_HEADER];
    requests.push({ key, body, signed: verifySignature(body, signature as string | undefined, secret) });
    const answer = answers.shift() ?? otherwise;
    if (answer === 'hang') return;
    const now = (inFlight.get(key) ?? 0) + 1;
    inFlight.set(key, now);
    maxConcurrent = Math.max(maxConcurrent, now);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    inFlight.set(key, (inFlight.get(key) ?? 1) - 1);
    if (answer >= 200 && answer < 300 && !taken.has(key)) taken.set(key, body);
    response.writeHead(answer, { 'content-type': 'application/json' }).end('{}');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    taken,
    maxConcurrentPerKey: () => maxConcurrent,
    script: (...next) => answers.push(...next),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
