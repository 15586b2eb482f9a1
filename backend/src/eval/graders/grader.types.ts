import type { Persona } from 'src/eval/persona';
import type { PersonaRun } from 'src/eval/transcript';

/** One grader's verdict on one persona's run. */
export interface GraderResult {
  grader: string;
  /** `skipped` says why in `details` (e.g. the judge with the demo provider). */
  status: 'pass' | 'fail' | 'skipped';
  /** 0–1 for rubric graders (mean of the criteria, 1–5 scaled); null for yes/no checks. */
  score: number | null;
  details: string[];
}

/** Model calls made for one persona's client, from its llm_calls rows. */
export interface UsageFigures {
  calls: number;
  /** Calls that ended in a schema or JSON failure (malformed_json, schema_violation, truncated). */
  schemaFailures: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  /** null when a model has no price. */
  costUsd: number | null;
  latencyMsTotal: number;
  latencyMsP50: number | null;
  latencyMsP95: number | null;
  byPurpose: Record<string, number>;
}

/** What a deterministic grader sees. */
export interface GradedRun {
  persona: Persona;
  run: PersonaRun;
  usage: UsageFigures;
}

export type Grader = (input: GradedRun) => GraderResult;

export const verdict = (grader: string, problems: string[], passNote?: string): GraderResult => ({
  grader,
  status: problems.length === 0 ? 'pass' : 'fail',
  score: null,
  details: problems.length === 0 && passNote ? [passNote] : problems,
});
