import type { AppConfig } from 'src/config/app.config';
import type { DatabaseConfig } from 'src/database/database.config';
import type { QueueConfig } from 'src/queue/queue.config';

// The shape behind `ConfigService<AllConfig, true>` so `get('app.port', { infer: true })` is typed.
export interface AllConfig {
  app: AppConfig;
  database: DatabaseConfig;
  queue: QueueConfig;
}
