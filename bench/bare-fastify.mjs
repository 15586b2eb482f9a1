// Baselines for the throughput ratios: the same HTTP stack with nothing of ours on top.
// (a) GET /constant answers a constant; (b) GET /one-query, when DATABASE_URL is set, answers the
// very statement GET /api/v1/coach/state runs (the state with its current identity and open
// break, prepared once per connection as ours is) with `pg` and a pool as large as the API's: the
// practical limit for a database-backed read on this machine. GET /one-table is the lighter read
// (b) was until 5 December 2026: `SELECT *` of the coach_states row alone.
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import pg from 'pg';

const app = Fastify({ logger: false });
app.get('/constant', async () => ({ status: 'ok' }));
if (process.env.DATABASE_URL) {
  // The built backend's statement (a module with no imports), so (b) cannot drift from the route.
  const { STATE_WITH_CONTEXT_SQL, STATE_WITH_CONTEXT_STATEMENT } = createRequire(import.meta.url)(
    '../backend/dist/coaching/repositories/coach-state.sql.js',
  );
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  const userId = process.env.BENCH_USER_ID;
  app.get('/one-query', async () => {
    const { rows } = await pool.query({
      name: STATE_WITH_CONTEXT_STATEMENT,
      text: STATE_WITH_CONTEXT_SQL,
      values: [userId],
    });
    return rows[0] ?? null;
  });
  app.get('/one-table', async () => {
    const { rows } = await pool.query('SELECT * FROM coach_states WHERE user_id = $1', [userId]);
    return rows[0] ?? null;
  });
}
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
