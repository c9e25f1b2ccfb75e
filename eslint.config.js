import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist', 'dist-e2e', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  pluginQuery.configs['flat/recommended'],
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['e2e/**'],
    extends: [playwright.configs['flat/recommended']],
    // Playwright fixtures call `use`, which is not React's.
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Tests break valid data into invalid shapes on purpose.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
