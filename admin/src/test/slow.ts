// Tests that render the whole app run on a shared, often busy machine: give them time.

/** `findBy…`/`waitFor` options for the first screen of a fully rendered app. */
export const SLOW = { timeout: 15_000 };

/** Options for a `describe` whose tests render the whole app. */
export const APP_TESTS = { timeout: 30_000 };
