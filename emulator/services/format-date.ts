/**
 * Utilities.formatDate: Java SimpleDateFormat patterns, English names as Apps Script prints them,
 * the zone through Intl. An unknown zone formats as GMT, as Java's TimeZone.getTimeZone does.
 */
import { scriptError } from './errors';
import { isJavaTimeZoneId, javaCustomZone, zonedParts, type ZonedParts } from '../time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Java's short names for the zones an Indonesian shop meets, where they differ from Intl's 'GMT+7'. */
const SHORT_ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT',
  UTC: 'UTC', 'Etc/UTC': 'UTC', GMT: 'GMT', 'Etc/GMT': 'GMT',
};

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function dayOfYear(p: ZonedParts): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000 + 1;
}

/** Week of year and week-year as Java's en-US Calendar counts them (weeks start Sunday; week 1 holds 1 January). */
function usWeek(p: ZonedParts): { week: number; weekYear: number } {
  const nextJan1Weekday = new Date(Date.UTC(p.year + 1, 0, 1)).getUTCDay();
  const daysInYear = dayOfYear({ ...p, month: 12, day: 31 });
  const day = dayOfYear(p);
  if (nextJan1Weekday !== 0 && day > daysInYear - nextJan1Weekday) return { week: 1, weekYear: p.year + 1 };
  const jan1Weekday = new Date(Date.UTC(p.year, 0, 1)).getUTCDay();
  return { week: Math.floor((day - 1 + jan1Weekday) / 7) + 1, weekYear: p.year };
}

function offsetText(offsetMinutes: number, withColon: boolean, hoursOnly = false): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = pad(Math.floor(abs / 60), 2);
  if (hoursOnly) return `${sign}${hours}`;
  return `${sign}${hours}${withColon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Java's long names where Intl's differ. */
const LONG_ZONE_NAMES: Record<string, string> = { GMT: 'Greenwich Mean Time', 'Etc/GMT': 'Greenwich Mean Time' };

/** The zone's name as Java prints it; a custom id ('GMT+7') has no names, so Java prints its normalised id 'GMT+07:00'. */
function zoneName(ms: number, timeZone: string, long: boolean): string {
  const custom = javaCustomZone(timeZone);
  if (custom) return custom.id;
  if (!long && SHORT_ZONE_NAMES[timeZone]) return SHORT_ZONE_NAMES[timeZone];
  if (long && LONG_ZONE_NAMES[timeZone]) return LONG_ZONE_NAMES[timeZone];
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' }).formatToParts(ms);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

function field(letter: string, count: number, p: ZonedParts, ms: number, timeZone: string): string {
  switch (letter) {
    case 'G': return 'AD';
    case 'y': return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'Y': {
      const { weekYear } = usWeek(p);
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1];
      if (count === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, count);
    case 'w': return pad(usWeek(p).week, count);
    case 'W': return pad(Math.floor((p.day - 1 + new Date(Date.UTC(p.year, p.month - 1, 1)).getUTCDay()) / 7) + 1, count);
    case 'D': return pad(dayOfYear(p), count);
    case 'd': return pad(p.day, count);
    case 'F': return pad(Math.floor((p.day - 1) / 7) + 1, count);
    case 'E': return count >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case 'u': return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a': return p.hour < 12 ? 'AM' : 'PM';
    case 'H': return pad(p.hour, count);
    case 'k': return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K': return pad(p.hour % 12, count);
    case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm': return pad(p.minute, count);
    case 's': return pad(p.second, count);
    case 'S': return pad(p.millisecond, count);
    case 'z': return zoneName(ms, timeZone, count >= 4);
    case 'Z': return offsetText(p.offsetMinutes, false);
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      return offsetText(p.offsetMinutes, count >= 3, count === 1);
    default:
      throw scriptError(`Illegal pattern character '${letter}'`);
  }
}

/** Formats `ms` with a Java SimpleDateFormat pattern in `timeZone`, as Utilities.formatDate does. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const zone = isJavaTimeZoneId(timeZone) ? timeZone : 'GMT';
  const parts = zonedParts(ms, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") {
          break;
        } else {
          out += pattern[j++];
        }
      }
      if (j >= pattern.length) throw scriptError(`Unterminated quote`);
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern[i + count] === c) count++;
      out += field(c, count, parts, ms, zone);
      i += count;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Exposed for the trigger event's 'week-of-year': ISO-8601 week number of a UTC date. */
export function isoWeekOfYear(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7);
}

