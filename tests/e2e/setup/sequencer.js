// The flows share one site and one database, so they run in a fixed order: alphabetical
// by file name. Jest's default order (slowest or last failed first) changes between runs.
module.exports = class AlphabeticalSequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
  cacheResults() {}
  allFailedTests(tests) {
    return tests;
  }
};
