import { EmailTemplate, type EmailVariables, renderEmail } from 'src/email/templates/email-templates';

const VARIABLES: EmailVariables = {
  [EmailTemplate.Invite]: {
    inviterName: 'Sue <script>alert(1)</script>',
    expiresAt: '2026-12-02T09:00:00.000Z',
  },
  [EmailTemplate.VerifyEmail]: { firstName: 'Ann & Co' },
  [EmailTemplate.ResetPassword]: { firstName: 'Ann', expiresInMinutes: '30' },
  [EmailTemplate.PasswordChanged]: { firstName: 'Ann', changedAt: '2026-11-25T09:00:00.000Z', how: 'reset' },
  [EmailTemplate.StaffSafetyAlert]: {
    clientLabel: 'client #42',
    summary: 'A message mentioned self-harm.',
    reviewUrl: 'https://coach.example.com/admin/safety-events/1',
  },
  [EmailTemplate.StaffWebhookDisabled]: {
    url: 'https://ops.example.com/hooks?a=1&b=<2>',
    failures: '15',
    lastError: 'HTTP 500',
    reviewUrl: 'https://coach.example.com/admin/webhooks/1/show',
  },
};

describe('email templates', () => {
  it.each(Object.values(EmailTemplate))('should render %s as escaped HTML and plain text', (template) => {
    const link = 'https://coach.example.com/page#token=abc"def';
    const email = renderEmail(template, VARIABLES[template] as never, link);
    expect(email.subject.length).toBeGreaterThan(10);
    expect(email.html).toContain('<!doctype html>');
    expect(email.html).not.toContain('<script>');
    expect(email.text).not.toContain('<p');
    expect(email.text.length).toBeGreaterThan(80);
    if ([EmailTemplate.Invite, EmailTemplate.VerifyEmail, EmailTemplate.ResetPassword].includes(template)) {
      expect(email.text).toContain(link);
      expect(email.html).toContain('abc&quot;def');
    }
  });

  it('should say how the password changed when it was reset by link', () => {
    expect(
      renderEmail(EmailTemplate.PasswordChanged, VARIABLES[EmailTemplate.PasswordChanged], '').text,
    ).toContain('reset with an emailed link');
  });
});
