import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildTypeOrmOptions } from 'src/database/typeorm-options';

// Entry point for the TypeORM CLI (`npm run migration:generate -w backend -- src/database/migrations/Name`).
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL: set it to the database the CLI should use');
}

export const dataSource = new DataSource(buildTypeOrmOptions(url, 2));
