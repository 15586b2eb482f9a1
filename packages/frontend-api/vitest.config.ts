import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // document.cookie carries the CSRF token; Request, Response and fetch come from Node.
    environment: 'jsdom',
    include: ['src/**/__tests__/**/*.test.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
