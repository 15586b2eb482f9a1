import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { findRepoRoot } from 'src/config/paths';
import { finiteAnimationsEnded, seriousOnly } from 'test/utils/browser';

// Steps the web app's browser specs share: what a client does in the chat, and how a page is checked.

export const screenshotsDir = join(findRepoRoot(), 'test-results', 'screenshots');

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

/** axe's serious and critical violations on the page once its finite animations have ended, as readable lines. */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  // A colour transition or fade still running would be judged half-way and fail contrast: let finite ones end.
  await finiteAnimationsEnded(page);
  return seriousOnly(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze());
};

/** axe (0 serious or critical), no sideways scrolling, and a full-page screenshot to look at. */
export const checkPage = async (page: Page, viewport: Viewport, name: string): Promise<void> => {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), `${name} at ${viewport.width}px`).toEqual([]);
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth, `${name} scroll width at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
  await page.screenshot({ path: join(screenshotsDir, `web-${viewport.name}-${name}.png`), fullPage: true });
};

export const conversation = (page: Page): Locator => page.getByRole('log', { name: /conversation/i });
export const composer = (page: Page): Locator => page.getByRole('textbox', { name: 'Message' });

/** Resolves once no turn runs (the log is not busy) and the composer can be typed into. */
export const waitForTurnEnd = async (page: Page): Promise<void> => {
  await page.waitForFunction(
    () => document.querySelector('[role=log]')?.getAttribute('aria-busy') === 'false',
  );
};

export const waitForComposer = async (page: Page): Promise<void> => {
  await waitForTurnEnd(page);
  await page.waitForFunction(() => !document.querySelector<HTMLTextAreaElement>('textarea')?.disabled);
};

/**
 * Starts recording the coach's reply as it is written: each distinct text of the log's last row
 * while the log is busy. Read it with `streamedTexts`.
 */
export const recordStreaming = async (page: Page): Promise<void> => {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { streamed: string[] }).streamed = seen;
    const log = document.querySelector('[role=log]');
    new MutationObserver(() => {
      if (log?.getAttribute('aria-busy') !== 'true') {
        return;
      }
      const rows = log.querySelectorAll('[data-index]');
      const text = rows[rows.length - 1]?.textContent ?? '';
      if (seen[seen.length - 1] !== text) {
        seen.push(text);
      }
    }).observe(log!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
};

/** The partial replies seen since `recordStreaming` (the "thinking" line left out). */
export const streamedTexts = async (page: Page): Promise<string[]> =>
  (await page.evaluate(() => (window as unknown as { streamed: string[] }).streamed)).filter(
    (text) => text.startsWith('Your coach said:') && !text.includes('thinking'),
  );

/** Types a message, sends it with Enter and waits for the coach's whole reply. */
export const say = async (page: Page, text: string): Promise<void> => {
  await waitForComposer(page);
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await conversation(page).getByText(text, { exact: true }).waitFor();
  await waitForTurnEnd(page);
};

/** The card the chat moved focus onto: its accessible name. */
export const focusedCardName = (page: Page): Promise<string | null> =>
  page.evaluate(() =>
    document.activeElement?.hasAttribute('data-card-frame')
      ? document.activeElement.getAttribute('aria-label')
      : null,
  );

/** Plays the open session video to its end (seeking), so its Continue unlocks, and presses it. */
export const watchVideoAndContinue = async (page: Page): Promise<void> => {
  const log = conversation(page);
  const continueButton = log.getByRole('button', { name: 'Continue' });
  await continueButton.waitFor();
  expect(await composer(page).isDisabled()).toBe(true);
  expect(await continueButton.isDisabled()).toBe(true);
  await log.locator('video').evaluate(
    (video: HTMLVideoElement) =>
      new Promise<void>((resolve) => {
        const seek = (): void => {
          video.currentTime = video.duration;
          resolve();
        };
        if (video.readyState >= 1) {
          seek();
        } else {
          video.addEventListener('loadedmetadata', seek, { once: true });
        }
      }),
  );
  await continueButton.click();
  await waitForTurnEnd(page);
};

/** Signs in through the login form with a password (no two-step) and waits for the chat. */
export const signIn = async (page: Page, baseUrl: string, email: string, password: string): Promise<void> => {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/email/i).fill(email);
  await page
    .getByLabel(/password/i)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL(/\/app/);
};

/**
 * `count` past messages for a client, user and coach in turn, one a minute and ending an hour
 * ago: "History message 1" is the oldest. One bulk INSERT. They belong to no turn, so the chat
 * has nothing to resume; the welcome card the first state read posts stays the newest message.
 */
export const seedChatHistory = async (
  dataSource: DataSource,
  userId: string,
  count: number,
): Promise<void> => {
  await dataSource.query(
    `INSERT INTO chat_messages (user_id, role, content, created_at, updated_at)
     SELECT $1, CASE WHEN g % 2 = 1 THEN 'user' ELSE 'coach' END,
            'History message ' || g || '. ' || repeat('Something worth remembering about it. ', 1 + g % 4),
            ts, ts
       FROM generate_series(1, $2::int) g,
            LATERAL (SELECT now() - interval '1 hour' - ($2::int - g) * interval '1 minute' AS ts) t`,
    [userId, count],
  );
  await dataSource.query('ANALYZE chat_messages');
};
