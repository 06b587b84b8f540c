/**
 * Display values: how Sheets shows a stored value under a number format, in the spreadsheet's
 * locale and time zone. Supports the Sheets pattern syntax the shop uses: `@`, `0`, `#,##0`, `0.00`,
 * quoted text (`"Rp"#,##0`), currency blocks (`[$Rp-421]#,##0`), `0%`, up to four `;` sections,
 * and date/time tokens (`d dd ddd dddd`, `m…mmmm`/`M…`, `yy yyyy`, `h hh H HH`, `mm` minutes, `ss`, `AM/PM`).
 */
import { CellValue, StoredDate } from './cell-value';
import { LocaleInfo } from './locale';
import { fromSerial, toSerial, toWallMs } from '../time-zone';

/** Where display happens: the spreadsheet's locale and time zone. */
export interface DisplayContext {
  locale: LocaleInfo;
  timeZone: string;
}

/** The format with quoted text, escapes and bracket blocks removed, for classifying it. */
function stripLiterals(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

const dateFormatCache = new Map<string, boolean>();

/** Whether a number format shows dates or times. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let cached = dateFormatCache.get(format);
  if (cached === undefined) {
    cached = /[dDyYhHsSmM]/.test(stripLiterals(format.split(';')[0])) && !/^general$/i.test(format);
    dateFormatCache.set(format, cached);
  }
  return cached;
}

/** Whether a number format is a numeric pattern (not automatic, not `@`, not a date). */
export function isNumericFormat(format: string | undefined): boolean {
  return !!format && format !== '@' && !/^general$/i.test(format) && !isDateFormat(format);
}

const sectionCache = new Map<string, string[]>();

function splitSections(format: string): string[] {
  let cached = sectionCache.get(format);
  if (!cached) {
    cached = splitSectionsUncached(format);
    sectionCache.set(format, cached);
  }
  return cached;
}

function splitSectionsUncached(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function groupDigits(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** Sheets' automatic format for a number: integers in full, else up to 10 decimals, locale separators. */
export function formatGeneralNumber(value: number, locale: LocaleInfo): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  let text: string;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) text = String(value);
  else if (Math.abs(value) >= 1e15 || (Math.abs(value) < 1e-9 && value !== 0)) {
    text = value.toExponential(5).replace(/\.?0+e/, 'e').replace('e', 'E');
  } else {
    text = String(Number(value.toFixed(10)));
  }
  return text.replace('.', locale.decimalSeparator);
}

interface NumberPattern {
  prefix: string;
  suffix: string;
  minInteger: number;
  grouping: boolean;
  minDecimals: number;
  maxDecimals: number;
  percent: boolean;
}

const numberPatternCache = new Map<string, NumberPattern>();

function parseNumberPattern(section: string): NumberPattern {
  const cached = numberPatternCache.get(section);
  if (cached) return cached;
  // Tokens: literal text, or one pattern character.
  const literals: string[] = [];
  const kinds: Array<'literal' | 'digit' | 'char'> = [];
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const text = end < 0 ? section.slice(i + 1) : section.slice(i + 1, end);
      literals.push(text);
      kinds.push('literal');
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' && i + 1 < section.length) {
      literals.push(section[++i]);
      kinds.push('literal');
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const block = section.slice(i + 1, end < 0 ? section.length : end);
      const currency = /^\$([^-]*)/.exec(block);
      if (currency) {
        literals.push(currency[1]);
        kinds.push('literal');
      }
      i = end < 0 ? section.length : end;
    } else if (ch === '_' || ch === '*') {
      if (ch === '_') {
        literals.push(' ');
        kinds.push('literal');
      }
      i++;
    } else if (ch === '0' || ch === '#' || ch === '?' || ch === ',' || ch === '.') {
      literals.push(ch);
      kinds.push('digit');
    } else {
      if (ch === '%') percent = true;
      literals.push(ch);
      kinds.push('char');
    }
  }
  const firstDigit = kinds.findIndex((k, i) => k === 'digit' && /[0#?]/.test(literals[i]));
  let lastDigit = -1;
  kinds.forEach((k, i) => {
    if (k === 'digit' && /[0#?]/.test(literals[i])) lastDigit = i;
  });
  const pattern: NumberPattern = {
    prefix: '', suffix: '', minInteger: 0, grouping: false, minDecimals: 0, maxDecimals: 0, percent,
  };
  if (firstDigit < 0) {
    pattern.prefix = literals.join('');
  } else {
    pattern.prefix = literals.slice(0, firstDigit).join('');
    pattern.suffix = literals.slice(lastDigit + 1).join('');
    const body = literals.slice(firstDigit, lastDigit + 1).filter((_, i) => kinds[firstDigit + i] === 'digit').join('');
    const [integerPart, decimalPart = ''] = body.split('.');
    pattern.grouping = integerPart.includes(',');
    pattern.minInteger = (integerPart.match(/0/g) ?? []).length;
    pattern.minDecimals = (decimalPart.match(/0/g) ?? []).length;
    pattern.maxDecimals = (decimalPart.match(/[0#?]/g) ?? []).length;
  }
  numberPatternCache.set(section, pattern);
  return pattern;
}

function applyNumberPattern(magnitude: number, pattern: NumberPattern, locale: LocaleInfo): string {
  const scaled = pattern.percent ? magnitude * 100 : magnitude;
  let fixed = (Math.round(Number(`${scaled}e${pattern.maxDecimals}`)) / 10 ** pattern.maxDecimals).toFixed(pattern.maxDecimals);
  if (fixed.includes('e')) fixed = scaled.toFixed(pattern.maxDecimals);
  let [integerDigits, decimals = ''] = fixed.split('.');
  while (decimals.length > pattern.minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  if (integerDigits === '0' && pattern.minInteger === 0) integerDigits = '';
  while (integerDigits.length < pattern.minInteger) integerDigits = `0${integerDigits}`;
  if (pattern.grouping) integerDigits = groupDigits(integerDigits, locale.thousandsSeparator);
  const number = decimals ? `${integerDigits}${locale.decimalSeparator}${decimals}` : integerDigits;
  return `${pattern.prefix}${number}${pattern.suffix}`;
}

/** A number shown under a numeric pattern (sections: positive;negative;zero;text). */
export function formatNumber(value: number, format: string, locale: LocaleInfo): string {
  const sections = splitSections(format);
  if (value < 0 && sections.length > 1 && sections[1] !== '') {
    return applyNumberPattern(-value, parseNumberPattern(sections[1]), locale);
  }
  if (value === 0 && sections.length > 2 && sections[2] !== '') {
    return applyNumberPattern(0, parseNumberPattern(sections[2]), locale);
  }
  const shown = applyNumberPattern(Math.abs(value), parseNumberPattern(sections[0]), locale);
  const isZeroShown = !/[1-9]/.test(shown);
  return value < 0 && !isZeroShown ? `-${shown}` : shown;
}

type DateToken =
  | { kind: 'literal'; text: string }
  | { kind: 'year' | 'month' | 'minute' | 'day' | 'hour' | 'second'; width: number }
  | { kind: 'ampm'; style: 'AM/PM' | 'am/pm' | 'A/P' | 'a/p' };

const dateTokenCache = new Map<string, DateToken[]>();

function tokenizeDateFormat(format: string): DateToken[] {
  const cached = dateTokenCache.get(format);
  if (cached) return cached;
  const tokens: DateToken[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  for (let i = 0; i < format.length; ) {
    const rest = format.slice(i);
    const ampm = /^(AM\/PM|am\/pm|A\/P|a\/p)/.exec(rest);
    if (ampm) {
      tokens.push({ kind: 'ampm', style: ampm[1] as 'AM/PM' });
      i += ampm[1].length;
      continue;
    }
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      literal(end < 0 ? format.slice(i + 1) : format.slice(i + 1, end));
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < format.length) {
      literal(format[i + 1]);
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = format.indexOf(']', i);
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let width = 1;
      while (i + width < format.length && format[i + width].toLowerCase() === lower) width++;
      const kind = lower === 'y' ? 'year' : lower === 'm' ? 'month' : lower === 'd' ? 'day' : lower === 'h' ? 'hour' : 'second';
      tokens.push({ kind, width });
      i += width;
      continue;
    }
    literal(ch);
    i++;
  }
  // An m-run right after an hour, or right before seconds, is minutes (Sheets' rule).
  const fields = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind !== 'literal');
  fields.forEach(({ t }, n) => {
    if (t.kind !== 'month' || t.width > 2) return;
    const before = fields[n - 1]?.t;
    const after = fields[n + 1]?.t;
    if ((before && before.kind === 'hour') || (after && after.kind === 'second')) {
      (t as { kind: string }).kind = 'minute';
    }
  });
  dateTokenCache.set(format, tokens);
  return tokens;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** An instant shown under a date/time pattern on the zone's clock, with the locale's names. */
export function formatDateTime(epochMs: number, format: string, context: DisplayContext): string {
  const wall = new Date(toWallMs(epochMs, context.timeZone));
  const tokens = tokenizeDateFormat(splitSections(format)[0]);
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const { locale } = context;
  let out = '';
  for (const token of tokens) {
    switch (token.kind) {
      case 'literal':
        out += token.text;
        break;
      case 'year':
        out += token.width <= 2 ? pad(wall.getUTCFullYear() % 100, 2) : pad(wall.getUTCFullYear(), 4);
        break;
      case 'month': {
        const month = wall.getUTCMonth();
        if (token.width === 1) out += String(month + 1);
        else if (token.width === 2) out += pad(month + 1, 2);
        else if (token.width === 3) out += locale.shortMonthNames[month];
        else if (token.width === 4) out += locale.monthNames[month];
        else out += locale.monthNames[month][0];
        break;
      }
      case 'minute':
        out += token.width === 1 ? String(wall.getUTCMinutes()) : pad(wall.getUTCMinutes(), 2);
        break;
      case 'day': {
        const day = wall.getUTCDate();
        if (token.width === 1) out += String(day);
        else if (token.width === 2) out += pad(day, 2);
        else if (token.width === 3) out += locale.shortDayNames[wall.getUTCDay()];
        else out += locale.dayNames[wall.getUTCDay()];
        break;
      }
      case 'hour': {
        let hour = wall.getUTCHours();
        if (twelveHour) hour = hour % 12 === 0 ? 12 : hour % 12;
        out += token.width === 1 ? String(hour) : pad(hour, 2);
        break;
      }
      case 'second':
        out += token.width === 1 ? String(wall.getUTCSeconds()) : pad(wall.getUTCSeconds(), 2);
        break;
      case 'ampm': {
        const pm = wall.getUTCHours() >= 12;
        const [am, p] = token.style.split('/');
        out += pm ? p : am;
        break;
      }
    }
  }
  return out;
}

/** The automatic display of a date cell: `dd/MM/yyyy` (locale order), plus ` HH:mm:ss` unless midnight. */
export function formatDefaultDate(epochMs: number, context: DisplayContext): string {
  const wall = new Date(toWallMs(epochMs, context.timeZone));
  const day = pad(wall.getUTCDate(), 2);
  const month = pad(wall.getUTCMonth() + 1, 2);
  const date = context.locale.dayFirst ? `${day}/${month}/${wall.getUTCFullYear()}` : `${month}/${day}/${wall.getUTCFullYear()}`;
  const isMidnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0 && wall.getUTCSeconds() === 0;
  if (wall.getUTCFullYear() === 1899 && wall.getUTCMonth() === 11 && wall.getUTCDate() === 30) {
    return `${wall.getUTCHours()}:${pad(wall.getUTCMinutes(), 2)}:${pad(wall.getUTCSeconds(), 2)}`;
  }
  return isMidnight ? date : `${date} ${pad(wall.getUTCHours(), 2)}:${pad(wall.getUTCMinutes(), 2)}:${pad(wall.getUTCSeconds(), 2)}`;
}

/** What getDisplayValue shows for a stored value under a number format. */
export function displayValue(value: CellValue | undefined, format: string | undefined, context: DisplayContext): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (isDateFormat(format)) {
      // A serial number past JavaScript's dates (±100,000,000 days) has no calendar date: shown as the
      // number (our choice), never a host RangeError.
      if (!(Math.abs(value) < 99_000_000)) return formatGeneralNumber(value, context.locale);
      return formatDateTime(fromSerial(value, context.timeZone), format as string, context);
    }
    if (isNumericFormat(format)) return formatNumber(value, format as string, context.locale);
    return formatGeneralNumber(value, context.locale);
  }
  const date = value as StoredDate;
  if (isDateFormat(format)) return formatDateTime(date.ms, format as string, context);
  if (isNumericFormat(format)) return formatNumber(toSerial(date.ms, context.timeZone), format as string, context.locale);
  return formatDefaultDate(date.ms, context);
}
