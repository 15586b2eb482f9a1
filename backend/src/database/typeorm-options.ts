import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from 'src/database/entities';
import { MIGRATIONS } from 'src/database/migrations';
import { SnakeNamingStrategy } from 'src/database/snake-naming.strategy';

// Shared by the running app, the TypeORM CLI and the test helpers so they agree on
// entities, migrations and naming.
export const buildTypeOrmOptions = (url: string, poolSize: number): DataSourceOptions => ({
  type: 'postgres',
  url,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'migrations',
  migrationsRun: true,
  migrationsTransactionMode: 'each',
  synchronize: false,
  namingStrategy: new SnakeNamingStrategy(),
  extra: { max: poolSize, connectionTimeoutMillis: 5000 },
});
