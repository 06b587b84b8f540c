/**
 * Stock opname (Toko → Stock opname): the warehouse types what it counted on the shelf in `Hasil Hitung`
 * and why it differs in `Alasan Selisih` (Hilang, Rusak, Salah hitung). Every row with a count is taken,
 * whatever is selected: on hand becomes the count, the difference is booked once in Keuangan · Kas as
 * `Penyesuaian Stok` at the SKU's average cost (Harga Pokok), and the count cells are cleared. Di-booking is
 * never touched, and a count below it is refused: those units belong to customers' orders not shipped yet.
 *
 * Idempotency: the adjustment's ID is `SO-<SKU>-<n>`, n one past the SKU's last opname mark in its trail
 * (`OPNAME-<n>:O` in Jejak Pesanan). The cash-book entry is written first, then the stock row (on hand,
 * the cleared count and the new mark in one row write). A rerun after a failure between them finds the
 * row as it was, computes the same ID, finds the entry and only writes the row; after the row write the
 * count is gone and there is nothing left to do.
 */
import { Cell, cellInteger, cellText } from './cell';
import { Text } from './i18n';
import { EXPENSE, INCOME, NewLedgerEntry } from './ledger';
import { formatRupiah, Rupiah } from './money';
import { formatTrail, parseTrail, readStockLevel } from './stock';
import { STOCK_ADJUSTMENT_CATEGORY } from './stock-loss';
import { STOCK_COUNT_REASONS } from '../sheets/schema';

/** Why a count differs from Stok Fisik. */
export type CountReason = (typeof STOCK_COUNT_REASONS)[number];

/** A row of Gudang · Stok as the count reads it (schema keys of STOCK_SHEET). */
export interface StockCountRow {
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, Cell>>;
}

/** One counted SKU: what the sheet said, what was counted, and what to book. */
export interface StockAdjustment {
  readonly rowNumber: number;
  readonly sku: string;
  readonly before: number;
  readonly counted: number;
  /** counted − before: negative is a loss. */
  readonly difference: number;
  readonly reason: CountReason | '';
  readonly unitCost: Rupiah;
  /** |difference| × unit cost, whole Rupiah. */
  readonly value: Rupiah;
  /** The cash-book entry's ID, or '' when there is nothing to book (no difference, or no cost price). */
  readonly entryId: string;
  /** Jejak Pesanan after the count (the opname mark added when an entry is booked). */
  readonly trail: string;
}

/** The whole count: every problem (any one refuses the whole action, nothing written) and the adjustments. */
export interface StockCountPlan {
  readonly problems: Text[];
  readonly adjustments: StockAdjustment[];
}

const OPNAME_MARK = /^OPNAME-(\d+)$/;

/** Reads a reason as people type it (any case, `salah-hitung`, `salahhitung`); null when it is none of the list. */
export function parseCountReason(value: Cell | undefined): CountReason | null {
  const squeezed = cellText(value).toLowerCase().replace(/[\s_-]+/g, '');
  return STOCK_COUNT_REASONS.find((r) => r.toLowerCase().replace(/\s+/g, '') === squeezed) ?? null;
}

/** Whether a row was counted or given a reason (the rows the action looks at). */
const touched = (record: StockCountRow['record']): boolean => cellText(record.countedQty) !== '' || cellText(record.countReason) !== '';

const problem = (rowNumber: number, sku: string, id: string, en: string): Text => {
  const where = sku ? ` (${sku})` : '';
  return { id: `Baris ${rowNumber}${where}: ${id}`, en: `Row ${rowNumber}${where}: ${en}` };
};

const REASONS = STOCK_COUNT_REASONS.join(', ');

