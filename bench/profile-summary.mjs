#!/usr/bin/env node
// Where a .cpuprofile's time went: self time per function (top 25) and per area (our modules by
// folder, node_modules by package, Node internals, garbage collection, idle).
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N] [--last S]
// (--last: only the samples of the profile's last S seconds, e.g. a load phase that ends it)
import { readFileSync } from 'node:fs';

const option = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : null;
};
const [file] = process.argv
  .slice(2)
  .filter((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--'));
const top = option('--top') ?? 25;
const lastSeconds = option('--last');
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N] [--last S]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map();
const from = lastSeconds === null ? -Infinity : profile.endTime - lastSeconds * 1e6;
let at = profile.startTime;
for (let index = 0; index < profile.samples.length; index += 1) {
  at += profile.timeDeltas[index] ?? 0;
  if (at < from) {
    continue;
  }
  const id = profile.samples[index];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
}
const total = [...selfUs.values()].reduce((sum, value) => sum + value, 0);

const area = ({ callFrame: { url, functionName } }) => {
  if (!url) {
    return functionName.startsWith('(') ? functionName : '(native)';
  }
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return `pkg:${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const source = /\/(src|test)\/(.+)$/.exec(url);
  if (source) {
    const parts = source[2].split('/');
    return `${source[1]}/${parts.length > 1 ? parts[0] : parts[0]}`;
  }
  return url.startsWith('node:') ? `node:${url.slice(5).split('/')[0]}` : url;
};

const byFunction = new Map();
const byArea = new Map();
for (const [id, us] of selfUs) {
  const node = nodes.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const name = area(node);
  byArea.set(name, (byArea.get(name) ?? 0) + us);
}
const print = (title, map, count) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    );
  }
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('By area (self time)', byArea, 30);
print('By function (self time)', byFunction, top);
