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

export interface FileOutcome {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
}

interface CatalogueEntry {
  title: string;
  /** True when every covering file ran in this run and none of its tests failed. */
  passed: boolean;
  files: Record<string, FileOutcome | 'not run'>;
  /** What the measuring tests recorded for this quality test (see `tests`). */
  measurements: string[];
}

type Report = {
  updatedAt: string;
  /** quality.md test number → its files' outcomes in the last run. */
  catalogue?: Record<string, CatalogueEntry>;
  tests: Record<string, ReliabilityEntry & { measuredAt: string }>;
};

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

/** Called by the reporter at the end of a run: each quality test's files and their outcomes. */
export const recordCatalogue = (
  catalogue: readonly { test: number; title: string; files: string[] }[],
  outcomes: ReadonlyMap<string, FileOutcome>,
): void => {
  const report = read();
  report.updatedAt = new Date().toISOString();
  report.catalogue = Object.fromEntries(
    catalogue.map((entry) => {
      const files = Object.fromEntries(
        entry.files.map((file) => [file, outcomes.get(file) ?? ('not run' as const)]),
      );
      const passed = Object.values(files).every((outcome) => outcome !== 'not run' && outcome.failed === 0);
      const measurements = Object.keys(report.tests).filter((key) => key.startsWith(`${entry.test}:`));
      return [`${entry.test}`, { title: entry.title, passed, files, measurements }];
    }),
  );
  mkdirSync(join(RELIABILITY_REPORT, '..'), { recursive: true });
  writeFileSync(RELIABILITY_REPORT, `${JSON.stringify(report, null, 2)}\n`);
};
