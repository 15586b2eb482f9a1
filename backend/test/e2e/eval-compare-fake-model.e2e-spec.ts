import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from 'src/config/paths';
import { main } from 'src/eval/eval.cli';
import type { EvalReport, PersonaReport } from 'src/eval/eval-report';
import {
  type ChatRequestBody,
  type FakeChatReply,
  FakeOpenAiServer,
  fakeModelEnv,
} from 'test/fakes/fake-openai-server';
import { testServerUrl } from 'test/utils/postgres';

// The acceptance run, CI-sized: `--compare` with the openai provider against the fake
// OpenAI server, the seeded prompts against the deliberately broken never-transitions set.
// The fake model does what the prompt it receives tells it to, nothing more: it moves on only
// when the phase text asks it to "use transition_phase". So whatever the graders find comes
// from the text the real pipeline assembled from each run's pinned versions, not from the test.
// The judge is the same fake, reading the transcript the judge grader sends.

const repo = findRepoRoot();

const schemaName = (body: ChatRequestBody): string | undefined => body.response_format?.json_schema?.name;
const systemText = (body: ChatRequestBody): string =>
  body.messages
    .filter((message) => message.role === 'system')
    .map((message) => message.content)
    .join('\n');
const lastClientMessage = (body: ChatRequestBody): string =>
  body.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';

const QUESTIONS: Record<string, string> = {
  background_upbringing: 'Where did you grow up, and what was it like?',
  family_structure: 'Who is in your family today?',
  work_living: 'What do you do for a living?',
  hobbies_interests: 'What do you love doing when your time is your own?',
  why_here_hopes: 'What brought you here, and what do you hope will change?',
};
const FILLER = 'What else would you like me to know about you?';

const reply = (message: string, actions: { type: string; params: object }[] = []): FakeChatReply => ({
  json: { message, actions, safety_concern: '' },
});

