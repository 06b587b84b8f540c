/**
 * The cash ledger (`Keuangan · Kas`): what an entry is, the categories the report treats specially,
 * and the check of hand-typed rows. A bad row is reported with its row number, never thrown, so one
 * typo in the ledger cannot stop the monthly report.
 */
import { Text } from './i18n';
import { cellText } from './cell';
import { Rupiah, parseRupiah } from './money';
import { jakartaInstant } from './jakarta-time';
import { LEDGER_TYPES } from '../sheets/schema';
import { ledgerProblemTexts } from './finance-messages';

/** Income or expense. */
export type LedgerType = (typeof LEDGER_TYPES)[number];
/** Income. */
export const INCOME: LedgerType = 'Pemasukan';
/** Expense. */
export const EXPENSE: LedgerType = 'Pengeluaran';

/** Income from sales (written by Approve order, or at delivery for COD): the report takes sales from the orders instead. */
export const SALES_CATEGORY = 'Penjualan';
/** Shipping: as income it duplicates the orders' Ongkir (ignored by the report); as expense it is what couriers are paid. */
export const SHIPPING_CATEGORY = 'Ongkir';
/** Buying stock: cash out, but not a cost in profit — the goods' cost enters profit as HPP when they sell. */
export const STOCK_PURCHASE_CATEGORY = 'Pembelian stok';
/** Money paid back to customers. */
export const REFUND_CATEGORY = 'Refund';
/**
 * What a cash account held when the shop started keeping this cash book (Pemasukan; Pengeluaran for an
 * overdrawn account): not income, not a flow of the month — only the start of the account's balance.
 * Always accepted, even when Pengaturan's list of categories does not name it.
 */
export const OPENING_BALANCE_CATEGORY = 'Saldo awal';

/** Whether an entry is an opening balance (see OPENING_BALANCE_CATEGORY). */
export function isOpeningBalance(entry: { readonly category: string }): boolean {
  return entry.category.trim().toLowerCase() === OPENING_BALANCE_CATEGORY.toLowerCase();
}

/** The ledger ID of an order's sales income (written once, at approval or, for COD, at delivery). */
export function salesLedgerId(orderId: string): string {
  return `PJ-${orderId}`;
}

/** The ledger ID of an order's refund (written once, when a paid order is cancelled). */
export function refundLedgerId(orderId: string): string {
  return `RF-${orderId}`;
}

/** A valid ledger entry read from its sheet row: `date` in epoch ms (its Jakarta day decides its month); amount is positive whole Rupiah. */
export interface LedgerEntry extends NewLedgerEntry {
  readonly rowNumber: number;
  /** The `Akun` cell as the list spells it ('' when blank: the default account, see cash-accounts.ts). */
  readonly account?: string;
}

/** One bad ledger row: its sheet row number and what is wrong with it, in both languages. */
export interface LedgerProblem {
  readonly rowNumber: number;
  readonly text: Text;
}

/** The ledger split into entries the report counts and rows it cannot count. */
export interface LedgerCheck {
  readonly entries: LedgerEntry[];
  readonly problems: LedgerProblem[];
}

/** A ledger row as the table reads it (keys of LEDGER_SHEET; dates already epoch ms). */
export interface LedgerRowInput {
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, unknown>>;
}

/** An entry the script writes (approval, receipt of stock): the ID makes writing it twice impossible. */
export interface NewLedgerEntry {
  readonly entryId: string;
  readonly date: number;
  readonly type: LedgerType;
  readonly category: string;
  readonly amount: Rupiah;
  readonly reference: string;
  readonly note: string;
  readonly by: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, des: 12, desember: 12, dec: 12, december: 12,
};

/** The start (Jakarta midnight) of a valid calendar day, or null. */
function validDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return jakartaInstant(year, month, day);
}

/**
 * Reads a ledger date: a sheet date (epoch ms) or text typed as `28/11/2026`, `28-11-2026`, `2026-11-28`
 * or `28 Nov 2026` (Indonesian or English month names); null when it is not a real day.
 */
export function parseLedgerDate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) > 1e11 ? value : null;
  const raw = cellText(value);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/i.exec(raw);
  if (m && MONTHS[m[2].toLowerCase()]) return validDay(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]));
  return null;
}

