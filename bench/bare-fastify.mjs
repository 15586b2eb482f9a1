// Baseline for the throughput ratio: the same HTTP stack with nothing of ours on top.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/constant', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
