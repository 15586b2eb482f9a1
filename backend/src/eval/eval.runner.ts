import { DataSource } from 'typeorm';
import { LlmService } from 'src/ai/llm.service';
import { ScriptedVoice, SimulatedVoice } from 'src/eval/client-voice';
import { startEvalApp, type EvalProvider } from 'src/eval/eval-app';
import { EvalClient } from 'src/eval/eval-client';
import {
  compareRuns,
  type EvalReport,
  REPORT_VERSION,
  type RunReport,
  toPersonaReport,
  toRunReport,
} from 'src/eval/eval-report';
import type { GraderResult } from 'src/eval/graders/grader.types';
import { INVARIANTS } from 'src/eval/graders/invariants';
import { judgeRun, judgeSkipped } from 'src/eval/graders/judge';
import { usageFor } from 'src/eval/graders/usage';
import type { Persona } from 'src/eval/persona';
import { runPersona } from 'src/eval/persona-runner';
import { applyPromptSet, type PromptSet } from 'src/eval/prompt-pins';

export interface EvalRunOptions {
  personas: Persona[];
  personasDir: string;
  provider: EvalProvider;
  model?: string;
  /** The baseline set; `compare` runs the same personas again with a second set. */
  prompts: PromptSet;
  compare?: PromptSet;
  concurrency: number;
  serverUrl?: string;
  keepDatabase?: boolean;
  /** Progress: a one-line status after every turn; `personaDone` when a persona finished. */
  progress?: (line: string, personaDone: boolean) => void;
}

export const JUDGE_SKIPPED = 'skipped: the demo provider has no model to judge with';

/** Runs `tasks` with at most `limit` in flight, keeping their order in the result. */
const pool = async <T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
};

/** One prompt set: a fresh app and database, every persona, then the graders. */
const runSet = async (options: EvalRunOptions, set: PromptSet): Promise<RunReport> => {
  const evalApp = await startEvalApp({
    provider: options.provider,
    model: options.model,
    serverUrl: options.serverUrl,
    keepDatabase: options.keepDatabase,
    label: set.label,
  });
  try {
    const { app } = evalApp;
    const pinned = await applyPromptSet(app, set);
    const llm = app.get(LlmService);
    const dataSource = app.get(DataSource);
    const useModel = options.provider !== 'demo';
    let turns = 0;
    let done = 0;
    const report = (personaDone: boolean) =>
      options.progress?.(
        `[${set.label}] ${done}/${options.personas.length} personas · ${turns} turns`,
        personaDone,
      );

    const runs = await pool(options.personas, options.concurrency, async (persona) => {
      const client = await EvalClient.create(app, persona.firstName, persona.id);
      const simulated =
        persona.kind === 'simulated' && useModel
          ? new SimulatedVoice(persona, new ScriptedVoice(persona), llm, options.model)
          : null;
      const run = await runPersona({
        client,
        persona,
        simulated,
        onTurn: () => {
          turns += 1;
          report(false);
        },
      });
      done += 1;
      report(true);
      return { persona, client, run };
    });

    // Memory is written by the debounced sentinel after the turns: grade it once it settled.
    await evalApp.drainBackgroundWork();
    const personas = await pool(runs, options.concurrency, async ({ persona, client, run }) => {
      run.final.notes = await client.notes();
      const usage = await usageFor(dataSource, client.userId);
      const graded = { persona, run, usage };
      const graders: GraderResult[] = INVARIANTS.map((grader) => grader(graded));
      graders.push(useModel ? await judgeRun(llm, options.model, graded) : judgeSkipped(JUDGE_SKIPPED));
      return toPersonaReport(persona, run, graders, usage);
    });
    return toRunReport(set.label, pinned, personas);
  } finally {
    await evalApp.close();
  }
};

/** The whole evaluation: the baseline set, the compared set if any, and the report. */
export const runEvaluation = async (options: EvalRunOptions): Promise<EvalReport> => {
  const startedAt = new Date().toISOString();
  const baseline = await runSet(options, options.prompts);
  const candidate = options.compare ? await runSet(options, options.compare) : null;
  return {
    version: REPORT_VERSION,
    startedAt,
    finishedAt: new Date().toISOString(),
    provider: options.provider,
    model: options.model ?? null,
    personasDir: options.personasDir,
    judge: options.provider === 'demo' ? JUDGE_SKIPPED : 'on',
    runs: candidate ? [baseline, candidate] : [baseline],
    comparison: candidate ? compareRuns(baseline, candidate) : null,
  };
};
