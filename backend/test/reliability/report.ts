import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// test-results/reliability.json: one entry per quality.md reliability test, written by the test
// that measures it, so `npm run test:reliability` leaves the figures behind. Entries from earlier
// files of the same run (or earlier runs) are kept; each test replaces only its own.

export const RELIABILITY_REPORT = join(__dirname, '..', '..', '..', 'test-results', 'reliability.json');

export interface ReliabilityEntry {
  /** quality.md "Reliability and security" number, 1-12. */
  test: number;
  /** Unique per measurement, so two files covering one test keep separate entries. */
  id: string;
  title: string;
  /** Test files that cover it, relative to backend/. */
  files: string[];
  passed: boolean;
  figures: Record<string, number | string | boolean>;
}

type Report = { updatedAt: string; tests: Record<string, ReliabilityEntry & { measuredAt: string }> };

const read = (): Report => {
  try {
    return JSON.parse(readFileSync(RELIABILITY_REPORT, 'utf8')) as Report;
  } catch {
    return { updatedAt: new Date().toISOString(), tests: {} };
  }
};

export const recordReliability = (entry: ReliabilityEntry): void => {
  const report = read();
  const now = new Date().toISOString();
  report.updatedAt = now;
  report.tests[`${entry.test}:${entry.id}`] = { ...entry, measuredAt: now };
  mkdirSync(join(RELIABILITY_REPORT, '..'), { recursive: true });
  writeFileSync(RELIABILITY_REPORT, `${JSON.stringify(report, null, 2)}\n`);
};
