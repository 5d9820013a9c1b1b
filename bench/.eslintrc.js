// The repository's lint settings, except the ban on reading the wall clock: that ban is for tests
// (the factory treats every file outside src/ as one), while a benchmark stamps its runs with the
// date and its fixtures follow the backend, which reads the real clock.
const {
  restrictedTestSyntax: _wallClock,
  ...shared
} = require('../eslint.shared.js');

module.exports = require('@backstage/cli/config/eslint-factory')(
  __dirname,
  shared,
);
