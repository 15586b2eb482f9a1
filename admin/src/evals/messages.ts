/** The evaluation pages' texts, merged into the app's messages by the i18n provider. */
export const evalMessages = {
  resources: {
    evals: {
      name: 'Evaluation |||| Evaluations',
      page: { show: 'Evaluation of %{recordRepresentation}' },
      fields: {
        createdAt: 'Run at',
        provider: 'Provider',
        model: 'Model',
        passed: 'Personas passed',
        promptVersions: 'Prompt versions known here',
        createdVia: 'Sent by',
      },
    },
  },
  devcoach: {
    evals: {
      via: { user: 'A staff member', api_key: 'An API key' },
      run: 'Run “%{label}”: %{passed} of %{total} personas passed',
      persona_passed: 'passed',
      persona_failed: '%{smart_count} grader failed |||| %{smart_count} graders failed',
      persona_unfinished: 'did not finish',
      persona: 'Persona',
      result: 'Result',
      latest: 'Latest evaluation',
      latest_line: '%{passed} personas passed, %{date}',
      none: 'Not evaluated yet',
      open_report: 'Open report',
    },
  },
};
