#!/usr/bin/env node
// `npm run db:backup` / `npm run db:restore`: runs the backend's backup command
// (backend/src/database/backup/backup.cli.ts), building the backend first when its sources
// are newer than the build. See docs/operations.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'backend', 'dist', 'database', 'backup', 'backup.cli.js');

const newestSource = (dir) =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newestSource(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );

if (!existsSync(cli) || statSync(cli).mtimeMs < newestSource(join(root, 'backend', 'src'))) {
  process.stdout.write('Building backend…\n');
  const build = spawnSync('npm', ['run', 'build', '-w', 'backend'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
}

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
