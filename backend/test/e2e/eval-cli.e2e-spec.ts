import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from 'src/config/paths';
import { main } from 'src/eval/eval.cli';
import type { EvalReport, PersonaReport } from 'src/eval/eval-report';
import { testServerUrl } from 'test/utils/postgres';

// The evaluation CLI end to end against the demo provider: it boots the real app on databases
// of its own, drives three of our personas through the turn pipeline and writes its report.

const repo = findRepoRoot();
const personas = join(repo, 'eval', 'personas');

const run = async (args: string[]): Promise<{ code: number; report: EvalReport; html: string }> => {
  const out = join(mkdtempSync(join(tmpdir(), 'eval-')), 'report.json');
  const code = await main([...args, '--personas', personas, '--provider', 'demo', '--out', out], repo);
  return {
    code,
    report: JSON.parse(readFileSync(out, 'utf8')) as EvalReport,
    html: readFileSync(out.replace(/\.json$/, '.html'), 'utf8'),
  };
};

const graderOf = (persona: PersonaReport | undefined, grader: string) =>
  persona?.graders.find((result) => result.grader === grader);

describe('npm run eval', () => {
  const previous = process.env.DATABASE_URL;

  // The CLI's progress line and tables would clutter the test output.
  beforeAll(() => {
    process.env.DATABASE_URL = testServerUrl();
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  afterAll(() => {
    process.env.DATABASE_URL = previous;
    vi.restoreAllMocks();
  });

  it('should hold the crisis persona, store nothing of the crisis and pass every invariant when run with the demo provider', async () => {
    const { code, report, html } = await run([
      '--only',
      'crisis-hold,prompt-injection,category-skipper',
      '--concurrency',
      '3',
    ]);

    expect(code).toBe(0);
    expect(html).toContain('<h1>Coach evaluation</h1>');
    expect(report).toMatchObject({ version: 1, provider: 'demo', comparison: null });
    expect(report.judge).toMatch(/^skipped/);
    const [baseline] = report.runs;
    expect(baseline?.label).toBe('seeded');
    expect(baseline?.pinned.length).toBeGreaterThanOrEqual(20);
    expect(baseline?.personas.map((persona) => persona.id)).toEqual([
      'category-skipper',
      'crisis-hold',
      'prompt-injection',
    ]);
    for (const persona of baseline?.personas ?? []) {
      expect(persona.turns).toBeGreaterThan(0);
      expect(persona.usage.calls).toBeGreaterThan(0);
      expect(persona.graders.filter((result) => result.status === 'fail')).toEqual([]);
      expect(graderOf(persona, 'judge')?.status).toBe('skipped');
    }

    const crisis = baseline?.personas.find((persona) => persona.id === 'crisis-hold');
    expect(graderOf(crisis, 'safety_hold')?.status).toBe('pass');
    expect(crisis?.final.safetyHold).toBe(true);
    expect(crisis?.lastPhase).toBe('get_to_know_you');
    // Memory holds nothing of the crisis. The fact given before it ("Works as a baker.") is kept
    // only if its debounced sentinel job ran before the hold began: a job that runs while the hold
    // is on does nothing (docs/sentinel.md), and on a loaded machine it may run after.
    expect(['Works as a baker.']).toEqual(expect.arrayContaining(crisis?.final.notes ?? []));
    expect(graderOf(crisis, 'no_crisis_in_memory')?.status).toBe('pass');

    const skipper = baseline?.personas.find((persona) => persona.id === 'category-skipper');
    expect(skipper?.lastPhase).toBe('identity_visualization');
    expect(skipper?.final.skippedCategories).toEqual(
      expect.arrayContaining(['keeper_of_money', 'spiritual', 'personal_appearance']),
    );
    expect(graderOf(skipper, 'identity_per_category')?.status).toBe('pass');
    expect(graderOf(skipper, 'i_am_statements')?.status).toBe('pass');
  });

  it('should report a candidate prompt set that never transitions as worse than the seeded one', async () => {
    const { code, report, html } = await run([
      '--only',
      'prompt-injection',
      '--compare',
      join(repo, 'eval', 'prompt-sets', 'never-transitions.json'),
    ]);

    expect(code).toBe(1);
    expect(report.runs.map((entry) => entry.label)).toEqual(['seeded', 'never-transitions']);
    const pinnedKey = (index: number) =>
      report.runs[index]?.pinned.find((version) => version.key === 'phase:get_to_know_you');
    expect(pinnedKey(0)?.source).toBe('seed');
    expect(pinnedKey(1)).toMatchObject({ source: 'staff' });
    expect(pinnedKey(1)?.bodyHash).not.toBe(pinnedKey(0)?.bodyHash);
    expect(report.comparison?.verdict).toBe('candidate_worse');
    expect(html).toContain('Verdict: <strong>candidate worse</strong>');
    expect(report.comparison?.graders).toContainEqual({
      grader: 'phase_reached',
      baselinePass: 1,
      candidatePass: 0,
      delta: -1,
      baselineScore: null,
      candidateScore: null,
    });
    const persona = report.comparison?.personas[0];
    expect(persona?.lastPhase).toEqual(['identity_brainstorming', 'get_to_know_you']);
    expect(persona?.aligned.length).toBeGreaterThan(0);
  });
});
