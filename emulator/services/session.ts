/** Session: who is running the script, in which zone and locale. Each method is a counted call. */
import { createHash } from 'node:crypto';
import type { EmulatorState } from '../state';
import { failLoudly } from './errors';

/** A User as Session returns it; getEmail() is not a counted call. */
export class FakeUser implements GoogleAppsScript.Base.User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated in Apps Script; the e-mail, as Google returns it. */
  getUserLoginId(): string {
    return this.email;
  }
  /** Printed as the e-mail, as Apps Script's User prints. */
  toString(): string {
    return this.email;
  }
}

type SessionMethods = 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey';

class FakeSession implements Pick<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(private readonly state: EmulatorState, private readonly locale: string) {}

  getActiveUser(): GoogleAppsScript.Base.User {
    this.state.recordCall('Session.getActiveUser');
    return activeUser(this.state);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.state.recordCall('Session.getEffectiveUser');
    return new FakeUser(this.state.effectiveUser());
  }
  getScriptTimeZone(): string {
    this.state.recordCall('Session.getScriptTimeZone');
    return this.state.timeZone;
  }
  getActiveUserLocale(): string {
    this.state.recordCall('Session.getActiveUserLocale');
    return this.locale;
  }
  getTemporaryActiveUserKey(): string {
    this.state.recordCall('Session.getTemporaryActiveUserKey');
    const who = this.state.execution?.user || this.state.effectiveUser();
    return createHash('sha256').update(`temporary-key:${who}`).digest('base64').slice(0, 43);
  }
}

/**
 * The active user of the running execution: its user ('' in clock triggers and in simple triggers
 * run by someone other than the owner); the owner outside any execution.
 */
export function activeUser(state: EmulatorState): FakeUser {
  return new FakeUser(state.execution ? state.execution.user : state.owner);
}

/** The Session service; the locale defaults to 'id' (Indonesian), the shop's language. */
export function createSession(state: EmulatorState, locale = 'id'): GoogleAppsScript.Base.Session {
  return failLoudly(new FakeSession(state, locale), 'Session') as unknown as GoogleAppsScript.Base.Session;
}
