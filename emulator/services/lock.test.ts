import { expectException } from './expect-exception';
import { EmulatorState } from '../state';
import { LockTable, createLockService } from './lock';

const NOW = Date.UTC(2026, 10, 28, 2, 0, 0);

function setup(bound = true) {
  const state = new EmulatorState({ now: NOW });
  const lockService = createLockService(state, new LockTable(state), { bound });
  return { state, lockService };
}

describe('LockService', () => {
  it('getDocumentLock returns a Lock when bound and null when not', () => {
    expect(setup(true).lockService.getDocumentLock()).not.toBeNull();
    expect(setup(false).lockService.getDocumentLock()).toBeNull();
  });

  it('a second CS clicking Approve while the first holds the lock gets false after the timeout', () => {
    const { state, lockService } = setup();
    let second: { got: boolean; has: boolean; waitedMs: number } | undefined;

    state.runExecution({ mode: 'menu', user: 'cs1@toko.test' }, () => {
      expect(lockService.getScriptLock().tryLock(1000)).toBe(true);
      state.runExecution({ mode: 'menu', user: 'cs2@toko.test' }, () => {
        const lock = lockService.getScriptLock();
        const before = state.now();
        const got = lock.tryLock(5000);
        second = { got, has: lock.hasLock(), waitedMs: state.now() - before };
      });
    });

    expect(second).toEqual({ got: false, has: false, waitedMs: 5000 });
  });

  it('waitLock in the same situation throws Apps Script\'s timeout text', () => {
    const { state, lockService } = setup();

    const attempt = () => state.runExecution({ mode: 'menu' }, () => {
      lockService.getDocumentLock().waitLock(1000);
      state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => lockService.getDocumentLock().waitLock(30000));
    });

    expectException(attempt, 'Lock timeout: another process was holding the lock for too long.');
  });

  it('the lock is free again once the holding execution ends', () => {
    const { state, lockService } = setup();
    state.runExecution({ mode: 'menu' }, () => lockService.getScriptLock().waitLock(1000));

    const got = state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => lockService.getScriptLock().tryLock(0));

    expect(got).toBe(true);
  });

  it('releaseLock without holding the lock is a no-op', () => {
    const { state, lockService } = setup();

    state.runExecution({ mode: 'menu' }, () => {
      const lock = lockService.getScriptLock();
      expect(() => lock.releaseLock()).not.toThrow();
      expect(lock.hasLock()).toBe(false);
    });
  });

  it('releaseLock lets a nested execution take the lock', () => {
    const { state, lockService } = setup();

    const secondGot = state.runExecution({ mode: 'menu' }, () => {
      const lock = lockService.getScriptLock();
      lock.waitLock(1000);
      lock.releaseLock();
      return state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => lockService.getScriptLock().tryLock(0));
    });

    expect(secondGot).toBe(true);
  });

  it('a second getScriptLock in the same execution does not block (our choice for the open point)', () => {
    const { state, lockService } = setup();

    const both = state.runExecution({ mode: 'menu' }, () => [lockService.getScriptLock().tryLock(0), lockService.getScriptLock().tryLock(0)]);

    expect(both).toEqual([true, true]);
  });

  it('user locks of different users do not block each other', () => {
    const { state, lockService } = setup();

    const got = state.runExecution({ mode: 'menu', user: 'a@toko.test' }, () => {
      lockService.getUserLock().waitLock(0);
      return state.runExecution({ mode: 'menu', user: 'b@toko.test' }, () => lockService.getUserLock().tryLock(0));
    });

    expect(got).toBe(true);
  });
});