/** A coach that follows its phase prompt to the letter (and knows nothing else). */
const coach = (body: ChatRequestBody): FakeChatReply => {
  const prompt = systemText(body);
  const client = lastClientMessage(body);
  // The phase text's own instruction, not the generated action list (which says "Use …").
  const mayMoveOn = prompt.includes('use transition_phase');
  if (prompt.includes('Phase: introduction.')) {
    return mayMoveOn && /ready|start|yes/i.test(client)
      ? reply(`Thank you. ${QUESTIONS.background_upbringing}`, [
          { type: 'transition_phase', params: { to: 'get_to_know_you' } },
        ])
      : reply('Welcome! We will name who you are in every part of life. Ready?', [
          { type: 'show_intro_choices', params: {} },
        ]);
  }
  if (prompt.includes('Phase: getting to know you.')) {
    const listed = /Still open: (.*)\./.exec(prompt)?.[1] ?? 'none';
    const open =
      listed === 'none' ? [] : [...listed.matchAll(/([a-z_]+) \(/g)].map((match) => match[1] ?? '');
    // "If the conversation shows you already asked a topic that is still listed as open, mark it".
    const coachSaid = body.messages
      .filter((message) => message.role === 'assistant')
      .map((message) => message.content)
      .join('\n');
    const alreadyAsked = open.filter((topic) => coachSaid.includes(QUESTIONS[topic] ?? '\0'));
    const next = open.find((topic) => !alreadyAsked.includes(topic));
    const marks = [...alreadyAsked, ...(next ? [next] : [])].map((topic) => ({
      type: 'mark_question_asked',
      params: { question: topic },
    }));
    const wantsToMoveOn = /move on/i.test(client) && prompt.includes('wants to move on');
    if (mayMoveOn && (wantsToMoveOn || !next)) {
      return reply('Thank you for sharing all that. Who are you right now, in a few words?', [
        ...(next ? [] : marks),
        { type: 'transition_phase', params: { to: 'identity_warm_up' } },
      ]);
    }
    return reply(`Thank you. ${next ? QUESTIONS[next] : FILLER}`, marks);
  }
  return reply('Thank you. Tell me a little more?');
};

/** The rubric judge: marks repeated text down on brevity, as the rubric says. */
const judge = (body: ChatRequestBody): FakeChatReply => {
  const lines = (body.messages.at(-1)?.content ?? '')
    .split('\n')
    .filter((line) => line.startsWith('Coach: '));
  const counts = new Map<string, number>();
  for (const line of lines) {
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const repeated = Math.max(0, ...counts.values());
  const stuck = repeated >= 3;
  return {
    json: {
      warmth: 4,
      one_question: lines.some((line) => (line.match(/\?/g) ?? []).length > 1) ? 2 : 5,
      on_phase: stuck ? 2 : 4,
      brevity: stuck ? 2 : 4,
      client_words: 3,
      comment: stuck ? `The coach repeats itself (${repeated} times) and never moves on.` : 'Warm and brief.',
    },
  };
};

const fakeModel = (body: ChatRequestBody): FakeChatReply => {
  switch (schemaName(body) ?? 'none') {
    case 'rubric_scores':
      return judge(body);
    case 'sentinel_note_operations':
      return { json: { operations: [] } };
    case 'coach_reply':
      return coach(body);
    default:
      return { json: { message: 'Thank you.', actions: [], safety_concern: '' } };
  }
};

const personas = [
  {
    id: 'fake-steady',
    kind: 'scripted',
    description: 'Answers every getting-to-know-you question plainly, then starts the warm-up.',
    firstName: 'Ari',
    maxTurns: 10,
    script: {
      steps: [{ press: 'first' }, { press: 'start' }],
      phases: {
        get_to_know_you: [
          'I grew up in a small town by a river.',
          'My partner and our two cats.',
          'I repair old clocks.',
          'Long walks and chess.',
          'I want to feel less scattered.',
        ],
      },
    },
    expect: { reachPhase: 'identity_warm_up', withinTurns: 10 },
  },
  {
    id: 'fake-mover',
    kind: 'scripted',
    description: 'Answers one question, then asks to move on to the identity work.',
    firstName: 'Bo',
    maxTurns: 6,
    script: {
      steps: [
        { press: 'first' },
        { press: 'start' },
        { say: 'I grew up on a farm.' },
        { say: 'Could we move on to the identity part now?' },
      ],
      phases: { get_to_know_you: ['Please, let us move on.'] },
    },
    expect: { reachPhase: 'identity_warm_up', withinTurns: 6 },
  },
];

const graderOf = (persona: PersonaReport | undefined, grader: string) =>
  persona?.graders.find((result) => result.grader === grader);

describe('npm run eval --compare against the fake OpenAI server', () => {
  const previous = { ...process.env };
  let fake: FakeOpenAiServer;

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start({ fallback: fakeModel });
    Object.assign(process.env, {
      ...fakeModelEnv(fake.baseUrl),
      AI_MAX_RETRIES: '0',
      DATABASE_URL: testServerUrl(),
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  afterAll(async () => {
    process.env = previous;
    vi.restoreAllMocks();
    await fake?.close();
  });

  it('should report the never-transitions candidate worse than the seeded prompts, per grader and by the judge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-compare-'));
    for (const persona of personas) {
      writeFileSync(join(dir, `${persona.id}.json`), JSON.stringify(persona));
    }
    const out = join(dir, 'report.json');

    const code = await main(
      [
        '--personas',
        dir,
        '--provider',
        'openai',
        '--concurrency',
        '2',
        '--compare',
        join(repo, 'eval', 'prompt-sets', 'never-transitions.json'),
        '--out',
        out,
      ],
      repo,
    );

    const report = JSON.parse(readFileSync(out, 'utf8')) as EvalReport;
    expect(code).toBe(1);
    expect(report).toMatchObject({ provider: 'openai', judge: 'on' });
    const [baseline, candidate] = report.runs;
    expect([baseline?.label, candidate?.label]).toEqual(['seeded', 'never-transitions']);

    // The seeded prompts walk both personas to the warm-up with every grader passing.
    for (const persona of baseline?.personas ?? []) {
      expect(persona.lastPhase, persona.id).toBe('identity_warm_up');
      expect(
        persona.graders.filter((result) => result.status === 'fail'),
        persona.id,
      ).toEqual([]);
      expect(graderOf(persona, 'judge')?.details[0]).toMatch(/^warmth \d, one_question \d, on_phase \d/);
    }
    // The broken set keeps both in getting to know you, and the judge sees it repeat itself.
    for (const persona of candidate?.personas ?? []) {
      expect(persona.lastPhase, persona.id).toBe('get_to_know_you');
      expect(graderOf(persona, 'phase_reached')?.status, persona.id).toBe('fail');
      expect(persona.usage.byPurpose.coach_turn, persona.id).toBeGreaterThan(0);
    }

    expect(report.comparison?.verdict).toBe('candidate_worse');
    const delta = (grader: string) => report.comparison?.graders.find((entry) => entry.grader === grader);
    expect(delta('phase_reached')).toEqual({
      grader: 'phase_reached',
      baselinePass: 2,
      candidatePass: 0,
      delta: -2,
      baselineScore: null,
      candidateScore: null,
    });
    // The steady persona's stuck transcript is marked down (on_phase and brevity 2 of 5).
    expect(delta('judge')).toEqual({
      grader: 'judge',
      baselinePass: 2,
      candidatePass: 1,
      delta: -1,
      baselineScore: 0.8,
      candidateScore: 0.72,
    });
    const steady = candidate?.personas.find((persona) => persona.id === 'fake-steady');
    expect(graderOf(steady, 'judge')).toMatchObject({ status: 'fail', score: 0.64 });
    expect(graderOf(steady, 'judge')?.details).toContain('below 3: on_phase, brevity');
    expect(report.comparison?.graders.every((entry) => entry.delta <= 0)).toBe(true);

    // Both runs' coach calls really carried their own prompt text.
    const coachPrompts = fake
      .chatRequests()
      .filter((body) => schemaName(body) === 'coach_reply')
      .map(systemText)
      .filter((text) => text.includes('Phase: getting to know you.'));
    expect(coachPrompts.some((text) => text.includes('and keep asking'))).toBe(true);
    expect(coachPrompts.some((text) => text.includes('use transition_phase'))).toBe(true);
  });
});
