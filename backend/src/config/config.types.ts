import type { AiConfig } from 'src/ai/config/ai.config';
import type { AuthConfig } from 'src/auth/config/auth.config';
import type { CoachingConfig } from 'src/coaching/config/coaching.config';
import type { AppConfig } from 'src/config/app.config';
import type { DatabaseConfig } from 'src/database/database.config';
import type { EmailConfig } from 'src/email/config/email.config';
import type { QueueConfig } from 'src/queue/queue.config';
import type { SafetyConfig } from 'src/safety/config/safety.config';
import type { StorageConfig } from 'src/storage/storage.config';

// The shape behind `ConfigService<AllConfig, true>` so `get('app.port', { infer: true })` is typed.
export interface AllConfig {
  app: AppConfig;
  database: DatabaseConfig;
  queue: QueueConfig;
  ai: AiConfig;
  auth: AuthConfig;
  email: EmailConfig;
  coaching: CoachingConfig;
  safety: SafetyConfig;
  storage: StorageConfig;
}
