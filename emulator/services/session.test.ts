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

  // https://developers.google.com/apps-script/reference/base/session#getActiveUser(): the e-mail is not
  // available where the script runs without that user's authorization (simple triggers), but "these
  // restrictions generally do not apply if the developer runs the script themselves".
  it("the active user is '' in a simple trigger run by someone other than the owner, and in a clock trigger another user installed", () => {
    const { state, session } = setup();

    const inOnEdit = state.runExecution({ mode: 'simple-trigger', user: 'cs@toko.test' }, () => session.getActiveUser().getEmail());
    const inClock = state.runExecution({ mode: 'time-trigger', user: 'keuangan@toko.test' }, () => session.getActiveUser().getEmail());

    expect([inOnEdit, inClock]).toEqual(['', '']);
  });

  it('the active user of a clock trigger the owner installed is the owner, who runs their own script', () => {
    const { state, session } = setup();

    const inClock = state.runExecution({ mode: 'time-trigger', user: 'owner@toko.test' }, () => session.getActiveUser().getEmail());

    expect(inClock).toBe('owner@toko.test');
  });

  // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser(): "If the script is
  // running under an installable trigger, this returns the account of the user who created the trigger.
  // In most other scenarios, this returns the same account as getActiveUser()."
  it('in a menu action the effective user is the person who clicked, not the owner', () => {
    const { state, session } = setup();

    const email = state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => session.getEffectiveUser().getEmail());

    expect(email).toBe('cs@toko.test');
  });

  it('in a clock trigger the effective user is the user who installed it, even when the active user is hidden', () => {
    const { state, session } = setup();

    const email = state.runExecution({ mode: 'time-trigger', user: 'keuangan@toko.test' }, () => session.getEffectiveUser().getEmail());

    expect(email).toBe('keuangan@toko.test');
  });

  it("the locale is Indonesian ('id') and the temporary key is stable per user", () => {
    const { state, session } = setup();
    const key = (user: string) => state.runExecution({ mode: 'menu', user }, () => session.getTemporaryActiveUserKey());

    expect(session.getActiveUserLocale()).toBe('id');
    expect(key('a@toko.test')).toBe(key('a@toko.test'));
    expect(key('a@toko.test')).not.toBe(key('b@toko.test'));
  });
});
