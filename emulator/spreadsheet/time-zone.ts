/**
 * Wall-clock arithmetic in a named time zone (the spreadsheet's), using the platform's tz data, so
 * display formats, typed dates and the Sheets serial-number epoch (1899-12-30) agree with Google.
 */

const MS_PER_DAY = 86_400_000;
/** Day 0 of Sheets' serial numbers, as a wall-clock instant in UTC terms. */
const SERIAL_EPOCH_WALL_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the platform knows this IANA zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(whole))) parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return wall.getTime() - whole;
}

/** The zone's offset from UTC at an instant, in ms (cached per hour of time). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  const hour = Math.floor(epochMs / 3_600_000);
  let offset = cache.get(hour);
  if (offset === undefined) {
    offset = computeOffset(epochMs, timeZone);
    if (cache.size > 200_000) cache.clear();
    cache.set(hour, offset);
  }
  return offset;
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

/** Sheets' serial number (days since 1899-12-30 on the zone's clock) of an instant. */
export function toSerial(epochMs: number, timeZone: string): number {
  return (toWallMs(epochMs, timeZone) - SERIAL_EPOCH_WALL_MS) / MS_PER_DAY;
}

/** The instant of a Sheets serial number on the zone's clock. */
export function fromSerial(serial: number, timeZone: string): number {
  return fromWallMs(Math.round(serial * MS_PER_DAY) + SERIAL_EPOCH_WALL_MS, timeZone);
}

/** The instant the zone's clock shows the given calendar moment (month 1–12). */
export function zonedInstant(
  year: number, month: number, day: number, hour = 0, minute = 0, second = 0, timeZone: string,
): number {
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return fromWallMs(wall.getTime(), timeZone);
}
