/**
 * Stock adjustments in the books: what Stock opname writes to Keuangan · Kas under `Penyesuaian Stok`
 * (a loss as Pengeluaran, a count that found more as Pemasukan, both valued at Harga Pokok). No money
 * moved, so the monthly report keeps them out of cash in/out and out of operating expenses, and shows
 * their net as its own line, "penyesuaian stok", that lowers net profit: goods lost or damaged are a
 * cost the shop bore (their purchase never was one), and goods found again give it back.
 */
import { Text } from './i18n';
import { EXPENSE, INCOME } from './ledger';

/** The cash-book category of stock opname adjustments (non-cash; Toko writes it, people may too). */
export const STOCK_ADJUSTMENT_CATEGORY = 'Penyesuaian Stok';

/** Whether an entry is a stock adjustment (category compared without case). */
export function isStockAdjustment(entry: { readonly category: string }): boolean {
  return entry.category.trim().toLowerCase() === STOCK_ADJUSTMENT_CATEGORY.toLowerCase();
}

/**
 * The stock loss an entry stands for: its amount when it is an adjustment booked as Pengeluaran (lost,
 * damaged), minus its amount as Pemasukan (found); null when the entry is not a stock adjustment, so the
 * report counts it as cash as before.
 */
export function stockLossOf(entry: { readonly category: string; readonly type: string; readonly amount: number }): number | null {
  if (!isStockAdjustment(entry)) return null;
  if (entry.type === EXPENSE) return entry.amount;
  if (entry.type === INCOME) return -entry.amount;
  return 0;
}

/** Toko's own categories, always accepted in the cash book and its dropdown even when Pengaturan's list predates them. */
export function withStockAdjustmentCategory(categories: readonly string[]): string[] {
  return categories.some((c) => isStockAdjustment({ category: c })) ? [...categories] : [...categories, STOCK_ADJUSTMENT_CATEGORY];
}

/** The report's words for the stock-loss line and its note. */
export const STOCK_LOSS_TEXTS: { readonly line: Text; readonly note: Text } = {
  line: { id: 'dikurangi penyesuaian stok (hilang/rusak, bukan kas)', en: 'less stock adjustments (lost/damaged, non-cash)' },
  note: {
    id: '  (Penyesuaian stok dari Stock opname dinilai dengan harga pokok; bukan uang keluar, jadi tidak masuk kas maupun pengeluaran)',
    en: '  (Stock adjustments from stock counts are valued at cost; no money moved, so they are in neither cash nor expenses)',
  },
};
