/**
 * ScriptApp: installable triggers (clock triggers, and spreadsheet onOpen/onEdit), their store and
 * the enums. Firing is the runtime's job (LocalRuntime.advanceTo); this file decides what is due.
 */
import type { EmulatorState } from '../state';
import { type ClockSchedule, describeSchedule, firstDailyRun, firstHourlyRun, nextRun } from './clock-schedule';
import { registerApiType } from '../api-surface';
import { EnumValue } from '../enum-value';
import { AUTH_MODE, AUTHORIZATION_STATUS, EVENT_TYPE, INSTALLATION_SOURCE, TRIGGER_SOURCE, WEEKDAY } from './enums';
import { failLoudly, isDate, requireAuthorization, scriptError, type ManifestScopes } from './errors';
import { isoWeekOfYear } from './format-date';
import { isKnownTimeZone, zonedParts, zonedToUtc } from '../time-zone';

/** Scope every ScriptApp trigger method needs. */
export const SCRIPT_APP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
/** Apps Script's limit of triggers per user per script. */
export const TRIGGERS_PER_USER = 20;
/** everyMinutes accepts only these. */
export const VALID_MINUTE_INTERVALS: readonly number[] = [1, 5, 10, 15, 30];

/** One installed trigger, host side. */
export interface TriggerRecord {
  readonly uid: string;
  readonly handler: string;
  /** The user who created it; it runs as this user. */
  readonly owner: string;
  readonly eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT';
  readonly timeZone: string;
  readonly schedule?: ClockSchedule;
  /** Next firing, epoch ms; undefined once a one-off trigger has run (it stays listed, as in Apps Script). */
  nextRunAt?: number;
  readonly createdOrder: number;
  readonly handle: FakeTrigger;
}

/** The clock event object Apps Script passes a time-driven trigger; fields are in UTC. */
export interface ClockEvent {
  authMode: EnumValue;
  'day-of-month': number;
  'day-of-week': number;
  hour: number;
  minute: number;
  month: number;
  second: number;
  timezone: 'UTC';
  triggerUid: string;
  'week-of-year': number;
  year: number;
}

/** All installed triggers of the script, every user's. */
export class TriggerStore {
  private readonly records: TriggerRecord[] = [];
  private created = 0;
  /** The id getTriggerSourceId() gives for spreadsheet triggers (the runtime sets the workbook's). */
  spreadsheetId = 'toko-spreadsheet';

  constructor(private readonly state: EmulatorState) {}

  /** Every trigger, in creation order. */
  all(): readonly TriggerRecord[] {
    return this.records;
  }

  /** The triggers `user` created. */
  ofUser(user: string): TriggerRecord[] {
    return this.records.filter((record) => record.owner === user);
  }

  /** Adds a trigger; the 21st of one user throws Apps Script's text. */
  add(spec: Omit<TriggerRecord, 'uid' | 'createdOrder' | 'handle' | 'nextRunAt'>): TriggerRecord {
    if (this.ofUser(spec.owner).length >= TRIGGERS_PER_USER) {
      throw scriptError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    this.created++;
    const uid = String(7300000000000000000n + BigInt(this.created) * 7919n);
    const record: TriggerRecord = { ...spec, uid, createdOrder: this.created, handle: undefined as unknown as FakeTrigger };
    (record as { handle: FakeTrigger }).handle = new FakeTrigger(this.state, record, this);
    if (spec.schedule) record.nextRunAt = nextRun(spec.schedule, this.state.now(), spec.timeZone);
    this.records.push(record);
    return record;
  }

  /** Removes the trigger with `uid`; no-op if absent. */
  remove(uid: string): void {
    const at = this.records.findIndex((record) => record.uid === uid);
    if (at >= 0) this.records.splice(at, 1);
  }

  /** The clock trigger due first at or before `until` (earliest time, then creation order). */
  nextDue(until: number): TriggerRecord | undefined {
    let due: TriggerRecord | undefined;
    for (const record of this.records) {
      if (record.nextRunAt === undefined || record.nextRunAt > until) continue;
      if (!due || record.nextRunAt < due.nextRunAt! || (record.nextRunAt === due.nextRunAt && record.createdOrder < due.createdOrder)) {
        due = record;
      }
    }
    return due;
  }

  /** Records that `record` fired at `at` and schedules its next run. */
  markFired(record: TriggerRecord, at: number): void {
    record.nextRunAt = record.schedule ? nextRun(record.schedule, at, record.timeZone) : undefined;
  }

  /** The spreadsheet triggers of `eventType`, for the runtime to fire on open/edit. */
  spreadsheetTriggers(eventType: 'ON_OPEN' | 'ON_EDIT'): TriggerRecord[] {
    return this.records.filter((record) => record.eventType === eventType);
  }

  /** A short description for listings: handler, kind and schedule. */
  describe(record: TriggerRecord): string {
    if (record.schedule) return `${record.handler}: ${describeSchedule(record.schedule, record.timeZone)}`;
    return `${record.handler}: spreadsheet ${record.eventType === 'ON_OPEN' ? 'onOpen' : 'onEdit'}`;
  }
}

/** The event object of a clock trigger firing at `at`, as Apps Script documents it (UTC fields). */
export function clockEvent(record: TriggerRecord, at: number): ClockEvent {
  const d = new Date(at);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return {
    authMode: AUTH_MODE.FULL,
    'day-of-month': day,
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: record.uid,
    'week-of-year': isoWeekOfYear(year, month, day),
    year,
  };
}

/** A Trigger as the script sees it; one handle per trigger, so identities hold across calls. */
export class FakeTrigger implements GoogleAppsScript.Script.Trigger {
  constructor(private readonly state: EmulatorState, readonly record: TriggerRecord, private readonly store: TriggerStore) {
    registerApiType(this, 'Trigger');
  }

