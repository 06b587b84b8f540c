/**
 * Wall-clock arithmetic in a named time zone through Intl (the host's ICU tz data), shared by the services
 * (Utilities.formatDate, clock triggers, mail dates) and the spreadsheet (display formats, typed dates, the
 * Sheets serial-number epoch 1899-12-30), so all of them agree with each other and with Google.
 *
 * Wall times are carried as "wall ms": the wall clock written as if it were a UTC timestamp (read it with
 * getUTC*). Years before 100 and BC years (era) are handled; Java's 'GMT+7' / 'GMT+07:00' ids are understood.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/** Day 0 of Sheets' serial numbers, as a wall-clock instant in UTC terms. */
const SERIAL_EPOCH_WALL_MS = Date.UTC(1899, 11, 30);
/** Hour-start offsets kept per zone before that zone's cache starts afresh. */
const MAX_CACHED_HOURS = 200_000;

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
const offsetCaches = new Map<string, Map<number, number>>();

/** What looks like one of Java's custom ids 'GMT+7', 'GMT-03:30', 'GMT+0700' (Intl knows none of them). */
const JAVA_OFFSET_ID = /^GMT[+-][\d:]+$/;

/** A Java custom zone: its fixed offset and the id Java normalises it to ('GMT+7' → 'GMT+07:00'). */
export interface JavaCustomZone {
  offsetMinutes: number;
  id: string;
}

const customZones = new Map<string, JavaCustomZone | null>();

/** Parses a custom id by java.util.TimeZone's rules: GMT, a sign, then H, HH, H:MM, HH:MM, HMM or HHMM (hours ≤ 23). */
function parseJavaCustomZone(timeZone: string): JavaCustomZone | null {
  if (!JAVA_OFFSET_ID.test(timeZone)) return null;
  const sign = timeZone[3];
  const rest = timeZone.slice(4);
  const colon = rest.indexOf(':');
  let hours: number;
  let minutes: number;
  if (colon < 0) {
    if (rest.length <= 2) [hours, minutes] = [Number(rest), 0];
    else [hours, minutes] = [Math.floor(Number(rest) / 100), Number(rest) % 100];
  } else {
    const [h, m] = [rest.slice(0, colon), rest.slice(colon + 1)];
    if (h.length > 2 || m.length !== 2 || m.includes(':')) return null;
    [hours, minutes] = [Number(h), Number(m)];
  }
  if (hours > 23 || minutes > 59) return null;
  const id = `GMT${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return { offsetMinutes: (sign === '-' ? -1 : 1) * (hours * 60 + minutes), id };
}

/** The Java custom zone named by `timeZone` ('GMT+7', 'GMT-3:30'…), or null for any other id. */
export function javaCustomZone(timeZone: string): JavaCustomZone | null {
  let zone = customZones.get(timeZone);
  if (zone === undefined) {
    zone = parseJavaCustomZone(timeZone);
    customZones.set(timeZone, zone);
  }
  return zone;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function intlAccepts(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Whether the platform knows this zone name as Sheets does (IANA names, 'UTC', 'GMT'); Java's 'GMT+7' is not one. */
export function isKnownTimeZone(timeZone: string): boolean {
  return !JAVA_OFFSET_ID.test(timeZone) && intlAccepts(timeZone);
}

/** Whether Java (Utilities.formatDate) accepts the zone id: any known zone, or a custom 'GMT+7' / 'GMT-03:30' / 'GMT+0530'. */
export function isJavaTimeZoneId(timeZone: string): boolean {
  return javaCustomZone(timeZone) !== null || isKnownTimeZone(timeZone);
}

/** The wall ms of a calendar moment (month 1-12; overflowing fields roll over; years 0-99 and BC as given). */
function wallMsOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime();
}

/** The zone's exact offset at the whole second containing `epochMs`. */
function computeOffset(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(whole))) parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return wallMsOf(year, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - whole;
}

/** The zone's offset at the start of hour `hour` (hours since the epoch), from the zone's cache. */
function offsetAtHourStart(hour: number, timeZone: string, cache: Map<number, number>): number {
  let offset = cache.get(hour);
  if (offset === undefined) {
    offset = computeOffset(hour * MS_PER_HOUR, timeZone);
    if (cache.size > MAX_CACHED_HOURS) cache.clear();
    cache.set(hour, offset);
  }
  return offset;
}

/**
 * The zone's offset from UTC at an instant, in ms; throws RangeError for an unknown zone. Served from the
 * offsets cached at hour starts when the hour's start and the next hour's start agree; an hour in which the
 * offset changes (e.g. St John's, whose transitions fall on the half hour) is computed exactly. A Java custom id
 * ('GMT+7') has its fixed offset.
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const custom = javaCustomZone(timeZone);
  if (custom) return custom.offsetMinutes * 60_000;
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    formatterFor(timeZone);
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  const atStart = offsetAtHourStart(hour, timeZone, cache);
  return atStart === offsetAtHourStart(hour + 1, timeZone, cache) ? atStart : computeOffset(epochMs, timeZone);
}

/** The wall clock of an instant, expressed as a UTC timestamp (read it with getUTC*). */
export function toWallMs(epochMs: number, timeZone: string): number {
  return epochMs + zoneOffsetMs(epochMs, timeZone);
}

/** The instant at which the zone's clock shows `wallMs` (a UTC-expressed wall time). */
export function fromWallMs(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffsetMs(wallMs, timeZone);
  return wallMs - zoneOffsetMs(guess, timeZone);
}

/** The wall-clock fields of `ms` in `timeZone`; throws RangeError for an unknown zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const offset = zoneOffsetMs(ms, timeZone);
  const wall = new Date(ms + offset);
  return {
    year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(),
    hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(), weekday: wall.getUTCDay(),
    offsetMinutes: Math.round(offset / 60000),
  };
}

/** The instant whose wall clock in `timeZone` reads the fields given (month 1-12; overflow rolls over). */
export function zonedToUtc(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return fromWallMs(wallMsOf(year, month, day, hour, minute, second), timeZone);
}

/** Days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(wallMsOf(year, month + 1, 0)).getUTCDate();
}

/** Sheets' serial number (days since 1899-12-30 on the zone's clock) of an instant. */
export function toSerial(epochMs: number, timeZone: string): number {
  return (toWallMs(epochMs, timeZone) - SERIAL_EPOCH_WALL_MS) / MS_PER_DAY;
}

/** The instant of a Sheets serial number on the zone's clock. */
export function fromSerial(serial: number, timeZone: string): number {
  return fromWallMs(Math.round(serial * MS_PER_DAY) + SERIAL_EPOCH_WALL_MS, timeZone);
}
