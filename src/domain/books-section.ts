/**
 * The report's books sections in one value: the position at each month end (books-position.ts) and the
 * tax helper of the report month (umkm-tax.ts), built from what the report already read plus
 * `Keuangan · Pembelian`. A blank or bad tax setting never stops the report: the section says what to
 * fill in and still shows the turnover. Pure.
 */
import { Text } from './i18n';
import { monthBounds, previousMonth } from './jakarta-time';
import { LedgerEntry } from './ledger';
import { BooksPosition, buildBooksPosition, PositionPurchaseLine, ReceivableLine } from './books-position';
import { monthlyTurnover, readTaxSettings, TaxMonth, TaxSettingsInput, TaxSetup, umkmTaxMonth } from './umkm-tax';
import { ReportItemLine, ReportOrder, ReportStockItem } from './monthly-report';

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

/** What the books sections are computed from. */
export interface BooksInput {
  /** The report month `yyyy-MM`. */
  readonly month: string;
  readonly orders: readonly ReportOrder[];
  readonly ledger: readonly LedgerEntry[];
  readonly stock: readonly ReportStockItem[];
  readonly parseItems: (items: string) => readonly ReportItemLine[];
  readonly cashAccounts: readonly string[];
  readonly purchases: readonly PositionPurchaseLine[];
  readonly tax: TaxSettingsInput;
  /** Other sections' receivables (piutang marketplace), listed in the position. */
  readonly otherReceivables?: readonly ReceivableLine[];
}

/** Turnover only, when the settings cannot say which rule applies: no untaxed part, no tax, no PPN. */
const NO_TAX: TaxSetup = { kind: 'entity', finalRegime: false, pkp: false, vatRate: null };

/** Builds the books sections of the report month and the two before it. */
export function buildBooksSection(input: BooksInput): BooksSection {
  const months = [previousMonth(input.month, 2), previousMonth(input.month, 1), input.month];
  const position = buildBooksPosition({
    monthEnds: months.map((m) => monthBounds(m).end),
    orders: input.orders,
    ledger: input.ledger,
    stock: input.stock,
    parseItems: input.parseItems,
    cashAccounts: input.cashAccounts,
    purchases: input.purchases,
    otherReceivables: input.otherReceivables,
  });
  const { setup, problems } = readTaxSettings(input.tax);
  const years = new Map<number, number[]>();
  const turnoverOf = (year: number) => {
    if (!years.has(year)) years.set(year, monthlyTurnover(input.ledger, year));
    return years.get(year) as number[];
  };
  const figures = months.map((m) => umkmTaxMonth(m, turnoverOf(Number(m.slice(0, 4))), setup ?? NO_TAX));
  return { position, tax: { figures, setup, problems } };
}
