/** Money is whole Rupiah: integers only, shown the Indonesian way (`Rp1.250.000`). */

/** A whole-Rupiah amount. */
export type Rupiah = number;

/** Formats whole Rupiah with dots for thousands and no decimals: 1250000 → `Rp1.250.000`, -5000 → `-Rp5.000`. */
export function formatRupiah(amount: Rupiah): string {
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}Rp${digits}`;
}

/**
 * Reads an amount as people type it (`150000`, `150.000`, `Rp150.000`, `Rp 150.000`, or a sheet number);
 * returns null when it is not a whole, finite amount of Rupiah.
 */
export function parseRupiah(value: unknown): Rupiah | null {
  if (typeof value === 'number') return Number.isFinite(value) && Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/^rp\.?\s*/i, '');
  if (text === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^-?\d+$/.test(text)) return Number(text);
  return null;
}

/** The Sheets number format that shows whole Rupiah as `Rp1.250.000` in an Indonesian-locale spreadsheet. */
export const RUPIAH_NUMBER_FORMAT = '"Rp"#,##0';
