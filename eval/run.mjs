#!/usr/bin/env node
// `npm run eval -- ...`: builds the backend if its sources are newer than its build, then runs
// the evaluation CLI (backend/src/eval/eval.cli.ts) from the build in this very process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'backend', 'dist', 'eval', 'eval.cli.js');

const newestMtime = (path) => {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
      newest = Math.max(newest, newestMtime(join(path, entry.name)));
    }
  }
  return newest;
};

const built = newestMtime(cli);
const sources = Math.max(
  ...['backend/src', 'backend/tsconfig.json', 'nest-cli.json'].map((p) => newestMtime(join(root, p))),
);
if (built === 0 || built < sources) {
  process.stderr.write(`Building backend (${built ? 'sources changed' : 'first run'})…\n`);
  const result = spawnSync('npm', ['run', 'build', '-w', 'backend'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

const { main } = createRequire(import.meta.url)(cli);
process.exitCode = await main(process.argv.slice(2));
process.exit();
