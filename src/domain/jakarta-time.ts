/**
 * Time in Asia/Jakarta (WIB, UTC+7 all year, no daylight saving), computed purely from epoch
 * milliseconds so the domain never depends on the machine's or the script's zone.
 */

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
/** The months as the shop abbreviates them in dates (`Agu`, `Okt`, `Des`), January first. */
export const SHORT_MONTH_NAMES_ID: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** Calendar parts of an instant as a clock in Jakarta shows it (month 1–12). */
export interface JakartaParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Jakarta wall-clock parts of an instant. */
export function jakartaParts(epochMs: number): JakartaParts {
  const d = new Date(epochMs + WIB_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The instant of a Jakarta wall-clock time (month 1–12). */
export function jakartaInstant(year: number, month: number, day = 1, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - WIB_OFFSET_MS;
}

/** The Jakarta month of an instant, as `yyyy-MM`. */
export function jakartaMonth(epochMs: number): string {
  const p = jakartaParts(epochMs);
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

/** The month before a `yyyy-MM` month (n months before with `back`). */
export function previousMonth(month: string, back = 1): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and one-past-last instants of a Jakarta month `yyyy-MM`. */
export function monthBounds(month: string): { start: number; end: number } {
  const [y, m] = month.split('-').map(Number);
  return { start: jakartaInstant(y, m), end: jakartaInstant(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1) };
}

/** A date the way the shop writes it: `28 Nov 2026`. */
export function formatJakartaDate(epochMs: number): string {
  const p = jakartaParts(epochMs);
  return `${p.day} ${SHORT_MONTH_NAMES_ID[p.month - 1]} ${p.year}`;
}

/** A date and time the way the shop writes it: `28 Nov 2026 07.00 WIB`. */
export function formatJakartaDateTime(epochMs: number): string {
  const p = jakartaParts(epochMs);
  const hh = String(p.hour).padStart(2, '0');
  const mm = String(p.minute).padStart(2, '0');
  return `${formatJakartaDate(epochMs)} ${hh}.${mm} WIB`;
}
