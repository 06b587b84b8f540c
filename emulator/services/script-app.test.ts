import { expectException } from './expect-exception';
import { EmulatorState } from '../state';
import { TriggerStore, clockEvent, createScriptApp } from './script-app';

const FRIDAY_28_NOV_0900_WIB = Date.UTC(2026, 10, 28, 2, 0, 0);

function setup() {
  const state = new EmulatorState({ now: FRIDAY_28_NOV_0900_WIB });
  const store = new TriggerStore(state);
  const scriptApp = createScriptApp(state, store);
  const asOwner = <T>(body: () => T) => state.runExecution({ mode: 'menu' }, body);
  return { state, store, scriptApp, asOwner };
}

describe('ScriptApp clock triggers', () => {
  it('installs the monthly report trigger: listed, with its handler and the CLOCK event type', () => {
    const { scriptApp, asOwner } = setup();

    const trigger = asOwner(() => scriptApp.newTrigger('monthly').timeBased().onMonthDay(1).atHour(7).create());
    const listed = asOwner(() => scriptApp.getProjectTriggers());

    expect(listed).toEqual([trigger]);
    expect(listed[0].getHandlerFunction()).toBe('monthly');
    expect(listed[0].getEventType()).toBe(scriptApp.EventType.CLOCK);
    expect(listed[0].getTriggerSource()).toBe(scriptApp.TriggerSource.CLOCK);
    expect(String(listed[0].getEventType())).toBe('CLOCK');
    expect(listed[0].getUniqueId()).toMatch(/^\d+$/);
  });

  it('schedules the monthly report for 1 December 07:00 Jakarta time', () => {
    const { scriptApp, store, asOwner } = setup();

    asOwner(() => scriptApp.newTrigger('monthly').timeBased().onMonthDay(1).atHour(7).inTimezone('Asia/Jakarta').create());

    expect(store.all()[0].nextRunAt).toBe(Date.UTC(2026, 11, 1, 0, 0, 0));
  });

  it('deleteTrigger removes it', () => {
    const { scriptApp, asOwner } = setup();
    const trigger = asOwner(() => scriptApp.newTrigger('monthly').timeBased().everyDays(1).create());

    asOwner(() => scriptApp.deleteTrigger(trigger));

    expect(asOwner(() => scriptApp.getProjectTriggers())).toEqual([]);
  });

  it('the 21st trigger of one user throws Apps Script\'s text', () => {
    const { scriptApp, asOwner } = setup();
    for (let i = 0; i < 20; i++) asOwner(() => scriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create());

    expectException(() => asOwner(() => scriptApp.newTrigger('h20').timeBased().everyHours(1).create()),
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  it('each user has their own 20 triggers and sees only their own', () => {
    const { scriptApp, state } = setup();
    state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => scriptApp.newTrigger('a').timeBased().everyHours(1).create());

    const ownerSees = state.runExecution({ mode: 'menu' }, () => scriptApp.getProjectTriggers());

    expect(ownerSees).toEqual([]);
  });

  it('everyMinutes accepts only 1, 5, 10, 15 and 30', () => {
    const { scriptApp, asOwner } = setup();
    const builder = asOwner(() => scriptApp.newTrigger('f').timeBased());

    expectException(() => builder.everyMinutes(7), 'Invalid argument: everyMinutes(7). The interval must be one of 1, 5, 10, 15 or 30.');
    expect(() => builder.everyMinutes(15)).not.toThrow();
  });

  it('inTimezone rejects an unknown zone', () => {
    const { scriptApp, asOwner } = setup();

    expectException(() => asOwner(() => scriptApp.newTrigger('f').timeBased().inTimezone('Not/AZone')), 'Invalid argument: timezone');
  });

  it('atHour and onMonthDay reject out-of-range values', () => {
    const { scriptApp, asOwner } = setup();
    const builder = asOwner(() => scriptApp.newTrigger('f').timeBased());

    expectException(() => builder.atHour(24), 'Invalid argument: hour');
    expectException(() => builder.onMonthDay(32), 'Invalid argument: day');
  });

  it('a clock trigger with neither recurrence nor time cannot be created', () => {
    const { scriptApp, asOwner } = setup();

    expectException(() => asOwner(() => scriptApp.newTrigger('f').timeBased().atHour(7).create()),
      'Clock triggers must specify a recurrence (everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay) or a time (at, atDate, after).',
    );
  });

  it('a simple trigger may not install triggers', () => {
    const { scriptApp, state } = setup();

    expectException(() => state.runExecution({ mode: 'simple-trigger' }, () => scriptApp.newTrigger('f')),
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('installable spreadsheet triggers are SPREADSHEETS-sourced and returned by getUserTriggers', () => {
    const { scriptApp, asOwner } = setup();

    const trigger = asOwner(() => scriptApp.newTrigger('onEditInstalled').forSpreadsheet('id').onEdit().create());

    expect(trigger.getEventType()).toBe(scriptApp.EventType.ON_EDIT);
    expect(trigger.getTriggerSource()).toBe(scriptApp.TriggerSource.SPREADSHEETS);
    expect(asOwner(() => scriptApp.getUserTriggers({} as GoogleAppsScript.Spreadsheet.Spreadsheet))).toEqual([trigger]);
  });
});

describe('clock trigger schedules', () => {
  it('everyHours fires at the start of each hour, nearMinute shifts it', () => {
    const { scriptApp, store, asOwner } = setup();

    asOwner(() => scriptApp.newTrigger('a').timeBased().everyHours(2).create());
    asOwner(() => scriptApp.newTrigger('b').timeBased().everyHours(1).nearMinute(30).create());

    expect(store.all()[0].nextRunAt).toBe(FRIDAY_28_NOV_0900_WIB + 3600000);
    expect(store.all()[1].nextRunAt).toBe(FRIDAY_28_NOV_0900_WIB + 1800000);
  });

  it('onWeekDay(MONDAY).atHour(8) fires next Monday 08:00 in the script zone', () => {
    const { scriptApp, store, asOwner } = setup();

    asOwner(() => scriptApp.newTrigger('weekly').timeBased().onWeekDay(scriptApp.WeekDay.MONDAY).atHour(8).create());

    expect(store.all()[0].nextRunAt).toBe(Date.UTC(2026, 10, 30, 1, 0, 0));
  });

  it('after(ms) fires once, and the trigger stays listed after it ran', () => {
    const { scriptApp, store, asOwner } = setup();
    asOwner(() => scriptApp.newTrigger('once').timeBased().after(60000).create());
    const [record] = store.all();

    store.markFired(record, FRIDAY_28_NOV_0900_WIB + 60000);

    expect(record.nextRunAt).toBeUndefined();
    expect(store.all()).toHaveLength(1);
  });

  it('onMonthDay(31) fires only in months that have a 31st (our choice for the open point)', () => {
    const { scriptApp, store, asOwner } = setup();

    asOwner(() => scriptApp.newTrigger('closing').timeBased().onMonthDay(31).atHour(7).create());

    // 30 November has no 31st: the first run is 31 December 07:00 WIB.
    expect(store.all()[0].nextRunAt).toBe(Date.UTC(2026, 11, 31, 0, 0, 0));
  });

  it('the clock event counts day-of-week from 1 = Monday to 7 = Sunday', () => {
    const { scriptApp, store, asOwner } = setup();
    asOwner(() => scriptApp.newTrigger('daily').timeBased().everyDays(1).create());
    const [record] = store.all();

    const sunday = clockEvent(record, Date.UTC(2026, 10, 29, 12, 0, 0));
    const monday = clockEvent(record, Date.UTC(2026, 10, 30, 12, 0, 0));

    expect([sunday['day-of-week'], monday['day-of-week']]).toEqual([7, 1]);
  });

  it('the clock event carries the documented UTC fields', () => {
    const { scriptApp, store, asOwner } = setup();
    asOwner(() => scriptApp.newTrigger('monthly').timeBased().onMonthDay(1).atHour(7).create());
    const [record] = store.all();

    const event = clockEvent(record, Date.UTC(2026, 11, 1, 0, 0, 0));

    expect({ ...event, authMode: String(event.authMode) }).toEqual({
      authMode: 'FULL', 'day-of-month': 1, 'day-of-week': 2, hour: 0, minute: 0, month: 12, second: 0,
      timezone: 'UTC', triggerUid: record.uid, 'week-of-year': 49, year: 2026,
    });
  });
});
