import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';

interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Our own strings: resource labels under `resources.*`, app strings under `devcoach.*`. */
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
      fields: {
        id: 'ID',
        email: 'Email',
        firstName: 'First name',
        lastName: 'Last name',
        role: 'Role',
        createdAt: 'Created',
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
      },
    },
  },
} satisfies MessageTree;

export const englishTranslations = mergeTranslations(
  englishMessages,
  devCoachEnglishMessages,
) as TranslationMessages;

export const i18nProvider = polyglotI18nProvider(
  () => englishTranslations,
  'en',
  [{ locale: 'en', name: 'English' }],
  {
    allowMissing: true,
  },
);
