import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigValidationError, NodeEnv } from 'src/config/env.validation';

export const SECRETS_FILE = 'secrets.json';

interface StoredSecrets {
  jwtSecret?: string;
}

const readSecrets = (file: string): StoredSecrets => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
  } catch (error) {
    throw new ConfigValidationError(
      'JWT_SECRET',
      `unset, and ${file} is unreadable (${error instanceof Error ? error.message : String(error)}); set JWT_SECRET or remove the file`,
    );
  }
};

// Written to a private temp file first and then hard-linked into place: link() fails if the
// file exists, so when an API and a worker start together exactly one secret wins and
// nobody ever reads a half-written file.
const createSecretsFile = (file: string): void => {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const secrets: StoredSecrets = { jwtSecret: randomBytes(48).toString('base64url') };
  writeFileSync(temp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
  } finally {
    unlinkSync(temp);
  }
};

// Tests get a random secret per process so nothing is written into the repository's .data.
let testSecret: string | undefined;

/**
 * JWT_SECRET when set; otherwise (never in production, where validation demands it) a random
 * secret generated once and kept in `<dataDir>/secrets.json`, so sessions survive restarts of
 * a single-process install. There is no hard-coded fallback.
 */
export const resolveJwtSecret = (options: {
  configured?: string;
  nodeEnv: NodeEnv;
  dataDir: string;
}): string => {
  if (options.configured) {
    return options.configured;
  }
  if (options.nodeEnv === NodeEnv.Production) {
    throw new ConfigValidationError('JWT_SECRET', 'is required when NODE_ENV=production');
  }
  if (options.nodeEnv === NodeEnv.Test) {
    testSecret ??= randomBytes(48).toString('base64url');
    return testSecret;
  }
  const file = join(options.dataDir, SECRETS_FILE);
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    createSecretsFile(file);
  }
  const secret = readSecrets(file).jwtSecret;
  if (!secret || secret.length < 32) {
    throw new ConfigValidationError('JWT_SECRET', `unset, and ${file} has no usable jwtSecret`);
  }
  return secret;
};
