import { registerAs } from '@nestjs/config';
import { buildAppConfig } from 'src/config/app.config';
import { validateEnvironment } from 'src/config/env.validation';

export type EmailTransportKind = 'outbox' | 'ses';

export interface EmailConfig {
  /** `outbox`: mails stay in the outbox and their links go to the log; `ses`: Amazon SES. */
  transport: EmailTransportKind;
  from: string;
  awsRegion: string;
  /** Overrides the SES endpoint (tests point it at a local fake). */
  sesEndpoint?: string;
  /** Base of every link in an email. */
  publicUrl: string;
  /** Unset: the AWS SDK's default chain (instance role, shared config, …). */
  awsCredentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export const buildEmailConfig = (source: Record<string, unknown> = process.env): EmailConfig => {
  const env = validateEnvironment(source);
  return {
    transport: env.EMAIL_TRANSPORT ?? 'outbox',
    from: env.EMAIL_FROM ?? 'Dev Coach <no-reply@devcoach.local>',
    awsRegion: env.AWS_REGION ?? 'us-east-1',
    sesEndpoint: env.SES_ENDPOINT,
    publicUrl: buildAppConfig(source).publicUrl,
    awsCredentials:
      env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            sessionToken: env.AWS_SESSION_TOKEN,
          }
        : undefined,
  };
};

export const emailConfig = registerAs('email', () => buildEmailConfig());
