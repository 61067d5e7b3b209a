/**
 * Fails the test file's tests on any console.error (React's act and key warnings, errors the pane logs): import it
 * at the top of a task-pane test. The errors are collected during the test and asserted empty after it.
 */
let consoleErrors: unknown[][] = [];

beforeEach(() => {
  consoleErrors = [];
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  expect(consoleErrors).toEqual([]);
});
