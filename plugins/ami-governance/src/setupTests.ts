import '@testing-library/jest-dom';

// A page test renders two Backstage tables and several cards: a few seconds on an idle machine, many
// more on a busy two-CPU CI runner shared with other suites. Jest's default of 5 seconds is too short.
jest.setTimeout(60_000);
