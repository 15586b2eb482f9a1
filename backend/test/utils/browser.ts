import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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
