// Type-aware lint for the whole workspace. The layer matrix below keeps dependencies pointing
// one way (DEVELOPERS.md): pure domain packages (model, stix) import no Node I/O and no other
// layer; store imports only the pure packages; nothing imports the CLI.
import tseslint from 'typescript-eslint';

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
      'packages/web/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
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
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeIo, ...upperLayers('store', 'server', 'report', 'cli', 'web')] },
      ],
    },
  },
  {
    files: ['packages/store/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: upperLayers('server', 'report', 'cli', 'web') },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
