/** Jest over the pure domain tests only (src/domain): what `npm run mutation` runs for each mutant. */
const base = require('./jest.config.js');

module.exports = { ...base, roots: ['<rootDir>/src/domain'] };
