import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '../verifyWebhook.js';

const SECRET = 'whsec_test-secret';
const NOW = Date.parse('2026-12-04T10:00:00Z');
const TIMESTAMP = String(NOW / 1000);
const BODY = '{"id":"e1","type":"safety.flagged","data":{"safetyEventId":"e1","userId":"u1"}}';
// Signed here with node:crypto, independently of the WebCrypto code under test.
const sign = (secret: string, body: string, timestamp = TIMESTAMP): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
const headersFor = (signature: string, timestamp = TIMESTAMP): Record<string, string> => ({
  'x-devcoach-event': 'safety.flagged',
  'x-devcoach-delivery': 'd1',
  'x-devcoach-timestamp': timestamp,
  'x-devcoach-signature': signature,
});

describe('verifyWebhook', () => {
  it('should accept a delivery signed with the secret, from Node or Fetch headers', async () => {
    const headers = headersFor(sign(SECRET, BODY));
    const fromNode = await verifyWebhook(BODY, headers, SECRET, { now: NOW });
    expect(fromNode).toMatchObject({ event: 'safety.flagged', deliveryId: 'd1', timestamp: NOW / 1000 });
    expect(fromNode.payload).toEqual(JSON.parse(BODY));
    await expect(verifyWebhook(BODY, new Headers(headers), SECRET, { now: NOW })).resolves.toBeTruthy();
  });

  it('should reject a changed body, another secret or a truncated signature', async () => {
    const signature = sign(SECRET, BODY);
    for (const [body, headers, secret] of [
      [BODY.replace('u1', 'u2'), headersFor(signature), SECRET],
      [BODY, headersFor(signature), 'whsec_other'],
      [BODY, headersFor(signature.slice(0, -2)), SECRET],
      [BODY, headersFor(''), SECRET],
    ] as const) {
      await expect(verifyWebhook(body, headers, secret, { now: NOW })).rejects.toThrow(
        WebhookVerificationError,
      );
    }
  });

  it('should reject a timestamp outside the tolerance', async () => {
    const old = String(NOW / 1000 - 301);
    const headers = headersFor(sign(SECRET, BODY, old), old);
    await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW })).rejects.toThrow('timestamp');
    await expect(
      verifyWebhook(BODY, headers, SECRET, { now: NOW, toleranceSeconds: 600 }),
    ).resolves.toBeTruthy();
  });

  it('should accept either secret when a rotation signs with the new and the old one', async () => {
    const both = `${sign('whsec_new', BODY)},${sign(SECRET, BODY)}`;
    await expect(verifyWebhook(BODY, headersFor(both), 'whsec_new', { now: NOW })).resolves.toBeTruthy();
    await expect(verifyWebhook(BODY, headersFor(both), SECRET, { now: NOW })).resolves.toBeTruthy();
    await expect(verifyWebhook(BODY, headersFor(both), 'whsec_other', { now: NOW })).rejects.toThrow(
      WebhookVerificationError,
    );
  });
});
