/** Texts for the users list's bulk actions and its test-user and phase filters. */
export const userListMessages = {
  resources: {
    users: {
      fields: {
        testUser: 'Test users',
        phase: 'Coaching phase',
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
    },
  },
};
