// Type-aware lint for the whole workspace. The layer matrix below keeps dependencies pointing
// one way (DEVELOPERS.md): pure domain packages (model, stix) import no Node I/O and no other
// layer; store imports only the pure packages; app (the use cases) imports the domain and the
// store, never an edge; report and server not the CLI; the dashboard (web) no Node I/O and only
// types from store, server and report; nothing imports the CLI.
import tseslint from 'typescript-eslint';
import coopsec from './scripts/eslint/no-deep-imports.mjs';

const nodeIo = ['node:*', 'fs', 'path', 'os', 'child_process', 'net', 'http', 'https'].map(
  (name) => ({ group: [name], message: 'Pure packages must not do I/O (DEVELOPERS.md layering).' }),
);
const upperLayers = (...names) =>
  names.map((n) => ({
    group: [`@coopsec/${n}`, `@coopsec/${n}/*`],
    message: `Bad layering: this package may not import @coopsec/${n}.`,
  }));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/stix/src/pattern/generated/**',
      'test-artifacts/**',
      'bench/out/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { coopsec },
    rules: { 'coopsec/no-deep-imports': ['error', { root: import.meta.dirname }] },
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // node:test's describe/it/test return promises the runner itself tracks.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: [
                'describe',
                'it',
                'test',
                'suite',
                'before',
                'after',
                'beforeEach',
                'afterEach',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'max-params': ['error', 4],
    },
  },
  {
    files: [
      'packages/model/src/**/*.ts',
      'packages/stix/src/**/*.ts',
      'packages/match/src/**/*.ts',
      'packages/misp/src/**/*.ts',
      'packages/incident/src/**/*.ts',
      'packages/advisory/src/**/*.ts',
      'packages/i18n/src/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeIo, ...upperLayers('store', 'app', 'server', 'report', 'cli', 'web')] },
      ],
    },
  },
  {
    files: ['packages/store/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: upperLayers('app', 'server', 'report', 'cli', 'web') },
      ],
    },
  },
  {
    files: ['packages/app/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: upperLayers('server', 'report', 'cli', 'web') },
      ],
    },
  },
  {
    files: ['packages/report/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: upperLayers('server', 'cli', 'web') }],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: upperLayers('cli') }] },
  },
  {
    // The dashboard runs in the browser: no Node I/O, and only types from the server side.
    files: ['packages/web/src/**/*.ts', 'packages/web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeIo,
            ...upperLayers('store', 'app', 'server', 'report', 'cli').map((p) => ({
              ...p,
              allowTypeImports: true,
            })),
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
