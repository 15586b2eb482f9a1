import { judgeVerdict, RUBRIC, RUBRIC_CRITERIA, transcriptText } from 'src/eval/graders/judge';
import { summariseCalls } from 'src/eval/graders/usage';
import type { PersonaRun } from 'src/eval/transcript';

const scores = (value: number) => ({
  warmth: value,
  one_question: value,
  on_phase: value,
  brevity: value,
  client_words: value,
  comment: 'ok',
});

describe('judgeVerdict', () => {
  it('should fail when any criterion is below 3, naming it', () => {
    const result = judgeVerdict({ ...scores(5), one_question: 2 });
    expect(result.status).toBe('fail');
    expect(result.details).toContain('below 3: one_question');
    expect(result.score).toBe(0.88);
  });

  it('should pass with every criterion at 3 or more, clamping out-of-range scores', () => {
    const result = judgeVerdict({ ...scores(4), warmth: 9 });
    expect(result.status).toBe('pass');
    expect(result.score).toBe(0.84);
  });

  it('should name every criterion in the written rubric', () => {
    for (const criterion of RUBRIC_CRITERIA) {
      expect(RUBRIC).toContain(`${criterion}:`);
    }
  });
});

describe('transcriptText', () => {
  it('should show each turn with its phase, the client and the coach with its card', () => {
    const run = {
      turns: [
        {
          index: 0,
          phaseBefore: 'introduction',
          message: null,
          button: 'intro_choices:start',
          coach: [{ content: 'Welcome.', card: { kind: 'video', buttons: ['continue'] } }],
        },
      ],
    } as unknown as PersonaRun;
    expect(transcriptText(run)).toBe(
      '[turn 0, step: introduction]\nClient: (pressed intro_choices:start)\nCoach: Welcome. [card video: continue]',
    );
  });
});

describe('summariseCalls', () => {
  const row = (overrides: Partial<Parameters<typeof summariseCalls>[0][number]> = {}) => ({
    purpose: 'coach_turn',
    status: 'ok',
    error_code: null,
    input_tokens: 100,
    output_tokens: 10,
    cost_usd: '0.001',
    latency_ms: 200,
    ...overrides,
  });

  it('should count schema failures and errors, and sum tokens and cost', () => {
    const usage = summariseCalls([
      row(),
      row({ status: 'error', error_code: 'schema_violation', latency_ms: 400 }),
      row({ purpose: 'moderation', cost_usd: null, latency_ms: null }),
    ]);
    expect(usage).toMatchObject({
      calls: 3,
      schemaFailures: 1,
      errors: 1,
      inputTokens: 300,
      outputTokens: 30,
      latencyMsTotal: 600,
      latencyMsP50: 400,
      byPurpose: { coach_turn: 2, moderation: 1 },
    });
    expect(usage.costUsd).toBeCloseTo(0.002);
  });

  it('should report no cost rather than zero when no call had a price', () => {
    expect(summariseCalls([row({ cost_usd: null })]).costUsd).toBeNull();
  });
});
