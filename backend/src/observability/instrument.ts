import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigValidationError } from 'src/config/env.validation';
import { findRepoRoot } from 'src/config/paths';
import { flushErrorReports, installErrorReporter } from 'src/observability/error-reporting';
import { buildObservabilityConfig, type ProcessRole } from 'src/observability/observability.config';
import { startSentry } from 'src/observability/sentry-reporter';
import { startTracing, type Tracing } from 'src/observability/tracing';

let tracing: Tracing | null = null;

/**
 * Starts tracing and error reporting, each only when configured. Runs from the first import of
 * main.ts and worker.ts (instrument-api.ts, instrument-worker.ts): the http and pg modules are
 * patched when they load, so nothing that loads them may come first. That is also why this
 * reads `.env` itself rather than through bootstrap/runtime.ts, whose imports load pg.
 */
export const startObservability = (role: ProcessRole): void => {
  const envFile = join(findRepoRoot(), '.env');
  if (existsSync(envFile)) {
    process.loadEnvFile(envFile);
  }
  let config;
  try {
    config = buildObservabilityConfig(role);
  } catch (error) {
    // prepareRuntime() reports the bad variable in one line and exits right after.
    if (error instanceof ConfigValidationError) {
      return;
    }
    throw error;
  }
  if (config.tracing) {
    tracing = startTracing(config.tracing);
  }
  if (config.errorReporting) {
    installErrorReporter(startSentry(config.errorReporting));
  }
};

/**
 * Sends buffered spans and events; the last step of a graceful shutdown. An unreachable
 * collector costs at most `timeoutMs`, never the shutdown.
 */
export const flushObservability = async (timeoutMs = 2000): Promise<void> => {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const flushed = Promise.all([tracing?.flush(), flushErrorReports(timeoutMs)]).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([flushed, deadline]).finally(() => clearTimeout(timer));
};
