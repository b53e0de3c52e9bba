import os from 'node:os'

/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/actions', '<rootDir>/packages', '<rootDir>/tests'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testTimeout: 60_000,
  // One worker per core, and at least two: integration tests spend much of their time waiting on git, registries,
  // builders and ISO tools, so even a 2-core machine keeps two busy.
  maxWorkers: Math.max(2, os.availableParallelism()),
}
