// Swaps package.json for the published manifest around `npm pack` / `npm publish`.
//
// In the monorepo the package points at its TypeScript sources (web, admin, frontend-api and the
// backend's tests import `./src/index.ts` directly, with no build step). The tarball must point at
// the compiled `dist/` instead. npm has no way to override `exports` at publish time, so
// `prepack` writes the published manifest (keeping the workspace one aside) and `postpack`
// puts the workspace one back.
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const WORKSPACE_COPY = '.package.workspace.json';

const restore = () => {
  if (existsSync(WORKSPACE_COPY)) {
    renameSync(WORKSPACE_COPY, MANIFEST);
  }
};

const command = process.argv[2];
if (command === 'prepack') {
  // A pack that failed half-way left the published manifest in place: start from the real one.
  restore();
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  copyFileSync(MANIFEST, WORKSPACE_COPY);
  const published = {
    ...manifest,
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      './openapi.json': './openapi.json',
    },
  };
  delete published.devDependencies;
  delete published.scripts;
  writeFileSync(MANIFEST, `${JSON.stringify(published, null, 2)}\n`);
} else if (command === 'postpack') {
  restore();
} else {
  throw new Error(`usage: node scripts/pack-manifest.mjs prepack|postpack (got ${command ?? 'nothing'})`);
}
