/**
 * Jest's order of test files, slowest first, so that on a clean clone (no timing cache: Jest would then
 * start the largest files first, and the fault-injection sweep, a small file that runs for minutes, last)
 * the two workers finish together and CI stays well under its ten minutes.
 */
const Sequencer = require('@jest/test-sequencer').default;

/** Files known to run longest, longest first; the rest follow in Jest's own order. */
const SLOW_FIRST = ['fault-injection.test.ts', 'pipeline-idempotence.test.ts', 'start.test.ts', 'approve-packing-list-outbox.test.ts', 'scale-budget.test.ts', 'typecheck-guard.test.ts'];

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const at = SLOW_FIRST.findIndex((name) => test.path.endsWith(name));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    const ordered = super.sort(tests);
    return [...(Array.isArray(ordered) ? ordered : [])].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
