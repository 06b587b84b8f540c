/**
 * Figures people type into planning cells and settings the way they say them: an amount with `juta`,
 * `jt`, `ribu`, `rb` or `miliar` ("75 juta", "1,5 M"), a percent ("35%", "2,5", "35 persen"), an hour
 * of the day ("20.00", "20:30", "jam 8 malam", "8 pm"). Each returns null when the text cannot be read,
 * so the caller names the cell and says what to type. Pure.
 */
import { cellText } from './cell';
import { parseRupiah, Rupiah } from './money';

const UNITS: Record<string, number> = {
  rb: 1e3, ribu: 1e3, k: 1e3, jt: 1e6, juta: 1e6, m: 1e9, miliar: 1e9, milyar: 1e9, t: 1e12, triliun: 1e12,
};

/** A decimal typed the Indonesian way (`1,5`) or the English way (`1.5`); null when it is not one. */
function decimal(text: string): number | null {
  const t = text.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * A whole, non-negative Rupiah amount typed as a number (`75000000`, `75.000.000`, `Rp75.000.000`) or
 * with a unit word (`75 juta`, `75jt`, `Rp 1,5 miliar`, `500 ribu`, `500rb`); rounded to the rupiah.
 */
export function parseTypedRupiah(value: unknown): Rupiah | null {
  const plain = parseRupiah(value);
  if (plain !== null) return plain >= 0 ? plain : null;
  const text = cellText(value).toLowerCase().replace(/^rp\.?\s*/, '');
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?$/.exec(text);
  if (!m || UNITS[m[2]] === undefined) return null;
  const n = decimal(m[1]);
  return n === null ? null : Math.round(n * UNITS[m[2]]);
}

/**
 * A percent as a fraction (35% → 0.35): text is read as percent points with or without `%`/`persen`
 * (`35%`, `35`, `2,5`, `0,5 persen` → 0.005); a sheet number of at most 1 is a cell already in percent
 * format (0.35 shows as 35%), a larger one is percent points. Negative or over 100% is null.
 */
export function parsePercent(value: unknown): number | null {
  let fraction: number | null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    fraction = value <= 1 ? value : value / 100;
  } else {
    const m = /^(\d+(?:[.,]\d+)?)\s*(%|persen|percent)?$/.exec(cellText(value).toLowerCase());
    const points = m ? decimal(m[1]) : null;
    fraction = points === null ? null : points / 100;
  }
  return fraction !== null && fraction >= 0 && fraction <= 1 ? fraction : null;
}

/** An hour and minute of the day (Jakarta). */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/** Words after an hour that say which half of the day it is in. */
function withDayPart(hour: number, part: string): number | null {
  if (hour > 12 && part !== '') return null; // "20 malam" is fine to read but "20 pagi" is not: only 1–12 take a day part
  switch (part) {
    case '':
      return hour;
    case 'pagi':
    case 'am':
      return hour === 12 ? 0 : hour;
    case 'siang':
      return hour <= 4 ? hour + 12 : hour; // 12 siang = 12.00, 1 siang = 13.00
    case 'sore':
    case 'petang':
    case 'pm':
      return hour === 12 ? 12 : hour + 12;
    case 'malam':
      return hour === 12 ? 0 : hour <= 4 ? hour : hour + 12; // 8 malam = 20.00, 12 malam = 00.00, 2 malam = 02.00
    default:
      return null;
  }
}

/**
 * Reads a time of day as people type it: `20.00`, `20:30`, `20`, `pukul 20.00 WIB`, `jam 8 malam`,
 * `8 malam`, `3 sore`, `7 pagi`, `8 pm`, `8pm`, or a sheet time (a date-time whose Jakarta hour counts);
 * null when it cannot be read.
 */
export function parseTimeOfDay(value: unknown, hourOfInstant?: (epochMs: number) => TimeOfDay): TimeOfDay | null {
  if (typeof value === 'number') return hourOfInstant && Number.isFinite(value) && Math.abs(value) > 1e9 ? hourOfInstant(value) : null;
  const text = cellText(value).toLowerCase().replace(/\s+/g, ' ').replace(/^(jam|pukul|pk\.?)\s*/, '').replace(/\s*wib$/, '').trim();
  const m = /^(\d{1,2})(?:[.:](\d{2}))?\s*(pagi|siang|sore|petang|malam|am|pm)?$/.exec(text);
  if (!m) return null;
  const hour = withDayPart(Number(m[1]), m[3] ?? '');
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour === null || hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** A time of day as the team writes it: `20.00`, `08.30`. */
export function formatTimeOfDay(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}.${String(time.minute).padStart(2, '0')}`;
}
