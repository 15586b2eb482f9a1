#!/usr/bin/env node
// `npm start`: build whatever is missing or stale, then run the API (or, with --worker,
// the queue worker) in this very process, so signals and exit codes behave as usual.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const worker = process.argv.includes('--worker');

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
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) {
      continue;
    }
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
};

const targets = [
  {
    workspace: 'backend',
    output: 'backend/dist/main.js',
    inputs: ['backend/src', 'backend/tsconfig.json', 'backend/tsconfig.build.json', 'nest-cli.json'],
  },
  ...(worker
    ? []
    : [
        {
          workspace: 'web',
          output: 'web/dist/index.html',
          inputs: [
            'web/src',
            'web/index.html',
            'web/vite.config.ts',
            'packages/api-client/src',
            'packages/frontend-api/src',
          ],
        },
        {
          workspace: 'admin',
          output: 'admin/dist/index.html',
          inputs: [
            'admin/src',
            'admin/index.html',
            'admin/vite.config.ts',
            'packages/api-client/src',
            'packages/frontend-api/src',
          ],
        },
      ]),
];

for (const target of targets) {
  const built = newestMtime(join(root, target.output));
  const source = Math.max(...target.inputs.map((input) => newestMtime(join(root, input))));
  if (built > 0 && built >= source) {
    continue;
  }
  process.stdout.write(`Building ${target.workspace} (${built ? 'sources changed' : 'first run'})…\n`);
  const result = spawnSync('npm', ['run', 'build', '-w', target.workspace], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(
      `Build of ${target.workspace} failed; fix the error above and run npm start again.\n`,
    );
    process.exit(result.status ?? 1);
  }
}

await import(join(root, 'backend', 'dist', worker ? 'worker.js' : 'main.js'));
