import { buildWebhooksConfig } from 'src/webhooks/config/webhooks.config';
import { isPrivateAddress, refuseWebhookUrl } from 'src/webhooks/webhook-url';

describe('webhook URL policy', () => {
  it('should refuse anything but http and https when a URL is checked', async () => {
    expect(await refuseWebhookUrl('file:///etc/passwd', true)).toMatch(/http/);
    expect(await refuseWebhookUrl('gopher://example.com', true)).toMatch(/http/);
    expect(await refuseWebhookUrl('not a url', true)).toMatch(/valid/);
    expect(await refuseWebhookUrl('https://user:pw@example.com/hook', true)).toMatch(/credentials/);
    expect(await refuseWebhookUrl('https://example.com/hook', true)).toBeNull();
  });

  it('should refuse loopback, private and link-local addresses when they are not allowed', async () => {
    for (const url of [
      'http://127.0.0.1:4110/hook',
      'http://localhost/hook',
      'http://10.1.2.3/',
      'http://192.168.0.10/',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      expect(await refuseWebhookUrl(url, false), url).toMatch(/private/);
    }
    expect(await refuseWebhookUrl('http://127.0.0.1:4110/hook', true)).toBeNull();
    // Public addresses pass, in every notation.
    for (const address of ['93.184.216.34', '8.8.8.8', '::ffff:8.8.8.8', '2606:4700:4700::1111']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('should refuse private addresses by default only when running in production', () => {
    expect(buildWebhooksConfig({ NODE_ENV: 'production' }).allowPrivateUrls).toBe(false);
    expect(buildWebhooksConfig({ NODE_ENV: 'development' }).allowPrivateUrls).toBe(true);
    expect(
      buildWebhooksConfig({ NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }).allowPrivateUrls,
    ).toBe(true);
  });
});
