#!/usr/bin/env node
// `npm run dev`: the API with watch mode plus Vite dev servers for web (5173) and admin (5174),
// which proxy /api to the API. Ctrl+C stops all three.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const processes = [
  { name: 'api', args: ['run', 'dev', '-w', 'backend'], env: { SERVE_STATIC: 'false' } },
  { name: 'web', args: ['run', 'dev', '-w', 'web', '--', '--port', '5173'] },
  { name: 'admin', args: ['run', 'dev', '-w', 'admin', '--', '--port', '5174'] },
];

const children = processes.map(({ name, args, env }) => {
  const child = spawn('npm', args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}]`.padEnd(8);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        process.stdout.write(`${prefix}${line}\n`);
      }
    });
  }
  child.on('exit', (code) => process.stdout.write(`${prefix}exited with ${code}\n`));
  return child;
});

const stop = () => {
  for (const child of children) {
    child.kill('SIGTERM');
  }
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
