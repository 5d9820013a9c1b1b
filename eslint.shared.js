// Lint settings every package of this repository adds to Backstage's ESLint factory.
const WALL_CLOCK =
  'Tests never read the wall clock: use TEST_NOW / a fixed Date, inject a clock, or jest.useFakeTimers({ now }).';

module.exports = {
  restrictedTestSyntax: [
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: WALL_CLOCK,
    },
    {
      selector:
        "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: WALL_CLOCK,
    },
    { selector: "CallExpression[callee.name='Date']", message: WALL_CLOCK },
    {
      // Fake timers without `now` start at the real time.
      selector:
        "CallExpression[callee.object.name='jest'][callee.property.name='useFakeTimers'][arguments.length=0]",
      message: WALL_CLOCK,
    },
  ],
};
