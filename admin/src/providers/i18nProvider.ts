import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { coachingMessages } from '../coaching/messages';
import { evalMessages } from '../evals/messages';
import { webhookMessages } from '../webhooks/messages';
import { inviteMessages } from '../invites/messages';
import { jobMessages } from '../jobs/messages';
import { loginMessages } from '../login/messages';
import { promptMessages } from '../prompts/messages';
import { safetyEventMessages } from '../safety-events/messages';
import { userListMessages } from '../users/messages';
import { videoMessages } from '../videos/messages';
import { testScenarioMessages } from '../test-scenarios/messages';

interface MessageTree {
  [key: string]: string | MessageTree;
}

/**
 * Our own strings: resource labels under `resources.*` (react-admin also reads
 * `resources.<name>.message.delete_*` for delete confirmations and
 * `resources.<name>.notifications.deleted`), app strings under `devcoach.*`.
 */
export const devCoachEnglishMessages = {
  ra: {
    auth: {
      // The API logs in by email; react-admin's wording says "username".
      username: 'Email',
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      page: {
        edit: '%{recordRepresentation}',
        create: 'New account',
      },
      fields: {
        id: 'ID',
        q: 'Search by name or email',
        email: 'Email',
        firstName: 'First name',
        lastName: 'Last name',
        role: 'Role',
        isActive: 'Active',
        active: 'Status',
        emailVerified: 'Email verified',
        verified: 'Email',
        hasPassword: 'Password set',
        twoFactorEnabled: 'Two-factor',
        timezone: 'Time zone',
        memoryEnabled: 'Coach memory',
        lastLoginAt: 'Last sign-in',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      message: {
        delete_title: 'Delete %{recordRepresentation}?',
        delete_content:
          'The account and everything it owns (conversations, identities, notes) are removed for good. This cannot be undone.',
      },
      notifications: {
        deleted: 'Account deleted',
      },
    },
    invites: {
      name: 'Invite |||| Invites',
      page: {
        create: 'Invite someone',
      },
      fields: {
        q: 'Search by email',
        email: 'Email',
        role: 'Role',
        status: 'Status',
        createdAt: 'Sent',
        expiresAt: 'Expires',
        acceptedAt: 'Accepted',
      },
      message: {
        delete_title: 'Revoke the invitation for %{recordRepresentation}?',
        delete_content: 'The link in their email stops working. You can invite them again at any time.',
      },
      notifications: {
        deleted: 'Invitation revoked',
      },
    },
    'api-keys': {
      name: 'API key |||| API keys',
      fields: {
        name: 'Name',
        prefix: 'Key starts with',
        scopes: 'Scopes',
        status: 'Status',
        revoked: 'Status',
        revokedAt: 'Status',
        expiresAt: 'Expires',
        rateLimitPerMinute: 'Requests per minute',
        lastUsedAt: 'Last used',
        createdAt: 'Created',
      },
      message: {
        delete_title: 'Revoke “%{recordRepresentation}”?',
        delete_content:
          'Scripts and integrations using this key stop working straight away. This cannot be undone; create a new key if you need one again.',
      },
    },
    'audit-log': {
      name: 'Audit event |||| Audit log',
      fields: {
        q: 'Search',
        createdAt: 'When',
        action: 'Action',
        actorEmail: 'By',
        targetType: 'About',
        targetId: 'Target ID',
        ip: 'IP address',
        userAgent: 'Browser',
        details: 'Details',
        since: 'From',
        until: 'Until',
      },
    },
    emails: {
      name: 'Email |||| Email outbox',
      page: {
        show: '“%{recordRepresentation}”',
      },
      fields: {
        q: 'Search recipient or subject',
        toAddress: 'To',
        subject: 'Subject',
        template: 'Template',
        status: 'Status',
        attempts: 'Attempts',
        lastError: 'Last error',
        providerMessageId: 'Provider message ID',
        sentAt: 'Sent',
        createdAt: 'Queued',
        updatedAt: 'Updated',
      },
    },
  },
  devcoach: {
    roles: {
      user: 'User',
      staff: 'Staff',
      superuser: 'Superuser',
    },
    auth: {
      sign_in_heading: 'Dev Coach back office',
      sign_in_subheading: 'Staff sign-in',
      email: 'Email',
      server_unavailable: 'The server cannot be reached right now. Please try again in a moment.',
    },
    users: {
      created: 'Account created. We emailed %{email} an invitation to choose a password.',
      create_help: 'We’ll email an invitation to choose a password; the link works for seven days.',
      active_help: 'Switching this off signs the person out everywhere and blocks sign-in.',
      role_help: 'Staff manage coaching data; superusers also manage roles, invites and API keys.',
      resend_invite: 'Resend invitation',
      invite_resent: 'A fresh invitation is on its way to %{name}.',
      filter_active: 'Active',
      filter_inactive: 'Deactivated',
      filter_verified: 'Verified',
      filter_unverified: 'Not verified',
    },
    invites: {
      created: 'Invitation sent to %{email}.',
      create_help: 'The link works once, for seven days, and confirms their email address.',
      resend: 'Resend',
      resent: 'A fresh invitation is on its way to %{name}. The old link no longer works.',
      revoke: 'Revoke',
      status: {
        pending: 'Pending',
        accepted: 'Accepted',
        expired: 'Expired',
      },
    },
    api_keys: {
      create_title: 'New API key',
      create: 'Create key',
      created: 'API key created',
      edit_title: 'Edit API key',
      save: 'Save changes',
      saved: 'API key updated',
      name_help: 'Something that tells you later what it is for, e.g. “HR portal” or “Prompt sync from CI”.',
      scopes_help:
        'Grant only what the integration needs. Keys can only call routes that accept their scopes.',
      scopes_required: 'Choose at least one scope',
      scopes: {
        users_read: 'See client accounts',
        users_write: 'Create, change and delete client accounts',
        invites_read: 'See invitations',
        invites_write: 'Send and revoke invitations',
        usage_read: 'Read and export usage',
        webhooks_write: 'Manage webhooks',
        prompts_read: 'Read prompts',
        prompts_write: 'Change prompts',
        eval_run: 'Run evaluations',
      },
      expiry_help:
        'Leave empty for a key that works until you revoke it. After this moment calls with it are refused.',
      expiry_past: 'Choose a moment in the future',
      rate_limit_help:
        'Leave empty to apply only the platform’s own limits. Over this many requests in a minute, calls get “429 Too Many Requests”.',
      never_expires: 'Never',
      no_rate_limit: 'No own limit',
      last_used: 'Last used %{date}',
      expired_on: 'Expired %{date}',
      status: {
        active: 'Active',
        expired: 'Expired',
        revoked: 'Revoked',
      },
      secret_title: 'Your new key “%{name}”',
      secret_intro:
        'Copy the key now and keep it somewhere safe, such as your CI secrets. This is the only time it is shown: we store just a fingerprint of it.',
      secret_label: 'API key',
      secret_usage:
        'Send it in the X-Api-Key header. If it is ever lost or leaked, revoke it and create a new one.',
      secret_done: 'I’ve saved it',
      active: 'Active',
      revoked: 'Revoked',
      revoked_on: 'Revoked %{date}',
      revoke: 'Revoke',
      never_used: 'Never',
    },
    secret: {
      copy: 'Copy to clipboard',
      copied: 'Copied. Paste it somewhere safe before you close this.',
      copy_failed: 'Copying didn’t work here. Select it and copy it by hand.',
    },
    audit: {
      no_details: 'No further details.',
    },
    emails: {
      retry: 'Retry',
      retried: 'The email to %{name} is queued again.',
      tab_html: 'Preview',
      tab_text: 'Plain text',
      preview_title: 'Preview of “%{subject}”',
      preview_loading: 'Loading the preview…',
      status: {
        pending: 'Pending',
        sending: 'Sending',
        retrying: 'Retrying',
        sent: 'Sent',
        logged: 'Logged (not sent)',
        failed: 'Failed',
      },
      template: {
        invite: 'Invitation',
        verify_email: 'Confirm email',
        reset_password: 'Reset password',
        password_changed: 'Password changed',
        staff_safety_alert: 'Safety alert',
        staff_webhook_disabled: 'Webhook switched off',
      },
    },
    dashboard: {
      title: 'Dashboard',
      welcome: 'Welcome to the Dev Coach back office',
      readiness: 'Server readiness',
      refresh: 'Refresh',
      status_ok: 'Ready',
      status_error: 'Degraded',
      status_unknown: 'Unknown',
      check_up: 'Up',
      check_down: 'Down',
      latency: '%{ms} ms',
      checked_at: 'Checked at %{time}',
      unreachable: 'The readiness endpoint could not be reached.',
      no_checks: 'The server reported no checks.',
      column_check: 'Check',
      column_status: 'Status',
      column_latency: 'Latency',
      column_error: 'Error',
      checks: {
        database: 'Database',
        queue: 'Queue',
        provider: 'AI provider',
      },
    },
  },
} satisfies MessageTree;

export const englishTranslations = mergeTranslations(
  englishMessages,
  devCoachEnglishMessages,
  safetyEventMessages,
  loginMessages,
  inviteMessages,
  promptMessages,
  coachingMessages,
  videoMessages,
  jobMessages,
  userListMessages,
  testScenarioMessages,
  evalMessages,
  webhookMessages,
) as TranslationMessages;

export const i18nProvider = polyglotI18nProvider(
  () => englishTranslations,
  'en',
  [{ locale: 'en', name: 'English' }],
  {
    allowMissing: true,
  },
);
