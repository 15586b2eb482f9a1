import type { Phase } from 'src/curriculum/phases';
import type { GraderResult, UsageFigures } from 'src/eval/graders/grader.types';
import type { Persona } from 'src/eval/persona';
import type { PinnedVersion } from 'src/eval/prompt-pins';
import type { PersonaRun, TranscriptTurn } from 'src/eval/transcript';

export const REPORT_VERSION = 1;

export interface PersonaReport {
  id: string;
  kind: Persona['kind'];
  description: string;
  voice: PersonaRun['voice'];
  turns: number;
  phases: Phase[];
  lastPhase: Phase;
  stoppedBecause: PersonaRun['stoppedBecause'];
  error: string | null;
  graders: GraderResult[];
  usage: UsageFigures;
  wallMs: number;
  final: {
    identities: { name: string; category: string; state: string; iAmStatement: string | null }[];
    skippedCategories: string[];
    safetyHold: boolean;
    notes: string[];
  };
  transcript: TranscriptTurn[];
}

export interface GraderTally {
  pass: number;
  fail: number;
  skipped: number;
}

export interface RunReport {
  label: string;
  pinned: PinnedVersion[];
  personas: PersonaReport[];
  graders: Record<string, GraderTally>;
  totals: {
    turns: number;
    calls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd: number | null;
    wallMs: number;
  };
}

export interface ComparedPersona {
  id: string;
  turns: [number, number];
  lastPhase: [Phase, Phase];
  graders: {
    grader: string;
    baseline: GraderResult['status'];
    candidate: GraderResult['status'];
    changed: boolean;
  }[];
  costUsd: [number | null, number | null];
  /** The two transcripts side by side, turn by turn (null where one run had fewer turns). */
  aligned: { index: number; baseline: AlignedTurn | null; candidate: AlignedTurn | null }[];
}

export interface AlignedTurn {
  phase: Phase;
  client: string;
  coach: string;
  rejected: string[];
}

export interface Comparison {
  baseline: string;
  candidate: string;
  /**
   * Per grader: passes in each run and the difference (candidate − baseline); for graders that
   * score (the judge), the mean score (0–1) in each run, else null.
   */
  graders: {
    grader: string;
    baselinePass: number;
    candidatePass: number;
    delta: number;
    baselineScore: number | null;
    candidateScore: number | null;
  }[];
  personas: ComparedPersona[];
  verdict: 'candidate_worse' | 'candidate_better' | 'same' | 'mixed';
}

export interface EvalReport {
  version: number;
  startedAt: string;
  finishedAt: string;
  provider: string;
  model: string | null;
  personasDir: string;
  judge: 'on' | 'skipped: the demo provider has no model to judge with';
  runs: RunReport[];
  comparison: Comparison | null;
}

export const toPersonaReport = (
  persona: Persona,
  run: PersonaRun,
  graders: GraderResult[],
  usage: UsageFigures,
): PersonaReport => ({
  id: persona.id,
  kind: persona.kind,
  description: persona.description,
  voice: run.voice,
  turns: run.turns.length,
  phases: run.phases,
  lastPhase: run.phases.at(-1) ?? run.final.state.currentPhase,
  stoppedBecause: run.stoppedBecause,
  error: run.error,
  graders,
  usage,
  wallMs: run.wallMs,
  final: {
    identities: run.final.identities.map(({ name, category, state, iAmStatement }) => ({
      name,
      category,
      state,
      iAmStatement,
    })),
    skippedCategories: run.final.state.skippedCategories,
    safetyHold: run.final.state.safetyHold !== null,
    notes: run.final.notes.map((note) => note.text),
  },
  transcript: run.turns,
});

export const tallyGraders = (personas: PersonaReport[]): Record<string, GraderTally> => {
  const tally: Record<string, GraderTally> = {};
  for (const result of personas.flatMap((persona) => persona.graders)) {
    const entry = (tally[result.grader] ??= { pass: 0, fail: 0, skipped: 0 });
    entry[result.status] += 1;
  }
  return tally;
};

export const toRunReport = (label: string, pinned: PinnedVersion[], personas: PersonaReport[]): RunReport => {
  const priced = personas.filter((persona) => persona.usage.costUsd !== null);
  return {
    label,
    pinned,
    personas,
    graders: tallyGraders(personas),
    totals: {
      turns: personas.reduce((sum, persona) => sum + persona.turns, 0),
      calls: personas.reduce((sum, persona) => sum + persona.usage.calls, 0),
      inputTokens: personas.reduce((sum, persona) => sum + persona.usage.inputTokens, 0),
      outputTokens: personas.reduce((sum, persona) => sum + persona.usage.outputTokens, 0),
      costUsd:
        priced.length === 0 ? null : priced.reduce((sum, persona) => sum + (persona.usage.costUsd ?? 0), 0),
      wallMs: personas.reduce((sum, persona) => Math.max(sum, persona.wallMs), 0),
    },
  };
};

const alignedTurn = (turn: TranscriptTurn | undefined): AlignedTurn | null =>
  turn
    ? {
        phase: turn.phaseBefore,
        client: turn.message ?? `(pressed ${turn.button ?? 'a button'})`,
        coach: turn.coach.map((message) => message.content).join('\n'),
        rejected: turn.actions
          .filter((action) => action.status === 'rejected')
          .map((action) => `${action.type}: ${action.reasonCode ?? ''}`),
      }
    : null;

