import type { EvalPinnedVersionDto, EvalReportDto, EvalRunReportDto } from 'src/evals/dto/eval-report.dto';
import type { EvalRunPromptVersions, EvalRunSummary } from 'src/evals/eval-run.entity';

/** A prompt version here that a pinned version may stand for: same key and same body hash. */
export interface VersionCandidate {
  id: string;
  key: string;
  version: number;
  bodyHash: string;
}

const TOTALS = ['turns', 'calls', 'inputTokens', 'outputTokens', 'costUsd', 'wallMs'] as const;

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Per run: how many personas passed (finished, no grader failed) and the run's totals. */
export const summarize = (report: EvalReportDto): EvalRunSummary[] =>
  report.runs.map((run: EvalRunReportDto) => {
    const personas = run.personas.map((persona) => {
      const graderFailures = persona.graders.filter((result) => result.status === 'fail').length;
      return {
        id: persona.id,
        passed: graderFailures === 0 && !persona.error,
        graderPasses: persona.graders.filter((result) => result.status === 'pass').length,
        graderFailures,
      };
    });
    return {
      label: run.label,
      personasPassed: personas.filter((persona) => persona.passed).length,
      personasTotal: personas.length,
      personas,
      totals: Object.fromEntries(TOTALS.map((name) => [name, numberOrNull(run.totals[name])])),
    };
  });

// The eval runs on a database of its own, so its version ids mean nothing here; the text does.
// A pinned version stands for the version here with the same key and body hash (the same
// version number first, then the newest, when staff saved the same text twice).
const resolvePin = (pin: EvalPinnedVersionDto, candidates: readonly VersionCandidate[]): string | null => {
  const matching = candidates
    .filter((candidate) => candidate.key === pin.key && candidate.bodyHash === pin.bodyHash)
    .sort(
      (a, b) =>
        Number(b.version === pin.version) - Number(a.version === pin.version) || b.version - a.version,
    );
  return matching[0]?.id ?? null;
};

export const resolvePromptVersions = (
  report: EvalReportDto,
  candidates: readonly VersionCandidate[],
): EvalRunPromptVersions[] =>
  report.runs.map((run) => ({
    label: run.label,
    versions: Object.fromEntries(run.pinned.map((pin) => [pin.key, resolvePin(pin, candidates)])),
  }));
