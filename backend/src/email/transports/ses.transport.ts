import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { EmailTransport, OutgoingEmail } from 'src/email/transports/email-transport';

export interface SesTransportOptions {
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

// Amazon SES (v1 API, SendEmail). The SDK's own retries are off: the queue retries with
// backoff and keeps the attempt count visible in the outbox.
export class SesEmailTransport implements EmailTransport {
  private readonly client: SESClient;

  constructor(options: SesTransportOptions) {
    this.client = new SESClient({
      region: options.region,
      endpoint: options.endpoint,
      credentials: options.credentials,
      maxAttempts: 1,
    });
  }

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const result = await this.client.send(
      new SendEmailCommand({
        Source: email.from,
        Destination: { ToAddresses: [email.to] },
        Message: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: {
            Html: { Data: email.html, Charset: 'UTF-8' },
            Text: { Data: email.text, Charset: 'UTF-8' },
          },
        },
      }),
    );
    if (!result.MessageId) {
      throw new Error('SES accepted the request but returned no MessageId');
    }
    return { messageId: result.MessageId };
  }

  destroy(): void {
    this.client.destroy();
  }
}
