// Lint settings for bench/ and e2e/: the repository's, except the ban on reading the wall clock. That
// ban is for tests (the factory treats every file outside src/ as one), while a benchmark stamps its
// runs with the date and the browser tests drive the real portal, whose example is dated as of today.
const {
  restrictedTestSyntax: _wallClock,
  ...shared
} = require('./eslint.shared.js');

module.exports = dir =>
  require('@backstage/cli/config/eslint-factory')(dir, shared);
