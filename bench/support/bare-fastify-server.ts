/**
 * Process entry of the Fastify baselines: a bare Fastify app whose `/profile` answers a fixed JSON
 * body (the same kind of body the profile endpoint answers) with an ETag, and 304 on a matching
 * If-None-Match, and whose `/healthz` answers 200. No plugins, no validation, no database: what
 * Fastify alone costs, to serve and to start.
 *
 * Env: BENCH_BARE_BODY (the JSON text to answer). Prints `bare-fastify on 127.0.0.1:<port>`.
 */
import { createHash } from 'node:crypto';
// Fastify as the server package resolves it, so the baseline runs the very same version
// (the workspace root does not depend on fastify directly).
import Fastify from '../../packages/server/node_modules/fastify/fastify.js';

const body: unknown = JSON.parse(process.env.BENCH_BARE_BODY ?? '{"status":"ok"}');
const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16)}"`;

const app = Fastify({ logger: false });
app.get('/profile', async (request, reply) => {
  reply.header('etag', etag).header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return body;
});

app.get('/healthz', async () => ({ status: 'ok' }));

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`bare-fastify on 127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
const close = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', close);
process.once('SIGINT', close);
