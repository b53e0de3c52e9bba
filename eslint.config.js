import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'out/**',
      'coverage/**',
      '**/__tests__/fixtures/**',
      'workflows-examples/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Actions reach the runner through action-kit (runAction, RunnerContext, workflowCommands): @actions/core would
      // load its OIDC client and HTTP stack into every bundle.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              message: 'Use @slipway/action-kit (runAction, RunnerContext, workflowCommands) instead of @actions/core.',
            },
          ],
        },
      ],
    },
  },
  {
    // The runner is read once, by action-kit, into a RunnerContext (and inputs by each action's inputs.ts): nothing
    // else in an action or a shared package reads process.env. The exceptions are not run by a runner: the CLI is
    // the runner (it builds each step's environment from its own), test-support and the GitHub fake are test code.
    files: ['actions/*/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: [
      'actions/*/src/inputs.ts',
      'packages/action-kit/src/**',
      'packages/cli/src/**',
      'packages/test-support/src/**',
      'packages/github-fake/src/**',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read the runner through the RunnerContext (ctx.env, ctx.workspace, ...); inputs in inputs.ts.',
        },
      ],
    },
  },
  {
    files: ['packages/action-kit/__tests__/workflow-commands.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/__tests__/**', 'tests/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // expect.any() and friends are typed any by @types/jest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
)
