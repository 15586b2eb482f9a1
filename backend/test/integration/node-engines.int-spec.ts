import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { findRepoRoot } from 'src/config/paths';

// The README documents the Node versions `npm install` runs on without an EBADENGINE warning:
// the root `engines` range. Every installed package's own range must accept its lowest versions.
interface LockFile {
  packages: Record<
    string,
    { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }
  >;
}

// Platforms we run on. An optional platform build for none of them (sharp's 32-bit Windows
// binary, which wants Node 20 only) is never installed on ours, so its range does not count.
const PLATFORMS = ['linux', 'darwin', 'win32'].flatMap((os) => ['x64', 'arm64'].map((cpu) => ({ os, cpu })));
const installable = (entry: LockFile['packages'][string]): boolean =>
  !entry.optional ||
  PLATFORMS.some(
    ({ os, cpu }) => (!entry.os || entry.os.includes(os)) && (!entry.cpu || entry.cpu.includes(cpu)),
  );

const root = findRepoRoot();
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;

describe('documented Node versions', () => {
  it('should be accepted by the engines of every package in the lock file', () => {
    const documented = readJson<{ engines: { node: string } }>('package.json').engines.node;
    // The lowest version of each alternative of the documented range (">=24.15.0" → 24.15.0).
    const lowest = documented.split('||').map((part) => semver.minVersion(part.trim())?.version ?? '');
    expect(lowest.length).toBeGreaterThan(0);
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(readJson<LockFile>('package-lock.json').packages)) {
      if (!installable(entry)) {
        continue;
      }
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      for (const version of lowest) {
        if (range && !semver.satisfies(version, range)) {
          refused.push(`${path.replace(/.*node_modules\//, '')} wants ${range}, not ${version}`);
        }
      }
    }
    expect(refused).toEqual([]);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('22.22.3+ or 24.15+');
  });
});
