import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const isWorkspaceRoot = (dir: string): boolean => {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) {
    return false;
  }
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
  return Array.isArray(parsed.workspaces);
};

// The backend runs from src/ (tests), dist/ (npm start) or a container; all of them
// resolve the monorepo root by walking up to the package.json that declares workspaces.
export const findRepoRoot = (start: string = __dirname): string => {
  let dir = resolve(start);
  for (;;) {
    if (isWorkspaceRoot(dir)) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      return process.cwd();
    }
    dir = parent;
  }
};

export const defaultDataDir = (): string => join(findRepoRoot(), '.data');
