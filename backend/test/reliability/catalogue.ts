// The twelve reliability and security tests of quality.md and the files that cover them. The
// `reliability` Vitest project runs every file named here (so `npm run test:reliability` runs all
// twelve), and its reporter writes each test's outcome to test-results/reliability.json.
// Paths are relative to backend/. The list itself is catalogue.json, which vitest.config.mts
// reads as plain JSON (importing TypeScript there would make Vite load the config the slow way).
import catalogue from 'test/reliability/catalogue.json';

export interface QualityTest {
  test: number;
  title: string;
  files: string[];
}

export const QUALITY_TESTS: QualityTest[] = catalogue;
