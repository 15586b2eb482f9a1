/** The safety-event pages' texts, merged into the app's messages by the i18n provider. */
export const safetyEventMessages = {
  resources: {
    'safety-events': {
      name: 'Safety event |||| Safety events',
      page: {
        show: 'Safety event: %{recordRepresentation}',
      },
      fields: {
        q: 'Search message or client',
        status: 'Status',
        flaggedBy: 'Flagged by',
        createdAt: 'Flagged',
        userName: 'Client',
        messageText: 'Message',
        classifierScore: 'Classifier score',
      },
    },
  },
  devcoach: {
    safety: {
      client: 'Client',
      alert: 'Staff alert',
      no_alert: 'Not sent',
      conversation: 'The conversation',
      textRemoved: 'Words removed: resolved longer ago than the transcript retention period',
      phase: 'Coaching phase at the time: %{phase}',
      flagged_message: 'flagged message',
      evidence: 'Why it was flagged',
      classifier_summary: 'Classifier score %{score} (version %{version}).',
      evidence_item: '%{category}, weighs %{score}%{modifiers}',
      no_evidence: 'The classifier matched no phrase; the moderation check flagged it.',
      flagged: 'flagged it',
      not_flagged: 'did not flag it',
      moderation: {
        ok: 'Moderation check (%{provider}): %{verdict}.',
        error: 'The moderation check (%{provider}) did not answer.',
        skipped: 'The moderation check (%{provider}) was skipped.',
      },
      category: {
        suicidal_intent: 'Suicidal intent',
        self_harm: 'Self-harm',
        indirect_distress: 'Indirect distress',
      },
      role: {
        user: 'Client',
        coach: 'Coach',
        system: 'System',
      },
      resolution: 'Resolution',
      note: 'What was done',
      note_help: 'For the record: who reached out, how the client is, any follow-up. Only staff see this.',
      resolve: 'Resolve',
      resolved_notice: 'Event resolved. Thank you for looking after this.',
      resolved_intro: 'Someone has looked after this.',
      resolved_by: 'Resolved by',
      resolved_at: 'Resolved',
      status: {
        open: 'Open',
        resolved: 'Resolved',
      },
      source: {
        classifier: 'Classifier',
        moderation: 'Moderation',
        both: 'Both',
      },
    },
  },
};
