// Lint: typescript-eslint's recommended rules, no import cycles, imports that point down the
// tree (utils/ never imports components/ or entrypoints/), and WXT's auto-imported
// globals (defineBackground, defineContentScript, …) known to the checker.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import autoImports from './.wxt/eslint-auto-imports.mjs';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  importX.flatConfigs.typescript,
  {
    files: ['**/*.{ts,tsx}'],
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-undef': 'off',
    },
  },
  {
    // Arrows point down: utils/ is plain TypeScript that entrypoints and components use, never the reverse.
    files: ['utils/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/**', '@/entrypoints/**', '**/components/**', '**/entrypoints/**'],
              message: 'utils/ must not import from components/ or entrypoints/: move what both need into utils/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/entrypoints/**', '**/entrypoints/**'],
              message: 'components/ must not import from entrypoints/: move what both need into utils/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks reach into browser globals inside evaluated functions.
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
