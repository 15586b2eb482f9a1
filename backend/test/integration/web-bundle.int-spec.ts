import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findRepoRoot } from 'src/config/paths';
import { writeBenchResult } from 'test/utils/bench';

// The client app's JavaScript budget (quality.md): what a first visit downloads before anything
// lazy, and what the signed-in chat route needs on top, gzipped. Sizes are deterministic for a
// build, so unlike timings they can be asserted here.

const BUDGET_KIB = 200;
const dist = join(findRepoRoot(), 'web', 'dist');
const built = existsSync(join(dist, 'index.html'));
if (!built && process.env.CI) {
  throw new Error('web/dist is missing: run `npm run build` first (root `npm test` does)');
}

const gzippedKiB = (files: Iterable<string>): number =>
  Math.round(
    ([...files].reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
      0,
    ) /
      1024) *
      10,
  ) / 10;

/** `files` plus every chunk they import statically (what the browser fetches before running them). */
const withStaticImports = (files: readonly string[]): Set<string> => {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) {
      return;
    }
    seen.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      visit(join('assets', match[1] ?? ''));
    }
  };
  files.forEach(visit);
  return seen;
};

describe.runIf(built)('web bundle budget', () => {
  it('should keep the first visit and the chat route within 200 KiB of gzipped JS', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    const initial = withStaticImports(entry);
    const chatChunks = readdirSync(join(dist, 'assets'))
      .filter((file) => file.startsWith('ChatPage') && file.endsWith('.js'))
      .map((file) => join('assets', file));
    expect(chatChunks.length).toBeGreaterThan(0);
    const chatRoute = withStaticImports([...initial, ...chatChunks]);

    const report = {
      budgetKiB: BUDGET_KIB,
      initialKiB: gzippedKiB(initial),
      initialFiles: initial.size,
      chatRouteKiB: gzippedKiB(chatRoute),
      chatRouteFiles: chatRoute.size,
    };
    writeBenchResult('web-bundle', report);
    expect(report.initialKiB).toBeLessThanOrEqual(BUDGET_KIB);
    expect(report.chatRouteKiB).toBeLessThanOrEqual(BUDGET_KIB);
  });
});
