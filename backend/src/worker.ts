// First: tracing patches http and pg as they load (OTEL_EXPORTER_OTLP_ENDPOINT, SENTRY_DSN).
import 'src/observability/instrument-worker';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from 'src/app.module';
import { AppLogger } from 'src/logging/app-logger';
import { installShutdown, prepareRuntime } from 'src/bootstrap/runtime';
import { flushObservability } from 'src/observability/instrument';

// Processors only, no HTTP: run as many of these as the queues need (BullMQ mode).
const bootstrap = async (): Promise<void> => {
  if (!process.env.REDIS_URL) {
    process.stderr.write(
      'Configuration error: REDIS_URL: the standalone worker needs Redis (without it, `npm start` runs jobs in-process)\n',
    );
    process.exit(1);
  }
  process.env.QUEUE_RUN_WORKERS = 'true';
  const runtime = await prepareRuntime();
  const app = await NestFactory.createApplicationContext(AppModule, { bufferLogs: true });
  app.useLogger(app.get(AppLogger));
  installShutdown(runtime, async () => {
    await app.close();
    await flushObservability();
  });
  await app.init();
  startHeartbeat();
  app.get(AppLogger).log('Worker started; processing queues from REDIS_URL');
};

// Container health checks read this file's age: a blocked event loop stops touching it.
const startHeartbeat = (): void => {
  const file = process.env.WORKER_HEARTBEAT_FILE ?? join(tmpdir(), 'devcoach-worker-heartbeat');
  const beat = () => writeFileSync(file, new Date().toISOString());
  beat();
  setInterval(beat, 10_000).unref();
};

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Dev Coach worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
