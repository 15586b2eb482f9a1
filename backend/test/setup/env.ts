import { inject } from 'vitest';

// Quiet, deterministic defaults for every integration test file.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
process.env.SERVE_STATIC ??= 'false';
delete process.env.REDIS_URL;
// A developer's real key must never make a test call a paid API.
delete process.env.OPENAI_API_KEY;
delete process.env.OPENAI_BASE_URL;
// Set by global-setup when it had to start an embedded server.
const embeddedUrl = inject('testDatabaseUrl');
if (embeddedUrl) {
  process.env.TEST_DATABASE_URL = embeddedUrl;
}