/** Reads an entry type, accepting the English words and `masuk`/`keluar`; null when it is neither. */
function parseLedgerType(value: unknown): LedgerType | null {
  const word = cellText(value).toLowerCase();
  if (['pemasukan', 'masuk', 'income', 'in'].includes(word)) return INCOME;
  if (['pengeluaran', 'keluar', 'expense', 'out'].includes(word)) return EXPENSE;
  return null;
}

/** The category as the list spells it (case-insensitive match), or null when it is not in the list. */
function matchCategory(value: unknown, categories: readonly string[]): string | null {
  const wanted = cellText(value).toLowerCase();
  if (!wanted) return null;
  const found = categories.find((c) => c.trim().toLowerCase() === wanted);
  if (found !== undefined) return found;
  return wanted === OPENING_BALANCE_CATEGORY.toLowerCase() ? OPENING_BALANCE_CATEGORY : null;
}

/**
 * Checks every ledger row: a real date, a type, a category from the list in Pengaturan, a whole positive
 * amount, an ID not used twice and, when `accounts` is given, an `Akun` that is blank or on that list.
 * Returns the good entries and one problem per bad row (all of a row's faults in one sentence); never throws.
 */
export function checkLedgerRows(rows: readonly LedgerRowInput[], categories: readonly string[], accounts?: readonly string[]): LedgerCheck {
  const entries: LedgerEntry[] = [];
  const problems: LedgerProblem[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const { rowNumber, record } of rows) {
    const faults: Text[] = [];
    const entryId = cellText(record.entryId);
    const rawDate = record.date;
    const date = parseLedgerDate(rawDate);
    if (cellText(rawDate) === '') faults.push(ledgerProblemTexts.dateMissing());
    else if (date === null) faults.push(ledgerProblemTexts.dateInvalid(cellText(rawDate)));
    const rawType = cellText(record.type);
    const type = parseLedgerType(rawType);
    if (rawType === '') faults.push(ledgerProblemTexts.typeMissing());
    else if (type === null) faults.push(ledgerProblemTexts.typeInvalid(rawType));
    const rawCategory = cellText(record.category);
    const category = matchCategory(rawCategory, categories);
    if (rawCategory === '') faults.push(ledgerProblemTexts.categoryMissing());
    else if (category === null) faults.push(ledgerProblemTexts.categoryUnknown(rawCategory, categories));
    const rawAmount = record.amount;
    const amount = parseRupiah(rawAmount);
    if (cellText(rawAmount) === '') faults.push(ledgerProblemTexts.amountMissing());
    else if (amount === null) faults.push(ledgerProblemTexts.amountInvalid(cellText(rawAmount)));
    else if (amount <= 0) faults.push(ledgerProblemTexts.amountNotPositive(amount));
    const rawAccount = cellText(record.account);
    const account = rawAccount === '' || !accounts ? rawAccount : accounts.find((a) => a.toLowerCase() === rawAccount.toLowerCase());
    if (account === undefined) faults.push(ledgerProblemTexts.accountUnknown(rawAccount, accounts ?? []));
    if (entryId !== '') {
      const earlier = firstRowOfId.get(entryId);
      if (earlier !== undefined) faults.push(ledgerProblemTexts.duplicateId(entryId, earlier));
      else firstRowOfId.set(entryId, rowNumber);
    }
    if (faults.length > 0 || date === null || type === null || category === null || amount === null) {
      problems.push({ rowNumber, text: ledgerProblemTexts.row(rowNumber, faults) });
      continue;
    }
    entries.push({
      rowNumber,
      entryId,
      date,
      type,
      category,
      amount,
      reference: cellText(record.reference),
      note: cellText(record.note),
      by: cellText(record.by),
      ...(account ? { account } : {}),
    });
  }
  return { entries, problems };
}

/** The record to append for an entry the script writes, keyed by LEDGER_SHEET's column keys. */
export function ledgerRecord(entry: NewLedgerEntry): Record<string, string | number> {
  return {
    entryId: entry.entryId,
    date: entry.date,
    type: entry.type,
    category: entry.category,
    amount: entry.amount,
    reference: entry.reference,
    note: entry.note,
    by: entry.by,
  };
}
