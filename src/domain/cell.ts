/** Reading one sheet cell as the planners and checks need it (no Apps Script types). */

/** A cell as a record holds it: text, a number or a boolean; dates and times are epoch ms. */
export type Cell = string | number | boolean;

/** A cell as trimmed text ('' for blank, null or undefined). */
export function cellText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/** A whole number read from a cell; blank reads as `blank`, anything else that is not whole is null. */
export function cellInteger(value: Cell | undefined, blank: number | null = 0): number | null {
  if (value === undefined || value === '') return blank;
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const text = String(value).trim().replace(/\./g, '');
  return /^-?\d+$/.test(text) ? Number(text) : null;
}
