import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = [
  { find: /^src\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
  { find: /^test\//, replacement: fileURLToPath(new URL('./test/', import.meta.url)) },
];

// Files covering quality.md's twelve reliability tests (see test/reliability/catalogue.ts).
const catalogue = JSON.parse(
  readFileSync(new URL('./test/reliability/catalogue.json', import.meta.url), 'utf8'),
) as { files: string[] }[];
const RELIABILITY_FILES = [...new Set(catalogue.flatMap((entry) => entry.files))];

// Vite's transformer reads experimentalDecorators/emitDecoratorMetadata from tsconfig.json,
// which Nest's dependency injection needs.
export default defineConfig({
  resolve: { alias },
  test: {
    globals: true,
    environment: 'node',
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', globals: true, include: ['src/**/*.spec.ts'], sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          globals: true,
          include: ['test/**/*.int-spec.ts', 'test/**/*.e2e-spec.ts', 'test/**/*.browser-spec.ts'],
          globalSetup: ['test/setup/global-setup.ts'],
          setupFiles: ['test/setup/env.ts'],
          // Generous: the CI machine has 2 cores and often a load of 10+; a wait that is too short
          // fails on a slow machine, not on a wrong result.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll's 1 s default is shorter than a render or an image load on the loaded 2-core machine.
          expect: { poll: { timeout: 10_000 } },
          // Files share the machine's Redis and PostgreSQL server; two at a time keeps
          // the 2-core CI machine responsive without serialising everything.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // `npm run test:reliability` only: fault injection (private Redis and PostgreSQL killed and
        // restarted), load, the full fuzzing run and the attack probes, plus every faster file that
        // covers one of quality.md's twelve tests (test/reliability/catalogue.ts), so one run
        // reports all twelve. Never part of `npm test`, whose script names unit and integration.
        resolve: { alias },
        test: {
          name: 'reliability',
          globals: true,
          include: ['test/reliability/**/*.rel-spec.ts', ...RELIABILITY_FILES],
          globalSetup: ['test/setup/global-setup.ts'],
          setupFiles: ['test/setup/env.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          // One file at a time: latency figures and fault timings must not compete for the cores.
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 3 },
        },
      },
      {
        // `npm run bench` only (bench/run.mjs runs `vitest run --project bench`); never part of
        // `npm test`, whose script names the unit and integration projects.
        resolve: { alias },
        test: {
          name: 'bench',
          globals: true,
          include: ['bench/**/*.bench.ts'],
          // Measured in `vitest run` (test mode), not Vitest's benchmark mode.
          benchmark: { include: [] },
          globalSetup: ['test/setup/global-setup.ts'],
          setupFiles: ['test/setup/env.ts'],
          testTimeout: 600_000,
          hookTimeout: 300_000,
          // One file at a time: benches must not compete with each other for the 2 cores.
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
