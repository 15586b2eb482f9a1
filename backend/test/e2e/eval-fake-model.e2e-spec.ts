import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from 'src/config/paths';
import { main } from 'src/eval/eval.cli';
import type { EvalReport } from 'src/eval/eval-report';
import { RUBRIC } from 'src/eval/graders/judge';
import { type ChatRequestBody, FakeOpenAiServer, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { testServerUrl } from 'test/utils/postgres';

// The model paths of the eval against the fake OpenAI server: a simulated client played by the
// model from its persona card, and the rubric judge, whose low score must fail the persona.

const schemaName = (body: ChatRequestBody): string | undefined => body.response_format?.json_schema?.name;

const persona = {
  id: 'sim-sea',
  kind: 'simulated',
  description: 'A simulated client for the fake model.',
  firstName: 'Kai',
  maxTurns: 4,
  card: {
    background: 'Grew up by the sea in a fishing village.',
    goals: 'Wants to feel less stuck.',
    style: 'Terse.',
  },
};

describe('npm run eval with a model', () => {
  const previous = { ...process.env };
  let fake: FakeOpenAiServer;

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start({
      fallback: (body) => {
        switch (schemaName(body) ?? 'none') {
          case 'client_reply':
            return { json: { reply: 'I grew up by the sea.', button: '' } };
          case 'rubric_scores':
            return {
              json: {
                warmth: 4,
                one_question: 2,
                on_phase: 4,
                brevity: 5,
                client_words: 3,
                comment: 'Asks two questions at once.',
              },
            };
          case 'sentinel_note_operations':
            return { json: { operations: [] } };
          default:
            return { json: { message: 'What matters to you? And why?', actions: [], safety_concern: '' } };
        }
      },
    });
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

  it('should let the model play a simulated persona and fail the persona when the judge scores a criterion below 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-personas-'));
    writeFileSync(join(dir, 'sim-sea.json'), JSON.stringify(persona));
    const out = join(dir, 'report.json');

    const code = await main(['--personas', dir, '--provider', 'openai', '--out', out], findRepoRoot());

    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as EvalReport;
    expect(report.judge).toBe('on');
    const [result] = report.runs[0]?.personas ?? [];
    expect(result?.voice).toBe('model');
    expect(result?.turns).toBe(4);
    // The video card is pressed without asking the model; typed turns are the model's words.
    expect(
      result?.transcript.filter((turn) => turn.message === 'I grew up by the sea.').length,
    ).toBeGreaterThan(0);
    expect(result?.usage.byPurpose.coach_turn).toBeGreaterThan(0);
    const judge = result?.graders.find((grader) => grader.grader === 'judge');
    expect(judge).toMatchObject({ status: 'fail', score: 0.72 });
    expect(judge?.details).toContain('below 3: one_question');

    const requests = fake.chatRequests();
    const simulator = requests.find((body) => schemaName(body) === 'client_reply');
    expect(simulator?.messages[0]?.content).toContain('Grew up by the sea in a fishing village.');
    const judged = requests.find((body) => schemaName(body) === 'rubric_scores');
    expect(judged?.messages[0]?.content).toBe(RUBRIC);
    expect(judged?.messages[1]?.content).toContain('Client: I grew up by the sea.');
  });
});
