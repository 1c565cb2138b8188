// Where the outbox worker sends what cases emitted. A sender is anything with `send(message, { idempotencyKey,
// signal })`: it resolves when the receiver has the message, and throws a DeliveryError (or anything, which the
// worker counts as `senderError`) when it does not. The default is a webhook.
//
// A failure is recorded by its code alone (`http_503`, `timeout`): a receiver's answer or an error's message may
// quote what was sent, and the outbox table is read by more people than the notices are meant for.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EmailNotice, NoticeKind, PageNotice, SmsNotice } from '@vikno/monitoring';
import type { OutboxEvent } from './applicant-notices.js';

/** A notice in one language, in each of its forms: the receiver sends the one its channel takes. */
export interface NoticeForms {
  readonly sms: SmsNotice;
  readonly email: EmailNotice;
  readonly page: PageNotice;
}

/** The applicant's notice an event calls for (`notice` of @vikno/monitoring), in Ukrainian and English. */
export interface OutboxNotice {
  readonly kind: NoticeKind;
  readonly uk: NoticeForms;
  readonly en: NoticeForms;
}

/**
 * One outbox entry as it is sent: the event a case emitted, or the notice of an event it accepted
 * (`applicant.notice`), with its outbox id and when it was raised, and the notice to the applicant it calls for,
 * when it calls for one (every `applicant.notice`, `applicant.notify`, and a reminder of the applicant's own term
 * at risk) and the case's number is on record.
 */
export interface OutboxMessage {
  /** The outbox entry's id: the receiver's `Idempotency-Key` is made from it. */
  readonly id: number;
  readonly caseId: string;
  readonly raisedAt: string;
  readonly event: OutboxEvent;
  readonly notice?: OutboxNotice;
}

/** What the worker gives a sender with each message. */
export interface SendOptions {
  /** The same for every attempt at one outbox entry, across retries and restarts: the receiver dedupes by it. */
  readonly idempotencyKey: string;
  /** Aborted when the worker stops or gives up on the attempt: the sender must stop sending then. */
  readonly signal: AbortSignal;
}

/** Delivers outbox messages somewhere: resolves once the receiver has one, throws when it does not. */
export interface Sender {
  send(message: OutboxMessage, options: SendOptions): Promise<void>;
}

/**
 * Why a send failed, as a code safe to store and log (`http_500`, `timeout`, `network`, `aborted`), and whether
 * trying again may help: a receiver that refuses the message itself (400, 404, 422…) will refuse it every time.
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(`Delivery failed: ${code}`);
  }
}

/** The statuses of a receiver's answer worth another try: it timed out, was busy, or failed on its side. */
const RETRYABLE_STATUS: ReadonlySet<number> = new Set([408, 409, 425, 429]);

/** The header that carries the signature: `sha256=` and the HMAC-SHA-256 of the body, in hex. */
export const SIGNATURE_HEADER = 'x-vikno-signature';

/** The signature of a webhook body with `secret`: `sha256=<hex>`. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * Whether `signature` is the signature of `body` with `secret`, compared in constant time: what a receiver runs
 * before trusting a webhook.
 */
export function verifySignature(body: string, signature: string | undefined, secret: string): boolean {
  if (signature === undefined) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Where and how the webhook sends. */
export interface WebhookOptions {
  /** The receiver's URL (http or https). */
  readonly url: string;
  /** The secret of the `x-vikno-signature` HMAC; the receiver holds the same. At least 32 characters. */
  readonly secret: string;
  /** How long one attempt may take, headers and body, in milliseconds (10 000). */
  readonly timeoutMs?: number;
  /** The fetch to send with (the global one). */
  readonly fetch?: typeof fetch;
}

/**
 * The default sender: `POST`s the message as JSON to `url`, with `Idempotency-Key` and the body's HMAC-SHA-256
 * in `x-vikno-signature`. Any 2xx is delivered; a redirect is refused (the signed body is not sent elsewhere);
 * 5xx, 408, 409, 425, 429, a timeout and a network error are worth another try; other 4xx are not.
 */
export function webhookSender(options: WebhookOptions): Sender {
  const url = new URL(options.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError('The webhook URL must be http or https');
  }
  if (options.secret.length < 32) throw new TypeError('The webhook secret must be at least 32 characters');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const send = options.fetch ?? fetch;
  return {
    async send(message, { idempotencyKey, signal }) {
      const body = JSON.stringify(message);
      const timeout = AbortSignal.timeout(timeoutMs);
      let response: Response;
      try {
        response = await send(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'idempotency-key': idempotencyKey,
            [SIGNATURE_HEADER]: signBody(body, options.secret),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.any([signal, timeout]),
        });
        // The answer's body is not read, only waited for within the timeout, so the connection is reused.
        await response.arrayBuffer();
      } catch {
        if (signal.aborted) throw new DeliveryError('aborted', true);
        if (timeout.aborted) throw new DeliveryError('timeout', true);
        throw new DeliveryError('network', true);
      }
      if (response.ok) return;
      const status = response.status;
      throw new DeliveryError(`http_${status}`, status >= 500 || RETRYABLE_STATUS.has(status));
    },
  };
}
