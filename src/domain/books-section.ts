/**
 * The report's books sections in one value: the position at each month end (books-position.ts) and the
 * tax helper of the report month (umkm-tax.ts), built from what the report already read plus
 * `Keuangan · Pembelian`. A blank or bad tax setting never stops the report: the section says what to
 * fill in and still shows the turnover. Pure.
 */
import { Text } from './i18n';
import { monthBounds, previousMonth } from './jakarta-time';
import { BooksPosition, buildBooksPosition, PositionInput } from './books-position';
import { monthlyTurnover, readTaxSettings, TaxMonth, TaxSettingsInput, TaxSetup, umkmTaxMonth } from './umkm-tax';

/** The tax helper's part: the figures, the checked setup (null when a setting is missing or bad) and what to fill in. */
export interface TaxSection {
  /** The helper's figures of the three report months, oldest first (each month within its own calendar year). */
  readonly figures: readonly TaxMonth[];
  readonly setup: TaxSetup | null;
  readonly problems: readonly Text[];
}

/** Everything the books sections show. */
export interface BooksSection {
  readonly position: BooksPosition;
  readonly tax: TaxSection;
}

/** What the books sections are computed from: the position's inputs for the report month, and the tax settings. */
export interface BooksInput extends Omit<PositionInput, 'monthEnds'> {
  /** The report month `yyyy-MM`. */
  readonly month: string;
  readonly tax: TaxSettingsInput;
}

/** Turnover only, when the settings cannot say which rule applies: no untaxed part, no tax, no PPN. */
const NO_TAX: TaxSetup = { kind: 'entity', finalRegime: false, pkp: false, vatRate: null };

/** Builds the books sections of the report month and the two before it. */
export function buildBooksSection(input: BooksInput): BooksSection {
  const { month, tax, ...positionInput } = input;
  const months = [previousMonth(month, 2), previousMonth(month, 1), month];
  const position = buildBooksPosition({ ...positionInput, monthEnds: months.map((m) => monthBounds(m).end) });
  const { setup, problems } = readTaxSettings(tax);
  const years = new Map<number, number[]>();
  const turnoverOf = (year: number) => {
    if (!years.has(year)) years.set(year, monthlyTurnover(input.ledger, year));
    return years.get(year) as number[];
  };
  const figures = months.map((m) => umkmTaxMonth(m, turnoverOf(Number(m.slice(0, 4))), setup ?? NO_TAX));
  return { position, tax: { figures, setup, problems } };
}
