/** Jest runs the pure, use-case, emulator and end-to-end suites; TypeScript through ts-jest. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/emulator', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
  testTimeout: 60000,
  // Every core: Jest's default leaves one for itself, which on CI's two cores ran every file one after another.
  maxWorkers: '100%',
  // Slowest files first, also on a clean clone with no timing cache (test/sequencer.js).
  testSequencer: '<rootDir>/test/sequencer.js',
};
