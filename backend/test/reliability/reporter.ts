import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { QUALITY_TESTS } from 'test/reliability/catalogue';
import { recordCatalogue, type FileOutcome } from 'test/reliability/report';

// `npm run test:reliability` reporter: after the run, each of quality.md's twelve tests gets the
// outcome of the files that cover it (tests passed, failed, skipped, seconds) in
// test-results/reliability.json, beside the figures the measuring tests recorded themselves.

const BACKEND = relative(process.cwd(), `${__dirname}/../..`) || '.';

// Vitest loads a `--reporter <path>` module by its default export.
// eslint-disable-next-line no-restricted-syntax
export default class ReliabilityReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const outcomes = new Map<string, FileOutcome>();
    for (const module of testModules) {
      const file = relative(`${process.cwd()}/${BACKEND}`, module.moduleId);
      const tests = [...module.children.allTests()];
      outcomes.set(file, {
        tests: tests.length,
        passed: tests.filter((test) => test.result().state === 'passed').length,
        failed: tests.filter((test) => test.result().state === 'failed').length,
        skipped: tests.filter((test) => test.result().state === 'skipped').length,
        seconds: Math.round(module.diagnostic().duration / 1000),
      });
    }
    recordCatalogue(QUALITY_TESTS, outcomes);
  }
}
