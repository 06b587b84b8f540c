/**
 * LockService: document, script and user locks held by executions. A lock held by an execution
 * still running (an outer one, while a nested execution simulates a second user) blocks the
 * others; waiting moves the simulated clock by the timeout, since the holder cannot finish while
 * the waiter runs. Every lock an execution holds is released when it ends.
 */
import type { EmulatorState } from '../state';
import { failLoudly, scriptError } from './errors';

/** Id used for locks taken outside any execution (host code in a use-case test). */
const NO_EXECUTION = 0;

/** Which execution holds each lock key ('document', 'script', 'user:<email>'). */
export class LockTable {
  private readonly holders = new Map<string, number>();

  constructor(private readonly state: EmulatorState) {
    state.onExecutionEnd((execution) => this.releaseAllOf(execution.id));
  }

  /** The execution id holding `key`, if any. */
  holder(key: string): number | undefined {
    return this.holders.get(key);
  }

  /** Takes `key` for `executionId` if free or already its own; false if another execution holds it. */
  take(key: string, executionId: number): boolean {
    const held = this.holders.get(key);
    if (held !== undefined && held !== executionId && this.isRunning(held)) return false;
    this.holders.set(key, executionId);
    return true;
  }

  /** Frees `key` if `executionId` holds it. */
  release(key: string, executionId: number): void {
    if (this.holders.get(key) === executionId) this.holders.delete(key);
  }

  private releaseAllOf(executionId: number): void {
    for (const [key, holder] of [...this.holders]) if (holder === executionId) this.holders.delete(key);
  }

  private isRunning(executionId: number): boolean {
    return executionId === NO_EXECUTION || this.state.executions.some((execution) => execution.id === executionId);
  }
}

class FakeLock implements GoogleAppsScript.Lock.Lock {
  private acquired = false;

  constructor(
    private readonly state: EmulatorState,
    private readonly table: LockTable,
    private readonly key: string,
    private readonly executionId: number,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.state.recordCall('Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.state.recordCall('Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) {
      throw scriptError('Lock timeout: another process was holding the lock for too long.');
    }
  }
  hasLock(): boolean {
    this.state.recordCall('Lock.hasLock');
    return this.acquired && this.table.holder(this.key) === this.executionId;
  }
  releaseLock(): void {
    this.state.recordCall('Lock.releaseLock');
    if (this.acquired) this.table.release(this.key, this.executionId);
    this.acquired = false;
  }

  private acquire(timeoutInMillis: number): boolean {
    if (this.table.take(this.key, this.executionId)) {
      this.acquired = true;
      return true;
    }
    this.state.advance(Number(timeoutInMillis) || 0);
    this.acquired = false;
    return false;
  }
}

/** LockService over `table`; getDocumentLock() is null when the script is not bound to a document. */
export function createLockService(
  state: EmulatorState,
  table: LockTable,
  options: { bound?: boolean } = {},
): GoogleAppsScript.Lock.LockService {
  const lockFor = (key: string) =>
    failLoudly(new FakeLock(state, table, key, state.execution?.id ?? NO_EXECUTION), 'Lock') as GoogleAppsScript.Lock.Lock;
  return failLoudly(
    {
      getDocumentLock(): GoogleAppsScript.Lock.Lock {
        state.recordCall('LockService.getDocumentLock');
        return (options.bound === false ? null : lockFor('document')) as GoogleAppsScript.Lock.Lock;
      },
      getScriptLock(): GoogleAppsScript.Lock.Lock {
        state.recordCall('LockService.getScriptLock');
        return lockFor('script');
      },
      getUserLock(): GoogleAppsScript.Lock.Lock {
        state.recordCall('LockService.getUserLock');
        return lockFor(`user:${state.effectiveUser()}`);
      },
    },
    'LockService',
  );
}
