import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedEmail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
}

export interface FakeSes {
  /** Base URL for SES_ENDPOINT. */
  url: string;
  /** Every accepted SendEmail, in order. */
  readonly sent: CapturedEmail[];
  /** Every request that reached the server, accepted or not. */
  readonly requests: number;
  /** Answer the next `count` requests with a throttling error (HTTP 400, retryable). */
  failNext(count: number): void;
  /** Mails to one address. */
  sentTo(address: string): CapturedEmail[];
  /** Waits until `predicate` holds for the captured mails. */
  waitFor(predicate: (sent: CapturedEmail[]) => boolean, timeoutMs?: number): Promise<CapturedEmail[]>;
  close(): Promise<void>;
}

const xml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

/**
 * A local stand-in for the SES v1 query API (form-encoded `Action=SendEmail`, XML answers), so
 * tests drive the real @aws-sdk/client-ses over real HTTP and only the network edge is fake.
 */
export const startFakeSes = async (): Promise<FakeSes> => {
  const sent: CapturedEmail[] = [];
  let requests = 0;
  let failures = 0;

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      requests += 1;
      const form = new URLSearchParams(raw);
      const requestId = randomUUID();
      res.setHeader('content-type', 'text/xml');
      if (failures > 0) {
        failures -= 1;
        res.statusCode = 400;
        res.end(
          xml(
            `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Maximum sending rate exceeded.</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
          ),
        );
        return;
      }
      if (form.get('Action') !== 'SendEmail') {
        res.statusCode = 400;
        res.end(
          xml(
            `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>Unsupported ${form.get('Action') ?? '?'}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
          ),
        );
        return;
      }
      const to: string[] = [];
      for (let i = 1; form.has(`Destination.ToAddresses.member.${i}`); i += 1) {
        to.push(form.get(`Destination.ToAddresses.member.${i}`) ?? '');
      }
      const messageId = `fake-${randomUUID()}`;
      sent.push({
        messageId,
        from: form.get('Source') ?? '',
        to,
        subject: form.get('Message.Subject.Data') ?? '',
        html: form.get('Message.Body.Html.Data') ?? '',
        text: form.get('Message.Body.Text.Data') ?? '',
      });
      res.end(
        xml(
          `<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult><MessageId>${messageId}</MessageId></SendEmailResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></SendEmailResponse>`,
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    get requests() {
      return requests;
    },
    failNext: (count) => {
      failures = count;
    },
    sentTo: (address) => sent.filter((mail) => mail.to.includes(address.toLowerCase())),
    waitFor: async (predicate, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(sent)) {
        if (Date.now() > deadline) {
          throw new Error(`fake SES: condition not met after ${timeoutMs} ms; got ${sent.length} mail(s)`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return sent;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** Environment for startTestApp that sends mail through `ses`. */
export const sesEnv = (ses: FakeSes): Record<string, string> => ({
  EMAIL_TRANSPORT: 'ses',
  SES_ENDPOINT: ses.url,
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
  AWS_SECRET_ACCESS_KEY: 'fake-secret-key-for-tests',
});

/** The `#token=…` value of the first link in a mail's text part. */
export const tokenFrom = (mail: CapturedEmail): string => {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) {
    throw new Error(`no token link in mail "${mail.subject}"`);
  }
  return match[1];
};
