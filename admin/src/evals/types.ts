import type { RaRecord } from 'react-admin';

// `GET /api/v1/admin/evals` (AdminEvalRunDto). Written out here until the generated client has it.
export interface EvalRunSummary {
  label: string;
  personasPassed: number;
  personasTotal: number;
  personas: { id: string; passed: boolean; graderPasses: number; graderFailures: number }[];
  totals: Record<string, number | null>;
}

export interface EvalRun extends RaRecord<string> {
  createdAt: string;
  createdBy: string;
  createdVia: 'user' | 'api_key';
  provider: string;
  model: string | null;
  promptVersions: { label: string; versions: Record<string, string | null> }[];
  summary: EvalRunSummary[];
}

/** The run the report judges: the candidate when it compared two, else the only one. */
export const headline = (run: EvalRun): EvalRunSummary | undefined => run.summary[run.summary.length - 1];

/** "11/12" for the candidate run, "12/12 → 11/12" when the report compared two. */
export const passedText = (run: EvalRun): string =>
  run.summary.map((summary) => `${summary.personasPassed}/${summary.personasTotal}`).join(' → ');

/** How many prompt keys of the last run matched a version on this server. */
export const matchedVersions = (run: EvalRun): string => {
  const versions = Object.values(run.promptVersions[run.promptVersions.length - 1]?.versions ?? {});
  return `${versions.filter((id) => id !== null).length}/${versions.length}`;
};

/** The page title's part: when the report was stored. */
export const evalRepresentation = (run: EvalRun): string => new Date(run.createdAt).toLocaleString();