  getUniqueId(): string {
    this.state.recordCall('Trigger.getUniqueId');
    return this.record.uid;
  }
  getHandlerFunction(): string {
    this.state.recordCall('Trigger.getHandlerFunction');
    return this.record.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.state.recordCall('Trigger.getEventType');
    return EVENT_TYPE[this.record.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.state.recordCall('Trigger.getTriggerSource');
    return (this.record.schedule ? TRIGGER_SOURCE.CLOCK : TRIGGER_SOURCE.SPREADSHEETS) as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    this.state.recordCall('Trigger.getTriggerSourceId');
    // Apps Script gives null for clock triggers and the spreadsheet's id for spreadsheet triggers.
    return (this.record.schedule ? null : this.store.spreadsheetId) as string;
  }
}

function checkInteger(value: unknown, min: number, max: number, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw scriptError(`Invalid argument: ${name}`);
  return n;
}

type ClockBuilderMethods = keyof GoogleAppsScript.Script.ClockTriggerBuilder;

/** ClockTriggerBuilder; its steps are local and not counted, create() is ('ClockTriggerBuilder.create'). */
class FakeClockTriggerBuilder implements Pick<GoogleAppsScript.Script.ClockTriggerBuilder, ClockBuilderMethods> {
  private minutes?: number;
  private hours?: number;
  private days?: number;
  private weeks?: number;
  private weekday?: number;
  private monthDay?: number;
  private hour?: number;
  private minute?: number;
  private onceAt?: number;
  private date?: [number, number, number];
  private timeZone: string;

  constructor(private readonly state: EmulatorState, private readonly store: TriggerStore, private readonly handler: string) {
    this.timeZone = state.timeZone;
  }

  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!VALID_MINUTE_INTERVALS.includes(Number(n))) {
      throw scriptError(`Invalid argument: everyMinutes(${n}). The interval must be one of 1, 5, 10, 15 or 30.`);
    }
    this.minutes = Number(n);
    return this.self();
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.hours = checkInteger(n, 1, 24, 'hours');
    return this.self();
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.days = checkInteger(n, 1, 366, 'days');
    return this.self();
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.weeks = checkInteger(n, 1, 52, 'weeks');
    return this.self();
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    const name = String(day);
    const index = Object.keys(WEEKDAY).indexOf(name);
    if (index < 0) throw scriptError('Invalid argument: day');
    this.weekday = index;
    return this.self();
  }
  onMonthDay(day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.monthDay = checkInteger(day, 1, 31, 'day');
    return this.self();
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.hour = checkInteger(hour, 0, 23, 'hour');
    return this.self();
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.minute = checkInteger(minute, 0, 59, 'minute');
    return this.self();
  }
  atDate(year: number, month: number, day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.date = [checkInteger(year, 1970, 9999, 'year'), checkInteger(month, 1, 12, 'month'), checkInteger(day, 1, 31, 'day')];
    return this.self();
  }
  at(date: GoogleAppsScript.Base.Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!isDate(date)) throw scriptError('Invalid argument: date');
    this.onceAt = date.getTime();
    return this.self();
  }
  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.onceAt = this.state.now() + Math.max(0, Number(durationMilliseconds));
    return this.self();
  }
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!isKnownTimeZone(String(timezone)) || !/\//.test(String(timezone)) && !/^(UTC|GMT)$/.test(String(timezone))) {
      throw scriptError(`Invalid argument: timezone`);
    }
    this.timeZone = String(timezone);
    return this.self();
  }

  create(): GoogleAppsScript.Script.Trigger {
    this.state.recordCall('ClockTriggerBuilder.create');
    const schedule = this.resolve();
    const record = this.store.add({
      handler: this.handler, owner: this.state.effectiveUser(), eventType: 'CLOCK',
      timeZone: this.timeZone, schedule,
    });
    return record.handle as unknown as GoogleAppsScript.Script.Trigger;
  }

  private resolve(): ClockSchedule {
    const now = this.state.now();
    const hour = this.hour ?? 0;
    const minute = this.minute ?? 0;
    if (this.onceAt !== undefined) return { kind: 'once', at: this.onceAt };
    if (this.date) {
      const [year, month, day] = this.date;
      return { kind: 'once', at: zonedToUtc(this.timeZone, year, month, day, hour, minute) };
    }
    if (this.minutes !== undefined) return { kind: 'minutes', every: this.minutes };
    if (this.hours !== undefined) return { kind: 'hours', every: this.hours, minute, anchor: firstHourlyRun(now, minute, this.timeZone) };
    if (this.monthDay !== undefined) return { kind: 'month', day: this.monthDay, hour, minute };
    if (this.weekday !== undefined || this.weeks !== undefined) {
      const weekday = this.weekday ?? zonedParts(now, this.timeZone).weekday;
      return {
        kind: 'weeks', every: this.weeks ?? 1, weekday, hour, minute,
        anchor: firstDailyRun(now, hour, minute, this.timeZone, weekday),
      };
    }
    if (this.days !== undefined) {
      return { kind: 'days', every: this.days, hour, minute, anchor: firstDailyRun(now, hour, minute, this.timeZone) };
    }
    throw scriptError('Clock triggers must specify a recurrence (everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay) or a time (at, atDate, after).');
  }

  private self(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
}

