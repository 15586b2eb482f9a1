/** The webhooks pages' texts, merged into the app's messages by the i18n provider. */
export const webhookMessages = {
  resources: {
    webhooks: {
      name: 'Webhook |||| Webhooks',
      page: {
        create: 'Register a receiver',
        edit: '%{recordRepresentation}',
        show: '%{recordRepresentation}',
      },
      fields: {
        url: 'Receiver URL',
        events: 'Events',
        enabled: 'Status',
        consecutiveFailures: 'Failures in a row',
        disabledAt: 'Disabled',
        previousSecretExpiresAt: 'Old secret still signs until',
        createdAt: 'Registered',
      },
      message: {
        delete_title: 'Delete the receiver %{recordRepresentation}?',
        delete_content: 'Events stop going to it and its delivery log is removed. This cannot be undone.',
      },
      notifications: { deleted: 'Receiver deleted' },
    },
    'webhooks/deliveries': {
      name: 'Delivery |||| Deliveries',
      fields: {
        eventType: 'Event',
        status: 'Status',
        attempt: 'Attempts',
        lastStatusCode: 'Response',
        lastError: 'Last error',
        createdAt: 'Created',
        deliveredAt: 'Delivered',
      },
    },
  },
  devcoach: {
    webhooks: {
      url_help: 'Where Dev Coach POSTs each event. https in production; private addresses are refused there.',
      events_required: 'Choose at least one event.',
      enabled: 'Enabled',
      disabled: 'Disabled',
      deliveries: 'Delivery log',
      no_deliveries: 'Nothing sent to this receiver yet.',
      no_response: 'no answer',
      secret_title: 'Signing secret for %{url}',
      secret_intro:
        'Every delivery is signed with this secret. Copy it into the receiver now: it is not shown again.',
      secret_label: 'Signing secret',
      secret_usage:
        'Check each delivery with verifyWebhook from the SDK, or compute the HMAC described in the API guide.',
      secret_done: 'I have stored it',
      rotated_title: 'New signing secret for %{url}',
      rotated_intro:
        'Deliveries are signed with this secret and, until %{until}, also with the old one. Switch the receiver to the new secret before then.',
      rotate: 'Rotate secret',
      rotate_confirm_title: 'Rotate the signing secret?',
      rotate_confirm_content:
        'A new secret is made and shown once. The old one keeps signing beside it for a while, then stops.',
      enable: 'Re-enable',
      enabled_notice: 'Receiver %{name} is back on',
      send_test: 'Send test',
      test_sent: 'A test event is on its way to %{name}',
      replay: 'Replay',
      replayed: 'Delivery queued again',
      event: {
        'invite.accepted': 'Invite accepted',
        'turn.completed': 'Turn completed',
        'turn.failed': 'Turn failed',
        'phase.changed': 'Phase changed',
        'identity.committed': 'Identity committed',
        'safety.flagged': 'Safety flag',
        'user.deleted': 'Account deleted',
        'webhook.test': 'Test',
      },
      delivery_status: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' },
    },
  },
};
