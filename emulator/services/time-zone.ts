/** Calendar arithmetic in an IANA time zone, through Intl (the host's ICU data). */

/** The wall-clock fields of an instant in a zone; month 1-12, weekday 0=Sunday…6=Saturday. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  /** Offset from UTC in minutes (Asia/Jakarta: +420). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether Intl knows the zone (IANA names, 'UTC', 'GMT'). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Java accepts 'GMT+7' / 'GMT+07:00' zone ids; Intl wants 'Etc/GMT-7' (inverted sign) or an offset. */
function intlZoneName(timeZone: string): string {
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!custom) return timeZone;
  const [, sign, hours, minutes] = custom;
  if (minutes && minutes !== '00') return `${sign}${hours.padStart(2, '0')}:${minutes}`;
  return `Etc/GMT${sign === '+' ? '-' : '+'}${Number(hours)}`;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: intlZoneName(timeZone), hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of `ms` in `timeZone`; throws RangeError for an unknown zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const wallAsUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, millisecond);
  return {
    year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute,
    second: fields.second, millisecond,
    weekday: new Date(Date.UTC(fields.year, fields.month - 1, fields.day)).getUTCDay(),
    offsetMinutes: Math.round((wallAsUtc - ms) / 60000),
  };
}

/** The instant whose wall clock in `timeZone` reads the fields given (month 1-12; overflow rolls over). */
export function zonedToUtc(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall - zonedParts(wall, timeZone).offsetMinutes * 60000;
  guess = wall - zonedParts(guess, timeZone).offsetMinutes * 60000;
  return guess;
}

/** Days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
