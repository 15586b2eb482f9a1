import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret, SECRETS_FILE } from 'src/auth/config/jwt-secret';
import { ConfigValidationError, NodeEnv, validateEnvironment } from 'src/config/env.validation';

describe('resolveJwtSecret', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'devcoach-secret-'));

  it('should use JWT_SECRET when it is set', () => {
    expect(
      resolveJwtSecret({ configured: 'c'.repeat(40), nodeEnv: NodeEnv.Production, dataDir: '/nonexistent' }),
    ).toBe('c'.repeat(40));
  });

  it('should refuse to run in production without JWT_SECRET, naming the variable', () => {
    expect(() => resolveJwtSecret({ nodeEnv: NodeEnv.Production, dataDir: dataDir() })).toThrow(
      ConfigValidationError,
    );
    let caught: unknown;
    try {
      validateEnvironment({ NODE_ENV: 'production' });
    } catch (error) {
      caught = error;
    }
    expect((caught as ConfigValidationError).variable).toBe('JWT_SECRET');
  });

  it('should generate a secret once, keep it private in DATA_DIR and reuse it when restarted', () => {
    const dir = dataDir();
    const first = resolveJwtSecret({ nodeEnv: NodeEnv.Development, dataDir: dir });
    const second = resolveJwtSecret({ nodeEnv: NodeEnv.Development, dataDir: dir });
    expect(first).toHaveLength(64);
    expect(second).toBe(first);
    const file = join(dir, SECRETS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ jwtSecret: first });
  });

  it('should name JWT_SECRET when the stored file is unusable', () => {
    const dir = dataDir();
    writeFileSync(join(dir, SECRETS_FILE), '{ not json');
    expect(() => resolveJwtSecret({ nodeEnv: NodeEnv.Development, dataDir: dir })).toThrow(/^JWT_SECRET: /);
  });
});
