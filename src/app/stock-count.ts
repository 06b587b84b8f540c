/**
 * Toko → Stock opname (Warehouse): every row of Gudang · Stok with a `Hasil Hitung` typed is counted —
 * the selection does not matter, so a count typed anywhere in the sheet is never forgotten and a sorted
 * sheet is no risk. Reads the stock sheet once (it stays small), plans purely (domain/stock-count.ts), then
 * writes in the order that makes a rerun safe: 1 the cash-book entries (`SO-<SKU>-<n>`, each skipped when
 * already there — found with one TextFinder, the cash book's history is never read), 2 the stock rows in
 * one block (Stok Fisik = the count, the count cells cleared, the opname mark in Jejak Pesanan). Any bad
 * row refuses the whole count with every problem named, before anything is written.
 */
import { joinTexts, Text, UserError } from '../domain/i18n';
import { ledgerRecord } from '../domain/ledger';
import { formatRupiah } from '../domain/money';
import { adjustmentLine, netStockLoss, planStockCount, stockCountEntry } from '../domain/stock-count';
import { LEDGER_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';

/** Most SKU lines the message shows; the Log has every one. */
const MAX_LINES = 20;

/** Who may count stock, and the action's name in messages and the Log. */
export const STOCK_COUNT_ACTION: ActionSpec = { name: 'Stock opname', divisions: ['Gudang'] };

const TEXTS = {
  columnsMissing: {
    id: 'Kolom Hasil Hitung dan Alasan Selisih belum ada di Gudang · Stok. Jalankan Toko → Setup sekali untuk menambahkannya, lalu ketik hasil hitungnya. Tidak ada yang diubah.',
    en: 'Gudang · Stok has no Hasil Hitung and Alasan Selisih columns yet. Run Toko → Setup once to add them, then type the counts. Nothing was changed.',
  },
  nothingCounted: {
    id: 'Belum ada Hasil Hitung di Gudang · Stok. Ketik jumlah yang dihitung di rak pada kolom Hasil Hitung (dan Alasan Selisih bila berbeda dari Stok Fisik), lalu Toko → Stock opname. Tidak ada yang diubah.',
    en: 'No Hasil Hitung in Gudang · Stok yet. Type the quantity counted on the shelf in Hasil Hitung (and a Count reason where it differs from on hand), then Toko → Stock opname. Nothing was changed.',
  },
  refused: (problems: readonly Text[]): Text =>
    joinTexts([{ id: 'Stock opname tidak dijalankan — tidak ada yang diubah. Betulkan dulu:', en: 'Stock count not done — nothing was changed. Fix first:' }, ...problems.map((p) => ({ id: `• ${p.id}`, en: `• ${p.en}` }))]),
  done: (count: number): Text => ({
    id: `Stock opname: ${count} SKU dihitung. Stok Fisik diganti hasil hitung (Di-booking tidak diubah), kolom Hasil Hitung dan Alasan Selisih dikosongkan.`,
    en: `Stock count: ${count} SKU(s) counted. On hand set to the counts (Reserved unchanged), Hasil Hitung and Alasan Selisih cleared.`,
  }),
  more: (n: number): Text => ({ id: `… dan ${n} SKU lagi (lihat sheet Log)`, en: `… and ${n} more SKU(s) (see the Log sheet)` }),
  net: (loss: number): Text =>
    loss >= 0
      ? { id: `Penyesuaian Stok di Keuangan · Kas: rugi stok ${formatRupiah(loss)} (harga pokok; bukan uang keluar).`, en: `Penyesuaian Stok in Keuangan · Kas: stock loss ${formatRupiah(loss)} (at cost; no money moved).` }
      : { id: `Penyesuaian Stok di Keuangan · Kas: stok bertambah ${formatRupiah(-loss)} (harga pokok; bukan uang masuk).`, en: `Penyesuaian Stok in Keuangan · Kas: stock gained ${formatRupiah(-loss)} (at cost; no money moved).` },
};

/** Counts stock (see the file comment); returns what to tell the user. */
export function countStock(ctx: ActionContext): ActionOutcome {
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  if (!stock.hasColumn('countedQty') || !stock.hasColumn('countReason')) throw new UserError(TEXTS.columnsMissing);
  const plan = planStockCount(stock.rows);
  if (plan.problems.length) throw new UserError(TEXTS.refused(plan.problems));
  if (plan.adjustments.length === 0) return { message: TEXTS.nothingCounted, alert: true };

  const ids = plan.adjustments.map((a) => a.entryId).filter((id) => id !== '');
  const ledger = Table.open(ctx.ss, LEDGER_SHEET);
  const booked = new Set([...ledger.find('entryId', ids).keys()].map((id) => id.toUpperCase()));
  for (const adjustment of plan.adjustments) {
    const entry = stockCountEntry(adjustment, ctx.now, ctx.user);
    if (entry && !booked.has(entry.entryId.toUpperCase())) ledger.append(ledgerRecord(entry));
  }
  ledger.commit();
  for (const a of plan.adjustments) stock.update(a.rowNumber, { onHand: a.counted, countedQty: '', countReason: '', orderTrail: a.trail });
  stock.commit();

  const lines = plan.adjustments.map(adjustmentLine);
  plan.adjustments.forEach((a, i) => {
    ctx.log({ action: STOCK_COUNT_ACTION.name, orderId: a.sku, from: `Stok Fisik ${a.before}`, to: `Stok Fisik ${a.counted}`, details: lines[i].id });
  });
  const net = netStockLoss(plan.adjustments);
  const booking = plan.adjustments.some((a) => a.entryId !== '') ? [TEXTS.net(net)] : [];
  const shown = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES - 1), TEXTS.more(lines.length - MAX_LINES + 1)] : lines;
  return { message: joinTexts([TEXTS.done(plan.adjustments.length), ...shown, ...booking]), alert: true };
}

/** Menu entry: Stock opname. */
export function stockCount(): void {
  runAction(STOCK_COUNT_ACTION, countStock);
}
