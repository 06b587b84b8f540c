/** Jest runs the pure, use-case, emulator and end-to-end suites; TypeScript through ts-jest. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/emulator', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
  testTimeout: 60000,
  // Slowest files first, also on a clean clone with no timing cache (test/sequencer.js).
  testSequencer: '<rootDir>/test/sequencer.js',
};
