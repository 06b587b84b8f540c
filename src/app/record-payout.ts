/**
 * Toko → Catat pencairan (Finance): the selected rows of `Keuangan · Pencairan` are checked and booked
 * (domain/plan-payout.ts). Writes, in this order: a new payout's ID into its row (so a rerun finds the
 * same ID), the cash-book entry (skipped when its ID is there), each order's `Pencairan` on Gudang ·
 * Pengiriman / Gudang · Selesai, and last the payout row's expected amount, difference, details and
 * status `Dicatat` — a rerun after a failure at any call completes what is missing and repeats nothing.
 */
import { cellText } from '../domain/cell';
import { Text, UserError } from '../domain/i18n';
import { ledgerRecord } from '../domain/ledger';
import { formatRupiah } from '../domain/money';
import { parsePayoutOrders, PAYOUT_BOOKED, PayoutOrderPlace, planPayout } from '../domain/plan-payout';
import { formatJakartaDate } from '../domain/jakarta-time';
import { DONE_SHEET, LEDGER_SHEET, OrderColumnKey, PAYOUT_SHEET, SHIPPING_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { selectedRowNumbers } from './receive-stock';

/** Who may record payouts, and the action's name in messages and the Log. */
export const PAYOUT_ACTION: ActionSpec = { name: 'Catat pencairan', divisions: ['Keuangan'] };

/** Records the selected payouts (see the file comment); returns what to tell the user. */
export function recordSelectedPayouts(ctx: ActionContext): ActionOutcome {
  const rowNumbers = selectedRowNumbers(ctx.ss, PAYOUT_SHEET.name);
  const payoutTable = Table.open(ctx.ss, PAYOUT_SHEET);
  const selected = payoutTable.load(consecutive(rowNumbers)).filter((row) => rowNumbers.includes(row.rowNumber));
  if (selected.length === 0) throw new UserError(TEXTS.nothing);
  const orderIds = [...new Set(selected.flatMap((row) => { const p = parsePayoutOrders(row.record.orders); return p.ok ? p.orders.map((o) => o.orderId) : []; }))];
  const sheets = [SHIPPING_SHEET, DONE_SHEET].map((spec) => ({ spec, table: Table.open(ctx.ss, spec) }));
  for (const { spec, table } of sheets) {
    if (!table.hasColumn('payoutId')) throw new UserError(TEXTS.runSetup(spec.name));
  }
  const orders = new Map<string, PayoutOrderPlace[]>();
  if (orderIds.length) {
    for (const { spec, table } of [...sheets].reverse()) {
      for (const row of table.findRows('orderId', orderIds)) {
        const id = cellText(row.record.orderId).toUpperCase();
        orders.set(id, [...(orders.get(id) ?? []), { sheet: spec.name, rowNumber: row.rowNumber, record: row.record }]);
      }
    }
  }
  const ledger = Table.open(ctx.ss, LEDGER_SHEET);
  const candidates = selected.map((row) => cellText(row.record.payoutId)).filter((id) => id !== '');
  const first = planPayout({ selected, orders, bookedIds: [], marketplaces: ctx.settings.marketplaces ?? [], now: ctx.now, user: ctx.user });
  if (!first.ok) throw new UserError({ id: `Tidak ada yang dicatat:\n${first.problems.map((p) => p.id).join('\n')}`, en: `Nothing was recorded:\n${first.problems.map((p) => p.en).join('\n')}` });
  const ids = [...new Set([...candidates, ...first.payouts.map((p) => p.payoutId)])];
  const booked = ids.length ? [...ledger.find('entryId', ids).keys()] : [];
  const plan = planPayout({ selected, orders, bookedIds: booked, marketplaces: ctx.settings.marketplaces ?? [], now: ctx.now, user: ctx.user });
  if (!plan.ok) throw new UserError(TEXTS.nothing);

  // 1. New IDs into their rows first: a rerun reads the same ID back.
  const fresh = plan.payouts.filter((p) => p.newId);
  if (fresh.length) {
    for (const p of fresh) payoutTable.update(p.rowNumber, { payoutId: p.payoutId });
    payoutTable.commit();
  }
  // 2. The cash book.
  if (plan.ledger.length) {
    for (const entry of plan.ledger) ledger.append(ledgerRecord(entry));
    ledger.commit();
  }
  // 3. The orders' Pencairan.
  for (const { spec, table } of sheets) {
    const marks = plan.orderMarks.filter((m) => m.sheet === spec.name);
    if (marks.length === 0) continue;
    for (const mark of marks) table.update(mark.rowNumber, { payoutId: mark.payoutId } as Partial<Record<OrderColumnKey, string>>);
    table.commit();
  }
  // 4. The payout rows' results, status last.
  for (const p of plan.payouts) {
    payoutTable.update(p.rowNumber, { expected: p.expected, difference: p.difference, details: p.details, status: PAYOUT_BOOKED, recordedAt: ctx.now, by: ctx.user });
  }
  if (plan.payouts.length) payoutTable.commit();
  for (const p of plan.payouts) {
    ctx.log({ action: PAYOUT_ACTION.name, orderId: p.payoutId, from: PAYOUT_SHEET.name, to: LEDGER_SHEET.name, details: `${p.marketplace} ${formatRupiah(p.amount)} (${p.lines.length} pesanan), diharapkan ${formatRupiah(p.expected)}, selisih ${formatRupiah(p.difference)}` });
  }
  const lines: Text[] = plan.payouts.map((p) => TEXTS.booked(p.marketplace, formatJakartaDate(p.date), p.amount, p.lines.length, p.expected, p.difference));
  if (plan.alreadyBooked.length) lines.push(TEXTS.already(plan.alreadyBooked));
  const message: Text = { id: lines.map((l) => l.id).join('\n'), en: lines.map((l) => l.en).join('\n') };
  return { message, alert: plan.payouts.some((p) => p.difference !== 0) || plan.payouts.length === 0 };
}

/** Runs of consecutive row numbers as spans. */
function consecutive(rows: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else spans.push([r, r]);
  }
  return spans;
}

