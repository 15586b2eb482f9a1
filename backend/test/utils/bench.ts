import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

// Helpers for the `bench` Vitest project (backend/bench/*.bench.ts, run by `npm run bench`).

/** Epoch milliseconds with sub-millisecond precision; the fake OpenAI server stamps with the same clock. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Nearest-rank percentile of `values` (p in 0–100). */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
};

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export const distribution = (values: readonly number[]): Distribution => ({
  n: values.length,
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  p99: round(percentile(values, 99)),
  max: round(values.length ? Math.max(...values) : Number.NaN),
  mean: round(values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : Number.NaN),
});

/** Where `bench/run.mjs` collects the per-bench JSON files it merges into its results file. */
export const benchResultsDir = (): string =>
  process.env.BENCH_RESULTS_DIR ?? join(__dirname, '..', '..', 'bench', '.results');

export const writeBenchResult = (name: string, result: unknown): void => {
  const dir = benchResultsDir();
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(dir, `${name}.json`), json);
  process.stdout.write(`\n[bench] ${name}\n${json}`);
};

export interface SseEvent {
  id: number;
  type: string;
  data: unknown;
  /** epochNow() when the chunk carrying the event was read. */
  at: number;
}

const parseBlock = (block: string, at: number): SseEvent | null => {
  const field = (name: string): string | undefined =>
    block
      .split('\n')
      .find((line) => line.startsWith(`${name}: `))
      ?.slice(name.length + 2);
  const type = field('event');
  if (!type) {
    return null;
  }
  return { id: Number(field('id')), type, data: JSON.parse(field('data') ?? 'null') as unknown, at };
};

/**
 * Reads an SSE response to its end, stamping each event with its arrival time. Stops early (and
 * cancels the body) once `until` matches an event, so a benchmark never waits for heartbeats.
 */
export const readSse = async (
  response: Response,
  until: (event: SseEvent) => boolean = (event) => event.type === 'done' || event.type === 'error',
): Promise<SseEvent[]> => {
  const events: SseEvent[] = [];
  const reader = response.body?.getReader();
  if (!reader) {
    return events;
  }
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const chunk = await reader.read();
    const at = epochNow();
    if (chunk.done) {
      break;
    }
    buffer += decoder.decode(chunk.value, { stream: true });
    const end = buffer.lastIndexOf('\n\n');
    if (end < 0) {
      continue;
    }
    for (const block of buffer.slice(0, end).split('\n\n')) {
      const event = parseBlock(block, at);
      if (event) {
        events.push(event);
        if (until(event)) {
          await reader.cancel();
          return events;
        }
      }
    }
    buffer = buffer.slice(end + 2);
  }
  return events;
};

/**
 * Runs `work` under V8's sampling CPU profiler when `BENCH_CPU_PROF` names a folder, and
 * writes `<name>.cpuprofile` there (Chrome DevTools or speedscope open it;
 * `node bench/profile-summary.mjs <file>` prints where the time went). Without the variable it
 * only runs `work`. In-process because Vitest's workers ignore `--cpu-prof`.
 */
export const withCpuProfile = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const folder = process.env.BENCH_CPU_PROF;
  if (!folder) {
    return work();
  }
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
  }
};
