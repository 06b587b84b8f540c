/**
 * Mark returned (Warehouse), RTS: a shipped COD parcel the courier brought back, checked by the warehouse.
 * The selected orders of Gudang · Pengiriman (COD, `Sudah dikirim`, not paid) move to Gudang · Selesai as
 * `Retur`. Their goods go back to `Stok Fisik`, except the ones typed in `Item Rusak`, which go to the
 * SKU's `Stok Rusak`; the return shipping (`Ongkir Retur`, blank = the order's `Ongkir`, 0 = none) is
 * booked once as an expense (`RT-<order>`, category Ongkir); no income is booked; the customer's and the
 * city's COD tally count one return. The stock trail's K mark and the entry's ID make a rerun after a
 * failure change nothing twice.
 */
import { cellInteger, cellText } from './cell';
import { CodOutcome, cityKey, jakartaDay } from './cod-tally';
import { Text } from './i18n';
import { formatItems, OrderItem, parseItems } from './items';
import { formatRupiah, parseRupiah } from './money';
import { orderIdTakenIn } from './order-messages';
import { emptyPlan, findOrder, isSameOrder, NO_ORDER_ID, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { isCodPayment, orderIdOf, OrderRow, StockRow } from './order-record';
import { normalizePhone } from './phone';
import { readStockLevel } from './stock';
import { returnIn, ReturnLevel } from './stock-return';
import { StockRowChange } from './stock-book';
import { stockRowValues } from './stock';
import { DONE_SHEET, SHIPPING_SHEET } from '../sheets/schema';

/** The cash-book ID of an order's return shipping (written once, by Tandai retur). */
export function returnLedgerId(orderId: string): string {
  return `RT-${orderId}`;
}

/** What Mark returned decides with. */
export interface ReturnInput {
  /** The selected rows of Gudang · Pengiriman. */
  readonly selected: readonly OrderRow[];
  /** The rows of Gudang · Selesai holding any selected ID (a half-done move, or another order). */
  readonly target: readonly OrderRow[];
  /** The `RT-…` IDs of these orders already in Keuangan · Kas. */
  readonly ledgerIds: readonly string[];
  /** Gudang · Stok. */
  readonly stock: readonly StockRow[];
  /** Whether Gudang · Stok has the `Stok Rusak` column (needed only when something came back damaged). */
  readonly stockHasDamaged: boolean;
}

/** Mark returned's plan: the pipeline plan, and the COD endings to record in the tally. */
export interface ReturnPlan extends PipelinePlan {
  readonly outcomes: CodOutcome[];
}

/** The damaged items typed for an order, checked against its items (SKUs spelled as in the order); or why they cannot be read. */
export function damagedItemsOf(typed: unknown, items: readonly OrderItem[]): { ok: true; items: OrderItem[] } | { ok: false; reason: Text } {
  if (cellText(typed) === '') return { ok: true, items: [] };
  const parsed = parseItems(typed);
  if (!parsed.ok) return { ok: false, reason: { id: `Item Rusak: ${parsed.problems[0].id}`, en: `Damaged items: ${parsed.problems[0].en}` } };
  const spelled: OrderItem[] = [];
  for (const item of parsed.items) {
    const ordered = items.find((i) => i.sku.toUpperCase() === item.sku.toUpperCase());
    if (!ordered) return { ok: false, reason: { id: `Item Rusak: ${item.sku} tidak ada di pesanan ini (${formatItems(items)})`, en: `Damaged items: ${item.sku} is not in this order (${formatItems(items)})` } };
    if (item.quantity > ordered.quantity) {
      return { ok: false, reason: { id: `Item Rusak: ${item.sku} x${item.quantity} lebih dari yang dikirim (x${ordered.quantity})`, en: `Damaged items: ${item.sku} x${item.quantity} is more than was shipped (x${ordered.quantity})` } };
    }
    spelled.push({ sku: ordered.sku, quantity: item.quantity });
  }
  return { ok: true, items: spelled };
}

/** The return shipping to book: `Ongkir Retur` as typed, blank = the order's Ongkir; or why it cannot be read. */
export function returnCostOf(typed: unknown, shippingCost: unknown): { ok: true; amount: number } | { ok: false; reason: Text } {
  if (cellText(typed) === '') return { ok: true, amount: Math.max(0, parseRupiah(shippingCost) ?? 0) };
  const amount = parseRupiah(typed);
  if (amount === null || amount < 0) {
    return { ok: false, reason: { id: `Ongkir Retur "${cellText(typed)}" bukan jumlah Rupiah (mis. 15000; 0 jika tidak ada biaya)`, en: `Return shipping "${cellText(typed)}" is not a Rupiah amount (e.g. 15000; 0 when there is no cost)` } };
  }
  return { ok: true, amount };
}

/** Plans Mark returned; see the file comment. */
export function planReturn(input: ReturnInput, env: PlanEnv): ReturnPlan {
  const plan = { ...emptyPlan(), outcomes: [] as CodOutcome[] };
  const ledgerIds = new Set(input.ledgerIds);
  const levels = new Map<string, { rowNumber: number; current: ReturnLevel } | { rowNumber: number; problem: Text }>();
  for (const row of input.stock) {
    const key = cellText(row.record.sku).toUpperCase();
    if (key === '') continue;
    if (levels.has(key)) {
      levels.set(key, { rowNumber: row.rowNumber, problem: { id: `SKU ${cellText(row.record.sku)} tercantum dua kali di Gudang · Stok`, en: `SKU ${cellText(row.record.sku)} is listed twice in Gudang · Stok` } });
      continue;
    }
    const read = readStockLevel(row.record);
    const damaged = cellInteger(row.record.damaged);
    if (!read.ok) levels.set(key, { rowNumber: row.rowNumber, problem: read.problem });
    else if (damaged === null || damaged < 0) levels.set(key, { rowNumber: row.rowNumber, problem: { id: `Stok Rusak untuk SKU ${read.level.sku} bukan angka bulat ≥ 0`, en: `Damaged of SKU ${read.level.sku} is not a whole number ≥ 0` } });
    else levels.set(key, { rowNumber: row.rowNumber, current: { level: read.level, damaged } });
  }
  const changed = new Set<string>();
  const day = jakartaDay(env.now);
  for (const row of input.selected) {
    const r = row.record;
    const orderId = orderIdOf(r);
    const status = cellText(r.fulfilment);
    if (orderId === '') {
      skipOrder(plan, row, NO_ORDER_ID);
      continue;
    }
    if (status === 'Diterima' || (isCodPayment(r.paymentMethod) && cellText(r.paymentStatus) === 'Lunas')) {
      skipOrder(plan, row, { id: 'sudah diterima pelanggan (COD Lunas) — bukan retur', en: 'already delivered (COD paid) — not a return' });
      continue;
    }
    if (!isCodPayment(r.paymentMethod)) {
      skipOrder(plan, row, { id: `bukan COD (${cellText(r.paymentMethod) || 'metode bayar kosong'}) — Tandai retur hanya untuk paket COD yang kembali; barang yang sudah dibayar dan dikembalikan pelanggan dicatat lewat Catat komplain`, en: `not COD (${cellText(r.paymentMethod) || 'no payment method'}) — Mark returned is only for COD parcels that came back; paid goods a customer sends back go through Record complaint` });
      continue;
    }
    if (status !== 'Sudah dikirim') {
      skipOrder(plan, row, { id: `belum dikirim (status ${status || 'kosong'}) — pesanan yang belum dikirim dibatalkan dengan Batalkan pesanan`, en: `not shipped (status ${status || 'blank'}) — an order not shipped yet is cancelled with Cancel order` });
      continue;
    }
    const inTarget = findOrder(input.target, orderId);
    if (inTarget && !isSameOrder(inTarget.record, r)) {
      skipOrder(plan, row, orderIdTakenIn(orderId, DONE_SHEET.name));
      continue;
    }
    const items = parseItems(r.items);
    if (!items.ok) {
      skipOrder(plan, row, items.problems[0]);
      continue;
    }
    const damaged = damagedItemsOf(r.damagedItems, items.items);
    if (!damaged.ok) {
      skipOrder(plan, row, damaged.reason);
      continue;
    }
    if (damaged.items.length && !input.stockHasDamaged) {
      skipOrder(plan, row, { id: 'kolom Stok Rusak belum ada di Gudang · Stok — jalankan Toko → Setup, lalu Tandai retur lagi', en: 'Gudang · Stok has no Damaged column yet — run Toko → Setup, then Mark returned again' });
      continue;
    }
    const cost = returnCostOf(r.returnCost, r.shippingCost);
    if (!cost.ok) {
      skipOrder(plan, row, cost.reason);
      continue;
    }
    // All of the order's SKUs, or none.
    const next: Array<[string, ReturnLevel]> = [];
    const reasons: Text[] = [];
    for (const item of items.items) {
      const key = item.sku.toUpperCase();
      const found = levels.get(key);
      if (!found) {
        reasons.push({ id: `SKU ${item.sku} tidak ada di Gudang · Stok`, en: `SKU ${item.sku} is not in Gudang · Stok` });
        continue;
      }
      if ('problem' in found) {
        reasons.push(found.problem);
        continue;
      }
      const bad = damaged.items.find((d) => d.sku.toUpperCase() === key)?.quantity ?? 0;
      const result = returnIn(found.current, orderId, item.quantity - bad, bad);
      if (!result.ok) reasons.push(result.reason);
      else if (result.applied) next.push([key, result.next]);
    }
    if (reasons.length) {
      skipOrder(plan, row, reasons[0]);
      continue;
    }
    for (const [key, level] of next) {
      const entry = levels.get(key) as { rowNumber: number; current: ReturnLevel };
      levels.set(key, { rowNumber: entry.rowNumber, current: level });
      changed.add(key);
    }
    const entryId = returnLedgerId(orderId);
    if (cost.amount > 0 && !ledgerIds.has(entryId)) {
      ledgerIds.add(entryId);
      plan.ledger.push({ entryId, date: env.now, type: 'Pengeluaran', category: 'Ongkir', amount: cost.amount, reference: orderId, note: `Ongkir retur COD · ${cellText(r.courier)} ${cellText(r.trackingNumber)} · ${cellText(r.customerName)}`.trim(), by: env.user });
    }
    if (!inTarget) {
      plan.targetAppends.push({ ...r, fulfilment: 'Retur', returnCost: cost.amount, returnedAt: env.now, waLink: '', updatedBy: env.user });
    }
    plan.sourceRemovals.push(row.rowNumber);
    plan.done.push(orderId);
    const phone = normalizePhone(r.phone);
    plan.outcomes.push({ orderId, kind: 'returned', phone: phone.ok ? phone.phone : null, city: cityKey(r.address), day });
    const good = items.items.map((i) => ({ sku: i.sku, quantity: i.quantity - (damaged.items.find((d) => d.sku.toUpperCase() === i.sku.toUpperCase())?.quantity ?? 0) })).filter((i) => i.quantity > 0);
    plan.logs.push({
      action: 'Tandai retur',
      orderId,
      from: SHIPPING_SHEET.name,
      to: DONE_SHEET.name,
      details: `Retur COD; stok kembali: ${good.length ? formatItems(good) : '-'}${damaged.items.length ? `; rusak: ${formatItems(damaged.items)}` : ''}; ongkir retur ${formatRupiah(cost.amount)}${cost.amount > 0 ? `; kas ${entryId}` : ''}${inTarget ? '; melanjutkan pemindahan yang terputus' : ''}`,
    });
  }
  const rows: StockRowChange[] = [...changed]
    .map((key) => levels.get(key) as { rowNumber: number; current: ReturnLevel })
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .map((entry) => {
      const values = stockRowValues(entry.current.level);
      const change = input.stockHasDamaged ? { ...values, damaged: entry.current.damaged } : values;
      return { rowNumber: entry.rowNumber, changes: change };
    });
  plan.stock.push(...rows);
  return plan;
}
