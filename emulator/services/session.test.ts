import { EmulatorState } from '../state';
import { createSession } from './session';

function setup() {
  const state = new EmulatorState({ now: Date.UTC(2026, 10, 28, 2), timeZone: 'Asia/Jakarta', owner: 'owner@toko.test' });
  return { state, session: createSession(state) };
}

describe('Session', () => {
  it('getScriptTimeZone returns the manifest zone', () => {
    expect(setup().session.getScriptTimeZone()).toBe('Asia/Jakarta');
  });

  it('the active user is the person who clicked the menu', () => {
    const { state, session } = setup();

    const email = state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => session.getActiveUser().getEmail());

    expect(email).toBe('cs@toko.test');
  });

  it("the active user is '' in a simple trigger run by someone other than the owner, and in a clock trigger", () => {
    const { state, session } = setup();

    const inOnEdit = state.runExecution({ mode: 'simple-trigger', user: 'cs@toko.test' }, () => session.getActiveUser().getEmail());
    const inClock = state.runExecution({ mode: 'time-trigger' }, () => session.getActiveUser().getEmail());

    expect([inOnEdit, inClock]).toEqual(['', '']);
  });

  it('the effective user is the owner, whoever runs it', () => {
    const { state, session } = setup();

    const email = state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => session.getEffectiveUser().getEmail());

    expect(email).toBe('owner@toko.test');
  });

  it("the locale is Indonesian ('id') and the temporary key is stable per user", () => {
    const { state, session } = setup();
    const key = (user: string) => state.runExecution({ mode: 'menu', user }, () => session.getTemporaryActiveUserKey());

    expect(session.getActiveUserLocale()).toBe('id');
    expect(key('a@toko.test')).toBe(key('a@toko.test'));
    expect(key('a@toko.test')).not.toBe(key('b@toko.test'));
  });
});
