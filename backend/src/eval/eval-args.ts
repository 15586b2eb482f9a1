import { isAbsolute, join, resolve } from 'node:path';
import type { EvalProvider } from 'src/eval/eval-app';

export interface EvalArgs {
  personasDir: string;
  provider: EvalProvider;
  model?: string;
  prompts?: string;
  compare?: string;
  concurrency: number;
  /** Persona ids to run (all when empty). */
  only: string[];
  /** Where the JSON report goes; eval/results/<timestamp>.json by default. */
  out: string;
  keepDatabase: boolean;
  /** A server to POST the report to (`/api/v1/admin/evals`, key in EVAL_API_KEY). */
  postTo?: string;
}

export class EvalArgsError extends Error {}

export const USAGE = `npm run eval -- --personas <dir> --provider <demo|openai> [--model m]
  [--prompts versions.json] [--compare versions.json] [--concurrency n] [--only id,id]
  [--out report.json] [--keep-db] [--post-to https://server (EVAL_API_KEY=key with eval:run)]`;

const MAX_CONCURRENCY = 16;

/**
 * Parses the CLI's arguments. Paths are taken relative to `cwd` (npm runs a root script at the
 * repository root; INIT_CWD is where the developer typed the command).
 */
export const parseEvalArgs = (
  argv: readonly string[],
  cwd: string,
  repoRoot: string,
  now = new Date(),
): EvalArgs => {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--keep-db') {
      flags.add(arg);
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (
      ![
        '--personas',
        '--provider',
        '--model',
        '--prompts',
        '--compare',
        '--concurrency',
        '--only',
        '--out',
        '--post-to',
      ].includes(name)
    ) {
      throw new EvalArgsError(`unknown argument ${arg}`);
    }
    const value = inline ?? argv[++index];
    if (value === undefined || value.startsWith('--')) {
      throw new EvalArgsError(`${name} needs a value`);
    }
    values.set(name, value);
  }
  const path = (value: string): string => (isAbsolute(value) ? value : resolve(cwd, value));
  const provider = values.get('--provider') ?? 'demo';
  if (provider !== 'demo' && provider !== 'openai') {
    throw new EvalArgsError('--provider must be demo or openai');
  }
  const concurrency = Number(values.get('--concurrency') ?? '2');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new EvalArgsError(`--concurrency must be an integer from 1 to ${MAX_CONCURRENCY}`);
  }
  const postTo = values.get('--post-to');
  if (postTo !== undefined && !/^https?:\/\/[^\s/]+/.test(postTo)) {
    throw new EvalArgsError('--post-to must be the server address, e.g. https://coach.example.com');
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const prompts = values.get('--prompts');
  const compare = values.get('--compare');
  return {
    personasDir: path(values.get('--personas') ?? join(repoRoot, 'eval', 'personas')),
    provider,
    model: values.get('--model'),
    prompts: prompts ? path(prompts) : undefined,
    compare: compare ? path(compare) : undefined,
    concurrency,
    only: (values.get('--only') ?? '').split(',').filter(Boolean),
    out: path(values.get('--out') ?? join(repoRoot, 'eval', 'results', `${stamp}.json`)),
    keepDatabase: flags.has('--keep-db'),
    postTo,
  };
};
