import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type EmbeddedDatabase, startEmbeddedDatabase } from 'src/database/embedded-database';
import { postgresAnswers, testServerUrl } from 'test/utils/postgres';

let embedded: EmbeddedDatabase | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string | undefined;
  }
}

// Integration tests use the machine's PostgreSQL when it answers and fall back to an
// embedded server otherwise, so `npm test` works on a laptop with nothing installed.
export async function setup(project: TestProject): Promise<void> {
  if (await postgresAnswers(testServerUrl())) {
    project.provide('testDatabaseUrl', undefined);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'devcoach-test-pg-'));
  process.stderr.write(`\nNo PostgreSQL at ${testServerUrl()}; starting an embedded one in ${dataDir}\n`);
  embedded = await startEmbeddedDatabase({ dataDir, database: 'postgres' });
  project.provide('testDatabaseUrl', embedded.url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
