/** Texts for the users list's bulk actions and its test-user and phase filters. */
export const userListMessages = {
  resources: {
    users: {
      fields: {
        testUser: 'Test users',
        phase: 'Coaching phase',
        studioOverride: 'Studio open early',
      },
    },
  },
  devcoach: {
    users: {
      mark_verified: 'Mark verified',
      mark_unverified: 'Mark not verified',
      bulk_verified: '%{changed} marked verified (%{unchanged} already were).',
      bulk_unverified: '%{changed} marked not verified (%{unchanged} already were not).',
      filter_test_users: 'Test users only',
      filter_real_users: 'Real clients only',
      studio_override_help:
        'Opens the visualization studio before the last phase (for demos and support). Off: it opens in the last phase as usual.',
    },
    studio: {
      title: 'Studio',
      open: 'The studio is open',
      closed: 'The studio is closed (it opens in the last phase)',
      by_override: '(opened early by staff)',
      quota: '%{used} of %{limit} pictures today',
      appearance: 'Appearance',
      none: 'None written',
      references: 'Reference photos (%{count})',
      reference_alt: 'Reference %{n}',
      drafts: '%{count} drafts',
      no_drafts: 'No drafts yet',
      first_picture: 'First picture',
      kept: 'Kept',
      load_failed: 'The studio could not be loaded.',
      status: { pending: 'Being made', ready: 'Ready', failed: 'Failed' },
    },
  },
};
