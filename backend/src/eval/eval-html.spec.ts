import { reportHtml } from 'src/eval/eval-html';
import { type EvalReport, type PersonaReport, toRunReport } from 'src/eval/eval-report';
import { summariseCalls } from 'src/eval/graders/usage';

const persona = {
  id: 'p',
  kind: 'scripted',
  description: 'A test persona.',
  voice: 'script',
  turns: 1,
  phases: ['introduction'],
  lastPhase: 'introduction',
  stoppedBecause: 'reached',
  error: null,
  graders: [{ grader: 'no_rejected_actions', status: 'fail', score: null, details: ['turn 0: x rejected'] }],
  usage: summariseCalls([]),
  wallMs: 1,
  final: { identities: [], skippedCategories: [], safetyHold: false, notes: [] },
  transcript: [
    {
      index: 0,
      phaseBefore: 'introduction',
      phaseAfter: 'introduction',
      message: '<script>alert(1)</script>',
      button: null,
      source: 'script',
      status: 'done',
      errorCode: null,
      coach: [{ content: 'Hello <b>there</b>', card: { kind: 'intro_choices', buttons: ['start'] } }],
      actions: [
        { type: 'x', status: 'rejected', source: 'model', reasonCode: 'unknown_action', summary: null },
      ],
      safetyHold: false,
      ms: 3,
    },
  ],
} as unknown as PersonaReport;

const report: EvalReport = {
  version: 1,
  startedAt: '2026-12-04T18:00:00.000Z',
  finishedAt: '2026-12-04T18:01:00.000Z',
  provider: 'demo',
  model: null,
  personasDir: 'eval/personas',
  judge: 'skipped: the demo provider has no model to judge with',
  runs: [toRunReport('seeded', [], [persona])],
  comparison: null,
};

describe('reportHtml', () => {
  it('should escape everything a model or a persona wrote', () => {
    const html = reportHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('Hello &#60;b&#62;there&#60;/b&#62;');
  });

  it('should show the failed grader, the card and the rejected action', () => {
    const html = reportHtml(report);
    expect(html).toContain('no_rejected_actions');
    expect(html).toContain('card intro_choices: start');
    expect(html).toContain('rejected: unknown_action');
  });
});
