// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The module graph reads top to bottom (docs/architecture.md, "Layers"):
//   app.module.ts / worker.ts / openapi/  →  coach-turns/, demo-coach/  →  features
//   →  curriculum/ and common/, config/, database/, queue/.
// Imports are absolute (`src/<module>/…`), so a layer rule is a regex on the import path.
// A later `no-restricted-imports` entry replaces an earlier one for the same file rather than
// adding to it, so every entry repeats the relative-import ban and the top-layer ban.
const ABSOLUTE_ONLY = {
  group: ['../*', './*'],
  message: 'Use absolute imports (src/... or test/...).',
};
/** Bans imports from the listed `src/` modules. */
const notFrom = (modules, message) => ({ regex: `^src/(${modules.join('|')})(/|$)`, message });
/** Bans imports from every `src/` path outside the listed modules. */
const onlyFrom = (modules, message) => ({ regex: `^src/(?!(${modules.join('|')})/)`, message });
const TOP_LAYER = notFrom(
  ['coach-turns', 'demo-coach', 'admin-coaching', 'studio'],
  'coach-turns/, demo-coach/, admin-coaching/ and studio/ sit above the features: only app.module.ts, worker.ts, the entity list and openapi/ import them.',
);
const restrictImports = (files, patterns, ignores) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns: [ABSOLUTE_ONLY, ...patterns] }] },
});
const layerRules = [
  restrictImports(
    ['src/**/*.ts'],
    [TOP_LAYER],
    [
      'src/app.module.ts',
      'src/worker.ts',
      // The data source's entity list is a composition root too: it names every table,
      // the studio's included (the only top-layer module with tables of its own).
      'src/database/entities.ts',
      'src/openapi/**',
      'src/coach-turns/**',
      'src/demo-coach/**',
      'src/admin-coaching/**',
      'src/studio/**',
    ],
  ),
  // The back office's coaching views read the features through their exported services; the
  // turn pipeline is not theirs to call (a stuck turn is failed through the coaching core).
  restrictImports(
    ['src/admin-coaching/**/*.ts'],
    [notFrom(['coach-turns', 'demo-coach', 'studio'], TOP_LAYER.message)],
  ),
  restrictImports(['src/coach-turns/**/*.ts'], [notFrom(['demo-coach', 'studio'], TOP_LAYER.message)]),
  // The studio sits beside the turn pipeline and shares its event bus and SSE response.
  restrictImports(['src/studio/**/*.ts'], [notFrom(['demo-coach', 'admin-coaching'], TOP_LAYER.message)]),
  restrictImports(['src/demo-coach/**/*.ts'], [notFrom(['coach-turns'], TOP_LAYER.message)]),
  restrictImports(
    ['src/curriculum/**/*.ts'],
    [onlyFrom(['curriculum'], 'curriculum/ is the bottom layer: it imports only curriculum/.')],
  ),
  restrictImports(
    ['src/common/**/*.ts'],
    [onlyFrom(['common', 'config'], 'common/ sits below the features: it imports only common/ and config/.')],
  ),
  restrictImports(
    ['src/ai/**/*.ts'],
    [
      notFrom(
        ['coaching', 'curriculum', 'prompts', 'demo-coach', 'sentinel', 'safety', 'notes', 'coach-turns'],
        'ai/ is generic: coaching vocabulary and the offline demo coach plug into it, not the reverse.',
      ),
    ],
  ),
  restrictImports(
    ['src/notes/**/*.ts'],
    [
      notFrom(['coaching', 'sentinel'], 'notes/ is the store that coaching/ and sentinel/ read and write.'),
      TOP_LAYER,
    ],
  ),
  restrictImports(
    ['src/coaching/**/*.ts'],
    [
      notFrom(
        ['sentinel', 'safety'],
        'coaching/ is the domain core: sentinel/ and safety/ build on it, coach-turns/ wires them together.',
      ),
      TOP_LAYER,
    ],
  ),
];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...(globals.vitest ?? {}) },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Nest injects by constructor parameter type, so these "type-only" imports are values.
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', './*'], message: 'Use absolute imports (src/... or test/...).' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: 'CallExpression[callee.name=/^(it|test)$/] > Literal:first-child[value!=/^should /]',
          message: 'Test titles read "should … when …".',
        },
      ],
    },
  },
  ...layerRules,
  {
    // Files whose default export or relative imports a tool requires.
    files: ['vitest.config.mts', 'test/setup/**/*.ts', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  { files: ['eslint.config.mjs'], ...tseslint.configs.disableTypeChecked },
);
