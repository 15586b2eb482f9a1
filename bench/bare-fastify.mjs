// Baselines for the throughput ratios: the same HTTP stack with nothing of ours on top.
// (a) GET /constant answers a constant; (b) GET /one-query, when DATABASE_URL is set, answers one
// PostgreSQL read of the client's coach state with `pg` and a pool as large as the API's: the
// practical limit for a database-backed read on this machine.
import Fastify from 'fastify';
import pg from 'pg';

const app = Fastify({ logger: false });
app.get('/constant', async () => ({ status: 'ok' }));
if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  const userId = process.env.BENCH_USER_ID;
  app.get('/one-query', async () => {
    const { rows } = await pool.query('SELECT * FROM coach_states WHERE user_id = $1', [userId]);
    return rows[0] ?? null;
  });
}
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
