/** Test helper for the services' suites: Apps Script errors are asserted by their exact text, never a substring. */

/** Asserts that `body` throws an Error named 'Exception' whose message is exactly `message`. */
export function expectException(body: () => unknown, message: string): void {
  let caught: unknown;
  try {
    body();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(Error);
  const { name, message: actual } = caught as Error;
  expect({ name, message: actual }).toEqual({ name: 'Exception', message });
}