const TEXTS = {
  nothing: { id: `Pilih baris pencairan di ${PAYOUT_SHEET.name} (satu baris per pencairan), lalu Toko → Catat pencairan. Tidak ada yang diubah.`, en: `Select payout rows in ${PAYOUT_SHEET.name} (one row per payout), then Toko → Record payout. Nothing was changed.` } as Text,
  runSetup: (sheet: string): Text => ({ id: `${sheet} belum punya kolom "Pencairan". Jalankan Toko → Setup dulu, lalu Catat pencairan lagi. Tidak ada yang diubah.`, en: `${sheet} has no "Pencairan" column yet. Run Toko → Setup first, then Record payout again. Nothing was changed.` }),
  booked: (marketplace: string, day: string, amount: number, orders: number, expected: number, difference: number): Text => ({
    id: `Pencairan ${marketplace} ${day} ${formatRupiah(amount)} dicatat di Keuangan · Kas untuk ${orders} pesanan; diharapkan ${formatRupiah(expected)}, ${difference === 0 ? 'sesuai' : `selisih ${formatRupiah(difference)} — lihat kolom Rincian`}.`,
    en: `Payout ${marketplace} ${day} ${formatRupiah(amount)} booked in Keuangan · Kas for ${orders} orders; expected ${formatRupiah(expected)}, ${difference === 0 ? 'as expected' : `difference ${formatRupiah(difference)} — see the Rincian column`}.`,
  }),
  already: (rows: readonly number[]): Text => ({ id: `Baris ${rows.join(', ')} sudah dicatat sebelumnya — tidak diubah.`, en: `Row(s) ${rows.join(', ')} were recorded before — left as they are.` }),
};

/** Menu entry: Catat pencairan. */
export function recordPayouts(): void {
  runAction(PAYOUT_ACTION, recordSelectedPayouts);
}

