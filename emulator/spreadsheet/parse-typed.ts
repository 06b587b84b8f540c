/**
 * "Parsed as typed": what Sheets stores when a string is written by setValue(s) or typed by a person.
 * `=…` is a formula; `'…` is text without the apostrophe; numbers (`0812` → 812) in the spreadsheet
 * locale's separators (id_ID: `15.000` is 15000 and `1,5` is 1.5; en_US: `15,000` and `1.5`), TRUE/FALSE
 * and dates (ISO `2026-11-28`, the locale's `28/11/2026`, times `14:30`) are converted; the rest is text.
 */
import { CellValue, StoredDate } from './cell-value';
import { LocaleInfo } from './locale';
import { zonedToUtc } from '../time-zone';

/** Typed text that is a formula (kept apart from text values without allocating per text cell). */
export class TypedFormula {
  constructor(readonly text: string) {}
}

/** The outcome of typing: a formula, a value to store, or undefined for an empty cell. */
export type TypedContent = TypedFormula | CellValue | undefined;

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PLAIN_NUMBER_DECIMAL_COMMA = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;

/** A number without grouping, in the locale's decimal separator, or undefined. */
function plainNumber(text: string, locale: LocaleInfo): number | undefined {
  if (locale.decimalSeparator === ',') {
    return PLAIN_NUMBER_DECIMAL_COMMA.test(text) ? Number(text.replace(',', '.')) : undefined;
  }
  return PLAIN_NUMBER.test(text) ? Number(text) : undefined;
}
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function groupedNumber(text: string, locale: LocaleInfo): number | undefined {
  const t = locale.thousandsSeparator === '.' ? '\\.' : ',';
  const d = locale.decimalSeparator === ',' ? ',' : '\\.';
  const grouped = new RegExp(`^([+-]?)(\\d{1,3}(?:${t}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const match = grouped.exec(text);
  if (!match) return undefined;
  if (!match[2].includes(locale.thousandsSeparator) && match[3] === undefined) return undefined;
  const digits = match[2].split(locale.thousandsSeparator).join('');
  return Number(`${match[1]}${digits}${match[3] !== undefined ? `.${match[3]}` : ''}`);
}

function validDate(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateFromParts(parts: number[], timeZone: string): StoredDate | undefined {
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts;
  if (!validDate(year, month, day, hour, minute, second)) return undefined;
  return new StoredDate(zonedToUtc(timeZone, year, month, day, hour, minute, second));
}

function parseDate(text: string, locale: LocaleInfo, timeZone: string): StoredDate | undefined {
  const toNumbers = (m: RegExpExecArray, from: number): number[] =>
    m.slice(from).filter((s) => s !== undefined).map(Number);
  let m = ISO_DATE.exec(text);
  if (m) return dateFromParts(toNumbers(m, 1), timeZone);
  m = SLASH_DATE.exec(text);
  if (m) {
    const [a, b, year, ...time] = toNumbers(m, 1);
    const [day, month] = locale.dayFirst ? [a, b] : [b, a];
    return dateFromParts([year, month, day, ...time], timeZone);
  }
  m = TIME_ONLY.exec(text);
  if (m) return dateFromParts([1899, 12, 30, ...toNumbers(m, 1)], timeZone);
  return undefined;
}

/** What a cell holds after `text` is typed (or written by a script) into it. */
export function parseTyped(text: string, locale: LocaleInfo, timeZone: string): TypedContent {
  if (text === '') return undefined;
  const first = text.charCodeAt(0);
  if (first === 61 /* = */ && text.length > 1) return new TypedFormula(text);
  if (first === 39 /* ' */) return text.length > 1 ? text.slice(1) : undefined;
  const trimmed = text.trim();
  const lead = trimmed.charCodeAt(0);
  const decimalLead = locale.decimalSeparator.charCodeAt(0);
  const looksNumeric = (lead >= 48 && lead <= 57) || lead === 43 || lead === 45 || lead === decimalLead;
  if (looksNumeric) {
    const plain = plainNumber(trimmed, locale);
    if (plain !== undefined) return plain;
    const grouped = groupedNumber(trimmed, locale);
    if (grouped !== undefined) return grouped;
    if (lead !== 43 && lead !== 45 && lead !== decimalLead) {
      const date = parseDate(trimmed, locale, timeZone);
      if (date) return date;
    }
    return text;
  }
  if (trimmed.length === 4 || trimmed.length === 5) {
    const upper = trimmed.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
  }
  return text;
}
