import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from 'src/database/migrations';
import { buildTypeOrmOptions } from 'src/database/typeorm-options';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';

const MIGRATION_DIR = join(__dirname, '..', '..', 'src', 'database', 'migrations');

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('migrations');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('should list every migration file in timestamp order when registered', () => {
    const files = readdirSync(MIGRATION_DIR)
      .filter((file) => /^\d{13}-.+\.ts$/.test(file))
      .sort();
    const timestamps = MIGRATIONS.map((migration) => Number(/\d{13}$/.exec(migration.name)?.[0]));
    expect(timestamps).toEqual(files.map((file) => Number(file.slice(0, 13))));
    expect([...timestamps].sort((a, b) => a - b)).toEqual(timestamps);
  });

  it('should apply, revert and re-apply every migration when run on an empty database', async () => {
    const dataSource = new DataSource({ ...buildTypeOrmOptions(database.url, 2), migrationsRun: false });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
      expect(await dataSource.showMigrations()).toBe(false);
      for (let i = 0; i < MIGRATIONS.length; i += 1) {
        await dataSource.undoLastMigration();
      }
      const tables = await dataSource.query<{ tablename: string }[]>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      await dataSource.runMigrations();
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
