import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Node's own fetch, Request, Response and streams: the SDK needs nothing else.
    environment: 'node',
    include: ['src/**/__tests__/**/*.test.ts'],
  },
});