/** Plans a stock opname over the rows of Gudang · Stok (see the file comment); pure. */
export function planStockCount(rows: readonly StockCountRow[]): StockCountPlan {
  const problems: Text[] = [];
  const adjustments: StockAdjustment[] = [];
  const rowsOfSku = new Map<string, number>();
  for (const row of rows) {
    const key = cellText(row.record.sku).toUpperCase();
    if (key !== '') rowsOfSku.set(key, (rowsOfSku.get(key) ?? 0) + 1);
  }
  for (const { rowNumber, record } of rows) {
    if (!touched(record)) continue;
    const sku = cellText(record.sku);
    const countText = cellText(record.countedQty);
    const reasonText = cellText(record.countReason);
    if (sku === '') {
      problems.push(problem(rowNumber, '', 'Hasil Hitung/Alasan Selisih diisi tetapi SKU kosong', 'Counted/Count reason filled in but the SKU is blank'));
      continue;
    }
    if ((rowsOfSku.get(sku.toUpperCase()) ?? 0) > 1) {
      problems.push(problem(rowNumber, sku, `SKU ini tercantum dua kali di Gudang · Stok — gabungkan dulu barisnya`, 'this SKU is listed twice in Gudang · Stok — merge its rows first'));
      continue;
    }
    if (countText === '') {
      problems.push(problem(rowNumber, sku, `Alasan Selisih "${reasonText}" diisi tetapi Hasil Hitung kosong — ketik jumlah yang dihitung di rak, atau kosongkan alasannya`, `Count reason "${reasonText}" filled in but Counted is blank — type the quantity counted on the shelf, or clear the reason`));
      continue;
    }
    const counted = cellInteger(record.countedQty, null);
    if (counted === null) {
      problems.push(problem(rowNumber, sku, `Hasil Hitung "${countText}" bukan angka bulat — ketik jumlahnya saja, mis. 18`, `Counted "${countText}" is not a whole number — type the quantity only, e.g. 18`));
      continue;
    }
    if (counted < 0) {
      problems.push(problem(rowNumber, sku, `Hasil Hitung ${counted} tidak boleh negatif`, `Counted ${counted} cannot be negative`));
      continue;
    }
    const read = readStockLevel(record);
    if (!read.ok) {
      problems.push(problem(rowNumber, sku, read.problem.id, read.problem.en));
      continue;
    }
    const level = read.level;
    if (counted < level.reserved) {
      problems.push(problem(
        rowNumber, sku,
        `Hasil Hitung ${counted} lebih kecil dari Di-booking ${level.reserved}: ${level.reserved} unit sudah di-booking pesanan yang belum dikirim. Hitung ulang raknya (barang yang sudah dikemas ikut dihitung) atau batalkan pesanannya dulu; Stock opname tidak mengubah Di-booking`,
        `Counted ${counted} is less than the ${level.reserved} reserved for orders not shipped yet. Count the shelf again (packed parcels count too) or cancel the orders first; a stock count never changes Reserved`,
      ));
      continue;
    }
    const difference = counted - level.onHand;
    const reason = reasonText === '' ? '' : parseCountReason(reasonText);
    if (reason === null) {
      problems.push(problem(rowNumber, sku, `Alasan Selisih "${reasonText}" tidak dikenal — pilih ${REASONS}`, `Count reason "${reasonText}" is unknown — choose ${REASONS}`));
      continue;
    }
    if (difference !== 0 && reason === '') {
      problems.push(problem(rowNumber, sku, `Stok Fisik ${level.onHand}, dihitung ${counted}: pilih Alasan Selisih (${REASONS})`, `On hand ${level.onHand}, counted ${counted}: choose a Count reason (${REASONS})`));
      continue;
    }
    if (difference > 0 && reason !== 'Salah hitung') {
      problems.push(problem(rowNumber, sku, `dihitung ${counted}, lebih banyak dari Stok Fisik ${level.onHand}: barang tidak bertambah karena ${reason.toLowerCase()} — pilih Salah hitung`, `counted ${counted}, more than the ${level.onHand} on hand: goods do not grow by being ${reason === 'Hilang' ? 'lost' : 'damaged'} — choose Salah hitung`));
      continue;
    }
    const value = Math.abs(difference) * level.costPrice;
    const trail = parseTrail(record.orderTrail);
    let entryId = '';
    if (value > 0) {
      const last = Math.max(0, ...[...trail].filter(([, s]) => s === 'O').map(([id]) => Number(OPNAME_MARK.exec(id)?.[1] ?? 0)));
      for (const [id, s] of [...trail]) if (s === 'O') trail.delete(id);
      trail.set(`OPNAME-${last + 1}`, 'O');
      entryId = `SO-${sku}-${last + 1}`;
    }
    adjustments.push({ rowNumber, sku, before: level.onHand, counted, difference, reason, unitCost: level.costPrice, value, entryId, trail: formatTrail(trail) });
  }
  return { problems, adjustments };
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** The cash-book entry of an adjustment (a loss is Pengeluaran, a count that found more Pemasukan), or null when there is nothing to book. */
export function stockCountEntry(adjustment: StockAdjustment, now: number, user: string): NewLedgerEntry | null {
  if (adjustment.entryId === '') return null;
  return {
    entryId: adjustment.entryId,
    date: now,
    type: adjustment.difference < 0 ? EXPENSE : INCOME,
    category: STOCK_ADJUSTMENT_CATEGORY,
    amount: adjustment.value,
    reference: adjustment.sku,
    note: `Stock opname ${adjustment.sku}: Stok Fisik ${adjustment.before} → ${adjustment.counted} (${signed(adjustment.difference)} × ${formatRupiah(adjustment.unitCost)}) · ${adjustment.reason}`,
    by: user,
  };
}

/** One line per counted SKU, for the message and the Log. */
export function adjustmentLine(a: StockAdjustment): Text {
  if (a.difference === 0) return { id: `${a.sku}: ${a.counted}, cocok dengan Stok Fisik`, en: `${a.sku}: ${a.counted}, matches on hand` };
  const money = a.entryId
    ? { id: ` = ${a.difference < 0 ? '−' : '+'}${formatRupiah(a.value)} (${a.entryId})`, en: ` = ${a.difference < 0 ? '−' : '+'}${formatRupiah(a.value)} (${a.entryId})` }
    : { id: ' — tanpa nilai: Harga Pokok kosong/0, tidak dicatat di kas', en: ' — no value: cost price blank/0, nothing booked' };
  return {
    id: `${a.sku}: Stok Fisik ${a.before} → ${a.counted} (${signed(a.difference)}, ${a.reason})${money.id}`,
    en: `${a.sku}: on hand ${a.before} → ${a.counted} (${signed(a.difference)}, ${a.reason})${money.en}`,
  };
}

/** The loss (positive) or gain (negative) of the adjustments, net, in Rupiah at cost. */
export function netStockLoss(adjustments: readonly StockAdjustment[]): Rupiah {
  return adjustments.reduce((sum, a) => sum + (a.entryId === '' ? 0 : a.difference < 0 ? a.value : -a.value), 0);
}