/** SpreadsheetTriggerBuilder for installable onOpen/onEdit; other events fail loudly. */
class FakeSpreadsheetTriggerBuilder implements Pick<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onOpen' | 'onEdit' | 'create'> {
  private eventType?: 'ON_OPEN' | 'ON_EDIT';

  constructor(private readonly state: EmulatorState, private readonly store: TriggerStore, private readonly handler: string) {}

  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  create(): GoogleAppsScript.Script.Trigger {
    this.state.recordCall('SpreadsheetTriggerBuilder.create');
    if (!this.eventType) throw scriptError('Spreadsheet triggers must specify an event (onOpen, onEdit).');
    const record = this.store.add({
      handler: this.handler, owner: this.state.effectiveUser(), eventType: this.eventType,
      timeZone: this.state.timeZone,
    });
    return record.handle as unknown as GoogleAppsScript.Script.Trigger;
  }
}

/** ScriptApp over `store`: triggers for the running user, the enums; scope-checked like Apps Script. */
export function createScriptApp(state: EmulatorState, store: TriggerStore, scopes?: ManifestScopes): GoogleAppsScript.Script.ScriptApp {
  const currentUser = () => state.effectiveUser();
  const authorize = (method: string) => requireAuthorization(state, `ScriptApp.${method}`, SCRIPT_APP_SCOPE, scopes);
  const scriptApp = {
    AuthMode: AUTH_MODE,
    AuthorizationStatus: AUTHORIZATION_STATUS,
    EventType: EVENT_TYPE,
    InstallationSource: INSTALLATION_SOURCE,
    TriggerSource: TRIGGER_SOURCE,
    WeekDay: WEEKDAY,
    newTrigger(functionName: string) {
      state.recordCall('ScriptApp.newTrigger');
      authorize('newTrigger');
      const handler = String(functionName);
      return failLoudly(
        {
          timeBased: () => failLoudly(new FakeClockTriggerBuilder(state, store, handler), 'ClockTriggerBuilder'),
          forSpreadsheet: () => failLoudly(new FakeSpreadsheetTriggerBuilder(state, store, handler), 'SpreadsheetTriggerBuilder'),
        },
        'TriggerBuilder',
      );
    },
    getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
      state.recordCall('ScriptApp.getProjectTriggers');
      authorize('getProjectTriggers');
      return store.ofUser(currentUser()).map((record) => record.handle as unknown as GoogleAppsScript.Script.Trigger);
    },
    getUserTriggers(_document: unknown): GoogleAppsScript.Script.Trigger[] {
      state.recordCall('ScriptApp.getUserTriggers');
      authorize('getUserTriggers');
      return store
        .ofUser(currentUser())
        .filter((record) => !record.schedule)
        .map((record) => record.handle as unknown as GoogleAppsScript.Script.Trigger);
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
      state.recordCall('ScriptApp.deleteTrigger');
      authorize('deleteTrigger');
      const record = (trigger as unknown as { record?: TriggerRecord }).record;
      if (!record) throw scriptError('Invalid argument: trigger');
      store.remove(record.uid);
    },
    getScriptId(): string {
      state.recordCall('ScriptApp.getScriptId');
      return 'toko-local-script';
    },
  };
  return failLoudly(scriptApp, 'ScriptApp') as unknown as GoogleAppsScript.Script.ScriptApp;
}
