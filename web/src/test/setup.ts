import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The machine running the suite is shared and often busy: a `findBy…` that waits 1 s (the
// default) fails on a slow render, not on a wrong one. Nothing here is timed.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout, so no scrolling; the router scrolls to the top after each navigation.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
});
