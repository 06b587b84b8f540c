/**
 * When a clock trigger fires. A recurring trigger fires at the start of its hour (or at its
 * nearMinute) in the trigger's zone; Google fires somewhere inside that hour, the emulator at
 * its start, so tests are exact.
 */
import { daysInMonth, zonedParts, zonedToUtc } from '../time-zone';

/** A clock trigger's schedule, resolved from its builder calls. Weekday 0=Sunday…6=Saturday. */
export type ClockSchedule =
  | { kind: 'once'; at: number }
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number; minute: number; anchor: number }
  | { kind: 'days'; every: number; hour: number; minute: number; anchor: number }
  | { kind: 'weeks'; every: number; weekday: number; hour: number; minute: number; anchor: number }
  | { kind: 'month'; day: number; hour: number; minute: number };

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The first instant after `createdAt` at minute `minute` of an hour in `timeZone`. */
export function firstHourlyRun(createdAt: number, minute: number, timeZone: string): number {
  const p = zonedParts(createdAt, timeZone);
  let run = zonedToUtc(timeZone, p.year, p.month, p.day, p.hour, minute);
  while (run <= createdAt) run += HOUR;
  return run;
}

/** The first instant after `createdAt` at `hour`:`minute` on a day that is `weekday` (or any day) in `timeZone`. */
export function firstDailyRun(createdAt: number, hour: number, minute: number, timeZone: string, weekday?: number): number {
  const p = zonedParts(createdAt, timeZone);
  for (let offset = 0; offset <= 8; offset++) {
    const run = zonedToUtc(timeZone, p.year, p.month, p.day + offset, hour, minute);
    const runDay = zonedParts(run, timeZone).weekday;
    if (run > createdAt && (weekday === undefined || runDay === weekday)) return run;
  }
  throw new Error('Emulator: no daily run found');
}

/** The first run of `schedule` strictly after `after`, or undefined when a one-off trigger has had its run. */
export function nextRun(schedule: ClockSchedule, after: number, timeZone: string): number | undefined {
  switch (schedule.kind) {
    case 'once':
      return schedule.at > after ? schedule.at : undefined;
    case 'minutes': {
      const step = schedule.every * MINUTE;
      return (Math.floor(after / step) + 1) * step;
    }
    case 'hours': {
      const step = schedule.every * HOUR;
      if (after < schedule.anchor) return schedule.anchor;
      return schedule.anchor + (Math.floor((after - schedule.anchor) / step) + 1) * step;
    }
    case 'days':
    case 'weeks': {
      const stepDays = schedule.kind === 'days' ? schedule.every : schedule.every * 7;
      const a = zonedParts(schedule.anchor, timeZone);
      let k = Math.max(0, Math.floor((after - schedule.anchor) / (stepDays * DAY)) - 1);
      for (;; k++) {
        const run = zonedToUtc(timeZone, a.year, a.month, a.day + k * stepDays, schedule.hour, schedule.minute);
        if (run > after) return run;
      }
    }
    case 'month': {
      const p = zonedParts(after, timeZone);
      for (let m = 0; m < 24; m++) {
        const year = p.year + Math.floor((p.month - 1 + m) / 12);
        const month = ((p.month - 1 + m) % 12) + 1;
        // A month without that day (31 February) is skipped, our choice for the open point.
        if (schedule.day > daysInMonth(year, month)) continue;
        const run = zonedToUtc(timeZone, year, month, schedule.day, schedule.hour, schedule.minute);
        if (run > after) return run;
      }
      return undefined;
    }
  }
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A person-readable description, e.g. 'every month on day 1 at 07:00 (Asia/Jakarta)'. */
export function describeSchedule(schedule: ClockSchedule, timeZone: string): string {
  switch (schedule.kind) {
    case 'once':
      return `once at ${new Date(schedule.at).toISOString()}`;
    case 'minutes':
      return `every ${schedule.every} minute(s)`;
    case 'hours':
      return `every ${schedule.every} hour(s) at minute ${schedule.minute} (${timeZone})`;
    case 'days':
      return `every ${schedule.every} day(s) at ${clock(schedule.hour, schedule.minute)} (${timeZone})`;
    case 'weeks':
      return `every ${schedule.every} week(s) on ${WEEKDAY_NAMES[schedule.weekday]} at ${clock(schedule.hour, schedule.minute)} (${timeZone})`;
    case 'month':
      return `every month on day ${schedule.day} at ${clock(schedule.hour, schedule.minute)} (${timeZone})`;
  }
}
