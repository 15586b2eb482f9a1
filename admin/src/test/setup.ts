import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The suite runs on a shared, often busy machine: a `findBy…`/`waitFor` that gives up after 1 s
// (the default) fails on a slow render or a slow redirect after saving, not on a wrong one.
// Nothing here is timed; a passing test never waits longer than it must.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
