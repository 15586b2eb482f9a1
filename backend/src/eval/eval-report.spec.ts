import { parseEvalArgs } from 'src/eval/eval-args';
import { compareRuns, comparisonTable, type PersonaReport, toRunReport } from 'src/eval/eval-report';
import type { GraderResult } from 'src/eval/graders/grader.types';
import { summariseCalls } from 'src/eval/graders/usage';
import { parsePersona, PersonaError } from 'src/eval/persona';

const persona = (id: string, status: GraderResult['status'], turns = 3): PersonaReport =>
  ({
    id,
    turns,
    lastPhase: 'identity_warm_up',
    usage: summariseCalls([]),
    graders: [{ grader: 'phase_reached', status, score: null, details: [] }],
    transcript: [],
  }) as unknown as PersonaReport;

describe('compareRuns', () => {
  it('should call a candidate that loses a pass worse, and list what changed per persona', () => {
    const comparison = compareRuns(
      toRunReport('active', [], [persona('a', 'pass'), persona('b', 'pass')]),
      toRunReport('candidate', [], [persona('a', 'fail', 30), persona('b', 'pass')]),
    );
    expect(comparison.verdict).toBe('candidate_worse');
    expect(comparison.graders).toEqual([
      {
        grader: 'phase_reached',
        baselinePass: 2,
        candidatePass: 1,
        delta: -1,
        baselineScore: null,
        candidateScore: null,
      },
    ]);
    expect(comparison.personas[0]).toMatchObject({ id: 'a', turns: [3, 30] });
    expect(comparisonTable(comparison)).toContain('a: phase_reached pass → fail');
  });

  it('should call two equal runs the same', () => {
    const run = toRunReport('x', [], [persona('a', 'pass')]);
    expect(compareRuns(run, run).verdict).toBe('same');
  });
});

describe('parsePersona', () => {
  it('should refuse a simulated persona without a card, and an unknown phase', () => {
    expect(() => parsePersona({ id: 'x', kind: 'simulated', description: 'd' })).toThrow(PersonaError);
    expect(() =>
      parsePersona({ id: 'x', kind: 'scripted', description: 'd', expect: { reachPhase: 'nowhere' } }),
    ).toThrow('expect.reachPhase');
    expect(() =>
      parsePersona({ id: 'x', kind: 'scripted', description: 'd', script: { steps: [{ shout: 'hi' }] } }),
    ).toThrow('script.steps[0]');
  });
});

describe('parseEvalArgs', () => {
  it('should resolve paths from where the command was typed and refuse bad values', () => {
    const args = parseEvalArgs(
      ['--personas', 'p', '--provider=openai', '--concurrency', '4'],
      '/work',
      '/repo',
    );
    expect(args).toMatchObject({ personasDir: '/work/p', provider: 'openai', concurrency: 4 });
    expect(args.out).toMatch(/^\/repo\/eval\/results\/.+\.json$/);
    expect(() => parseEvalArgs(['--provider', 'claude'], '/w', '/r')).toThrow('--provider');
    expect(() => parseEvalArgs(['--concurrency', '0'], '/w', '/r')).toThrow('--concurrency');
    expect(() => parseEvalArgs(['--nope'], '/w', '/r')).toThrow('unknown argument');
  });

  it('should take a server address to post the report to, and nothing else', () => {
    expect(parseEvalArgs(['--post-to', 'https://coach.example.com'], '/w', '/r').postTo).toBe(
      'https://coach.example.com',
    );
    expect(parseEvalArgs([], '/w', '/r').postTo).toBeUndefined();
    expect(() => parseEvalArgs(['--post-to', 'coach.example.com'], '/w', '/r')).toThrow('--post-to');
  });
});
