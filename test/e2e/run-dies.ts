/**
 * "The run dies at this call" for fault tests on the built bundle: from the first call that matches,
 * every later service call of the same execution throws, so nothing the script would do in a catch
 * or a finally reaches the sheets or MailApp — as when Apps Script stops a run (time limit, crash).
 * Other executions (the rerun, the retry trigger) are untouched.
 */
import { LocalRuntime } from '../../emulator/runtime';

/** Kills the first execution that makes a call matching `at` (a method name, or a test of method and call number); returns the remover. */
export function runDiesAt(rt: LocalRuntime, at: string | ((method: string, callNumber: number) => boolean)): () => void {
  const matches = typeof at === 'string' ? (method: string) => method === at : at;
  let dead: number | undefined;
  return rt.state.addCallHook((method, callNumber, execution) => {
    if (dead === undefined && matches(method, callNumber)) dead = execution?.id ?? -1;
    if (dead !== undefined && (execution?.id ?? -1) === dead) throw new Error(`The run died at ${method}`);
  });
}

/** Runs `act`, which is expected to fail because the run died; returns whether it did fail. */
export function diesIn(act: () => void): boolean {
  try {
    act();
    return false;
  } catch (e) {
    return true;
  }
}
