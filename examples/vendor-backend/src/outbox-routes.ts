// What an operator sees of the outbox's delivery: the entries the worker gave up on, and sending one again once
// the receiver is mended. Like `/ticks`, these stand behind the vendor's own authentication in a real system.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError } from './errors.js';
import type { OutboxDelivery } from './outbox-worker.js';

const EntryParams = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

/**
 * Registers `GET /outbox/dead` (the entries given up on, newest first, each with its attempts and last error
 * code) and `POST /outbox/:id/redeliver` (a dead entry sent again with a fresh count: 202, or 409 when it is not
 * dead).
 *
 * @example
 * registerOutboxRoutes(app, new OutboxDelivery(db, webhookSender({ url, secret })));
 */
export function registerOutboxRoutes(app: FastifyInstance, delivery: OutboxDelivery): void {
  app.get(
    '/outbox/dead',
    {
      config: {
        openapi: {
          summary: 'The outbox entries the worker gave up on, newest first',
          tags: ['outbox'],
          responses: { 200: { description: '`{ entries }`' } },
        },
      },
    },
    async () => ({ entries: await delivery.deadEntries() }),
  );

  app.post(
    '/outbox/:id/redeliver',
    {
      config: {
        openapi: {
          summary: 'Sends a dead entry again, with a fresh count and the same key',
          tags: ['outbox'],
          params: EntryParams,
          responses: { 202: { description: '`{ redelivering: true }`' } },
          errors: [409],
        },
      },
    },
    async (request, reply) => {
      const parsed = EntryParams.safeParse(request.params);
      const requeued = parsed.success && (await delivery.redeliver(parsed.data.id));
      if (requeued) return reply.code(202).send({ redelivering: true });
      throw new HttpError(409, {
        code: 'NOT_DEAD',
        uk: 'Такого запису, від якого відмовилися, у черзі немає',
        en: 'No entry given up on has this id',
        path: 'params.id',
      });
    },
  );
}