/** The mean of a grader's scores over a run's personas (2 decimals); null when none scored. */
const meanScore = (run: RunReport, grader: string): number | null => {
  const scores = run.personas.flatMap((persona) =>
    persona.graders
      .filter((result) => result.grader === grader && result.score !== null)
      .map((result) => result.score ?? 0),
  );
  return scores.length === 0
    ? null
    : Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100;
};

/** Baseline vs candidate: passes per grader, per-persona changes and the transcripts aligned. */
export const compareRuns = (baseline: RunReport, candidate: RunReport): Comparison => {
  const names = [...new Set([...Object.keys(baseline.graders), ...Object.keys(candidate.graders)])].sort();
  const graders = names.map((grader) => {
    const baselinePass = baseline.graders[grader]?.pass ?? 0;
    const candidatePass = candidate.graders[grader]?.pass ?? 0;
    return {
      grader,
      baselinePass,
      candidatePass,
      delta: candidatePass - baselinePass,
      baselineScore: meanScore(baseline, grader),
      candidateScore: meanScore(candidate, grader),
    };
  });
  const personas = baseline.personas.flatMap((b): ComparedPersona[] => {
    const c = candidate.personas.find((persona) => persona.id === b.id);
    if (!c) {
      return [];
    }
    const statusOf = (report: PersonaReport, grader: string) =>
      report.graders.find((result) => result.grader === grader)?.status ?? 'skipped';
    const length = Math.max(b.transcript.length, c.transcript.length);
    return [
      {
        id: b.id,
        turns: [b.turns, c.turns],
        lastPhase: [b.lastPhase, c.lastPhase],
        graders: names.map((grader) => ({
          grader,
          baseline: statusOf(b, grader),
          candidate: statusOf(c, grader),
          changed: statusOf(b, grader) !== statusOf(c, grader),
        })),
        costUsd: [b.usage.costUsd, c.usage.costUsd],
        aligned: Array.from({ length }, (_, index) => ({
          index,
          baseline: alignedTurn(b.transcript[index]),
          candidate: alignedTurn(c.transcript[index]),
        })),
      },
    ];
  });
  const worse = graders.some((entry) => entry.delta < 0);
  const better = graders.some((entry) => entry.delta > 0);
  return {
    baseline: baseline.label,
    candidate: candidate.label,
    graders,
    personas,
    verdict: worse && better ? 'mixed' : worse ? 'candidate_worse' : better ? 'candidate_better' : 'same',
  };
};

// ---- the text the CLI prints ----

const pad = (rows: string[][]): string => {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

const money = (value: number | null): string => (value === null ? '—' : `$${value.toFixed(4)}`);

export const summaryTable = (run: RunReport): string => {
  const rows = [
    [
      'persona',
      'voice',
      'turns',
      'last phase',
      'stopped',
      'invariants',
      'failed',
      'judge',
      'tokens in/out',
      'cost',
      'wall ms',
    ],
    ...run.personas.map((persona) => {
      const checks = persona.graders.filter(
        (result) => result.grader !== 'judge' && result.status !== 'skipped',
      );
      const judge = persona.graders.find((result) => result.grader === 'judge');
      return [
        persona.id,
        persona.voice,
        String(persona.turns),
        persona.lastPhase,
        persona.stoppedBecause,
        `${checks.filter((result) => result.status === 'pass').length}/${checks.length}`,
        checks
          .filter((result) => result.status === 'fail')
          .map((result) => result.grader)
          .join(',') || '-',
        judge?.status === 'skipped' ? 'skipped' : `${judge?.status ?? '?'} ${judge?.score ?? ''}`.trim(),
        `${persona.usage.inputTokens}/${persona.usage.outputTokens}`,
        money(persona.usage.costUsd),
        String(persona.wallMs),
      ];
    }),
  ];
  const { totals } = run;
  return `${pad(rows)}\n\n${run.label}: ${run.personas.length} personas, ${totals.turns} turns, ${totals.calls} model calls, ${totals.inputTokens}/${totals.outputTokens} tokens, ${money(totals.costUsd)}`;
};

export const comparisonTable = (comparison: Comparison): string => {
  const rows = [
    ['grader', `passes ${comparison.baseline}`, `passes ${comparison.candidate}`, 'Δ', 'mean score'],
    ...comparison.graders.map((entry) => [
      entry.grader,
      String(entry.baselinePass),
      String(entry.candidatePass),
      entry.delta > 0 ? `+${entry.delta}` : String(entry.delta),
      entry.baselineScore === null && entry.candidateScore === null
        ? ''
        : `${entry.baselineScore ?? '–'} → ${entry.candidateScore ?? '–'}`,
    ]),
  ];
  const changes = comparison.personas.flatMap((persona) =>
    persona.graders
      .filter((entry) => entry.changed)
      .map((entry) => `  ${persona.id}: ${entry.grader} ${entry.baseline} → ${entry.candidate}`),
  );
  return [
    pad(rows),
    '',
    changes.length > 0 ? `Changed:\n${changes.join('\n')}` : 'No grader changed for any persona.',
    `Verdict: ${comparison.verdict.replace('_', ' ')}`,
  ].join('\n');
};
