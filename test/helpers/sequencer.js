/**
 * The order jest hands test files to its workers. Jest runs the files that took longest last time first; without
 * that record (a fresh clone, as in CI) it guesses from file size, which put the dev server's and LibreOffice's small
 * but slow files at the end, one worker running them while the other sat idle. The slow project goes first.
 */
const Sequencer = require("@jest/test-sequencer").default;

class SlowProjectFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const slow = (test) => test.context.config.displayName?.name === "slow";
    return [...sorted.filter(slow), ...sorted.filter((test) => !slow(test))];
  }
}

module.exports = SlowProjectFirst;
