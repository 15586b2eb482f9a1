import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout, so no scrolling; the router scrolls to the top after each navigation.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
});
