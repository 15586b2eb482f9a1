import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that keep Debian's Chromium from reaching for the network on a sandboxed machine.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const browserAvailable = (): boolean => existsSync(CHROMIUM_PATH);

// Without Chromium the browser tests are skipped with a loud line, unless CI requires them.
export const requireBrowserOrSkip = (suite: string): boolean => {
  if (browserAvailable()) {
    return true;
  }
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`${suite}: REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM_PATH}`);
  }
  process.stderr.write(`SKIPPED: ${suite} — no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)\n`);
  return false;
};

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * Serious and critical axe findings on the page once it has settled: no request in flight, no
 * progress bar, and no finite transition still running — a notification fading in would
 * otherwise be judged at half opacity and fail contrast.
 */
export const seriousAxeProblems = async (page: Page): Promise<string[]> => {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('[role="progressbar"]') === null, undefined, {
    timeout: 15_000,
  });
  await finiteAnimationsEnded(page);
  return seriousOnly(await new AxeBuilder({ page }).analyze());
};

/** Waits until no finite CSS animation or transition is running (infinite spinners may go on). */
export const finiteAnimationsEnded = async (page: Page): Promise<void> => {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' ||
            animation.effect?.getComputedTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: 10_000 },
  );
};

/** axe's serious and critical violations, one readable line each. */
export const seriousOnly = (results: AxeResults): string[] =>
  results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
