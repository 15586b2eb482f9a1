import { registerAs } from '@nestjs/config';
import { validateEnvironment } from 'src/config/env.validation';

export interface DatabaseConfig {
  url: string;
  poolSize: number;
}

export const buildDatabaseConfig = (source: Record<string, unknown> = process.env): DatabaseConfig => {
  const env = validateEnvironment(source);
  if (!env.DATABASE_URL) {
    // main.ts starts embedded PostgreSQL and sets DATABASE_URL before Nest boots.
    throw new Error('DATABASE_URL: must be set before the database module starts');
  }
  return { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE ?? 10 };
};

export const databaseConfig = registerAs('database', () => buildDatabaseConfig());
