import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { loadDotEnv } from 'src/bootstrap/runtime';
import { findRepoRoot } from 'src/config/paths';
import { EvalArgsError, parseEvalArgs, USAGE } from 'src/eval/eval-args';
import { comparisonTable, type EvalReport, summaryTable } from 'src/eval/eval-report';
import { reportHtml } from 'src/eval/eval-html';
import { EvalPostError, postReport } from 'src/eval/eval-post';
import { runEvaluation } from 'src/eval/eval.runner';
import { loadPersonas } from 'src/eval/persona';
import { loadPromptSet, SEEDED_SET } from 'src/eval/prompt-pins';

// `npm run eval`: runs personas through the real turn pipeline and writes a JSON report.
// Output goes to stdout/stderr directly: this is a command-line tool, not the server.

const write = (stream: NodeJS.WriteStream, text: string): void => {
  stream.write(text);
};

/** 0 when every grader passed (or was skipped) in every run; 1 otherwise. */
export const exitCodeFor = (report: EvalReport): number =>
  report.runs.some((run) => Object.values(run.graders).some((tally) => tally.fail > 0)) ? 1 : 0;

export const main = async (
  argv: readonly string[],
  cwd = process.env.INIT_CWD ?? process.cwd(),
): Promise<number> => {
  loadDotEnv();
  const repoRoot = findRepoRoot();
  let args;
  try {
    args = parseEvalArgs(argv, cwd, repoRoot);
  } catch (error) {
    if (error instanceof EvalArgsError) {
      write(process.stderr, `${error.message}\nUsage: ${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  // Checked before the run, not after minutes of it.
  const apiKey = process.env.EVAL_API_KEY;
  if (args.postTo && !apiKey) {
    write(process.stderr, '--post-to needs EVAL_API_KEY: an API key with the eval:run scope\n');
    return 2;
  }
  const personas = loadPersonas(args.personasDir, args.only);
  if (personas.length === 0) {
    write(process.stderr, `No personas in ${args.personasDir}\n`);
    return 2;
  }
  const prompts = args.prompts ? loadPromptSet(args.prompts) : SEEDED_SET;
  const compare = args.compare ? loadPromptSet(args.compare) : undefined;
  if (args.provider === 'demo') {
    const simulated = personas.filter((persona) => persona.kind === 'simulated').map((persona) => persona.id);
    write(
      process.stderr,
      `Demo provider: the LLM judge is skipped${simulated.length > 0 ? `, and simulated personas play their scripted lines (${simulated.join(', ')})` : ''}.\n`,
    );
  }
  const tty = process.stderr.isTTY;
  const report = await runEvaluation({
    personas,
    personasDir: relative(repoRoot, args.personasDir) || '.',
    provider: args.provider,
    model: args.model,
    prompts,
    compare,
    concurrency: args.concurrency,
    serverUrl: process.env.DATABASE_URL,
    keepDatabase: args.keepDatabase,
    // One line rewritten in place on a terminal; a line per persona in a log.
    progress: (line, personaDone) => {
      if (tty) {
        write(process.stderr, `\r${line}   `);
      } else if (personaDone) {
        write(process.stderr, `${line}\n`);
      }
    },
  });
  if (tty) {
    write(process.stderr, '\n');
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  const html = args.out.replace(/\.json$/, '') + '.html';
  writeFileSync(html, reportHtml(report));
  for (const run of report.runs) {
    write(process.stdout, `\n${summaryTable(run)}\n`);
  }
  if (report.comparison) {
    write(process.stdout, `\n${comparisonTable(report.comparison)}\n`);
  }
  write(process.stdout, `\nReport: ${relative(cwd, args.out)} and ${relative(cwd, html)}\n`);
  if (args.postTo && apiKey) {
    try {
      const id = await postReport(args.postTo, apiKey, report);
      write(process.stdout, `Stored on ${args.postTo} as evaluation ${id}\n`);
    } catch (error) {
      if (!(error instanceof EvalPostError || error instanceof TypeError)) {
        throw error;
      }
      // The report is on disk either way; a failed upload is its own exit code.
      write(process.stderr, `Could not store the report: ${error.message}\n`);
      return 3;
    }
  }
  return exitCodeFor(report);
};

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      write(
        process.stderr,
        `eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
