import { buildAppConfig } from 'src/config/app.config';
import { ConfigValidationError, validateEnvironment } from 'src/config/env.validation';
import { buildQueueConfig } from 'src/queue/queue.config';

describe('validateEnvironment', () => {
  it('should accept an empty environment when every variable has a default', () => {
    expect(() => validateEnvironment({})).not.toThrow();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['REDIS_URL', 'localhost:6379'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_POOL_SIZE', '0'],
    ['QUEUE_RUN_WORKERS', 'maybe'],
    ['JWT_SECRET', 'short'],
  ])('should name %s when its value %p is invalid', (variable, value) => {
    let caught: unknown;
    try {
      validateEnvironment({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    expect((caught as ConfigValidationError).variable).toBe(variable);
    expect((caught as Error).message.split('\n')).toHaveLength(1);
    expect((caught as Error).message.startsWith(`${variable}:`)).toBe(true);
  });

  it('should treat empty strings as unset when an env file leaves a value blank', () => {
    expect(buildAppConfig({ PORT: '' }).port).toBe(3000);
  });
});

describe('buildAppConfig', () => {
  it('should always allow the public URL origin when CORS origins are listed', () => {
    const config = buildAppConfig({
      PUBLIC_URL: 'https://coach.example.com/',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.publicUrl).toBe('https://coach.example.com');
    expect(config.corsOrigins).toEqual([
      'https://coach.example.com',
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('should parse booleans and integers when given as strings', () => {
    const config = buildAppConfig({ PORT: '8080', SERVE_STATIC: 'false' });
    expect(config.port).toBe(8080);
    expect(config.serveStatic).toBe(false);
  });
});

describe('buildQueueConfig', () => {
  it('should pick BullMQ when REDIS_URL is set and in-process otherwise', () => {
    expect(buildQueueConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).driver).toBe('bullmq');
    expect(buildQueueConfig({}).driver).toBe('in-process');
  });
});
