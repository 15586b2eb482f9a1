// First: tracing patches http and pg as they load (OTEL_EXPORTER_OTLP_ENDPOINT, SENTRY_DSN).
import 'src/observability/instrument-api';
import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { createApp } from 'src/app.factory';
import { SeedService } from 'src/auth/services/seed.service';
import { installShutdown, prepareRuntime } from 'src/bootstrap/runtime';
import type { AllConfig } from 'src/config/config.types';
import { installHttpObservability } from 'src/observability/http-observability';
import { flushObservability } from 'src/observability/instrument';
import { QueueService } from 'src/queue/queue.service';

const bootstrap = async (): Promise<void> => {
  const started = performance.now();
  const runtime = await prepareRuntime();
  const { app, servedApps } = await createApp();
  installHttpObservability(app);
  installShutdown(runtime, async () => {
    // Refuse new connections and finish in-flight requests before workers and the pool go.
    await app.getHttpAdapter().getInstance().close();
    await app.close();
    await flushObservability();
  });

  const config = app.get<ConfigService<AllConfig, true>>(ConfigService);
  const { port, host, publicUrl, dataDir } = config.get('app', { infer: true });
  // Before listening, so nobody can race the first superuser into existence.
  const seeded = await app.get(SeedService).seedSuperuser();
  await app.listen(port, host);

  const queue = app.get(QueueService);
  const lines = [
    '',
    `Dev Coach is ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    servedApps.includes('web')
      ? `  Web app       ${publicUrl}/`
      : '  Web app       not built (npm run build -w web)',
    servedApps.includes('admin')
      ? `  Back office   ${publicUrl}/admin`
      : '  Back office   not built (npm run build -w admin)',
    `  API docs      ${publicUrl}/api/docs`,
    `  Health        ${publicUrl}/health/ready`,
    `  Database      ${runtime.embeddedDatabase ? `embedded PostgreSQL (${dataDir}/postgres)` : 'DATABASE_URL'}`,
    `  Queue         ${queue.kind === 'bullmq' ? 'BullMQ on REDIS_URL' : 'in-process (set REDIS_URL for BullMQ)'}`,
    ...(seeded
      ? [
          seeded.generatedPassword
            ? `  Staff login   ${seeded.email} / ${seeded.generatedPassword}  (shown only now: sign in and change it)`
            : `  Staff login   ${seeded.email} (password from SEED_ADMIN_PASSWORD)`,
        ]
      : []),
    '',
  ];
  // After the buffered start-up log lines, so the URLs are the last thing on screen.
  setImmediate(() => process.stdout.write(`${lines.join('\n')}\n`));
};

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Dev Coach failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
