/**
 * A person's leave (`Cuti` in Pengaturan's team table): one day or a range of days, as people type it
 * (`24/12/2026 - 2/1/2027`, `2026-12-24 s/d 2027-01-02`, `24 Des 2026 – 2 Jan 2027`, `24/12/2026`) or a
 * date cell. Days are calendar days in Jakarta, both ends included.
 */
import { cellText } from './cell';
import { Text } from './i18n';
import { jakartaParts, SHORT_MONTH_NAMES_ID } from './jakarta-time';

/** A leave as two day numbers `yyyymmdd`, both included; or none; or what is wrong with the cell. */
export type Leave = { ok: true; from: number; to: number } | { ok: true; none: true } | { ok: false; problem: Text };

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORDS = new Map<string, number>([
  ...SHORT_MONTH_NAMES_ID.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...MONTHS_EN.map((m, i) => [m, i + 1] as const),
  ['agt', 8],
]);

const DATE_PATTERN =
  /(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})|(\d{1,2})-(\d{1,2})-(\d{4})|(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/g;

/** The day number `yyyymmdd` of an instant, in Jakarta. */
export function jakartaDay(epochMs: number): number {
  const p = jakartaParts(epochMs);
  return p.year * 10000 + p.month * 100 + p.day;
}

const validDay = (year: number, month: number, day: number): number | null => {
  const y = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(y, month - 1, day));
  return date.getUTCFullYear() === y && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? y * 10000 + month * 100 + day : null;
};

/** Reads a Cuti cell (see the file comment); a blank cell is no leave. */
export function parseLeave(value: unknown): Leave {
  if (typeof value === 'number' && Number.isFinite(value) && value > 1e11) {
    const day = jakartaDay(value);
    return { ok: true, from: day, to: day };
  }
  const text = cellText(value);
  if (text === '') return { ok: true, none: true };
  const days: number[] = [];
  let rest = text;
  for (const m of text.matchAll(DATE_PATTERN)) {
    let day: number | null = null;
    if (m[1]) day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) day = validDay(Number(m[6]), Number(m[5]), Number(m[4]));
    else if (m[7]) day = validDay(Number(m[9]), Number(m[8]), Number(m[7]));
    else {
      const month = MONTH_WORDS.get(m[11].slice(0, 3).toLowerCase());
      day = month === undefined ? null : validDay(Number(m[12]), month, Number(m[10]));
    }
    if (day === null) return unreadable(text);
    days.push(day);
    rest = rest.replace(m[0], ' ');
  }
  // Between the dates only a separator may stand: - – — s/d sampai hingga to until.
  const leftover = rest.replace(/s\/d|sampai|hingga|until|to|[-–—,]/gi, ' ').trim();
  if (days.length === 0 || days.length > 2 || leftover !== '') return unreadable(text);
  const [from, to] = days.length === 1 ? [days[0], days[0]] : days;
  if (to < from) return { ok: false, problem: { id: `Cuti "${text}" berakhir sebelum mulai`, en: `Leave "${text}" ends before it starts` } };
  return { ok: true, from, to };
}

function unreadable(text: string): Leave {
  return {
    ok: false,
    problem: {
      id: `Cuti "${text}" tidak terbaca — tulis tanggalnya, mis. 24/12/2026 - 02/01/2027 (atau satu tanggal untuk satu hari)`,
      en: `Leave "${text}" cannot be read — write the dates, e.g. 24/12/2026 - 02/01/2027 (or one date for one day)`,
    },
  };
}

/** Whether a leave covers the day of `now` (Jakarta). */
export function onLeave(leave: Leave, now: number): boolean {
  if (!leave.ok || 'none' in leave) return false;
  const today = jakartaDay(now);
  return today >= leave.from && today <= leave.to;
}
