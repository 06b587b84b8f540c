/**
 * Mark shipped (Warehouse): each selected order of Gudang · Pengiriman needs a courier listed in
 * Pengaturan and a resi (from its row, or typed when one order is selected). Its goods leave on hand
 * and reserved, it gets the tracking link from the courier's template and a wa.me link with a ready
 * message for CS to send the customer. What the shop pays the courier is booked once (courier-cost.ts,
 * `KR-<order>`). Stock is written first, then the cash book, then the order row: the stock trail makes a
 * rerun take nothing out twice, and only an order whose stock already left can have its cost booked already.
 */
import { parseItems } from './items';
import { formatRupiah } from './money';
import { orderReason } from './order-messages';
import { emptyPlan, messageEnvOf, NO_ORDER_ID, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { cellText } from './cell';
import { orderIdOf, OrderRow, StockRow } from './order-record';
import { normalizePhone } from './phone';
import { orderWhatsappCell } from './customer-message';
import { STATE_TEMPLATES } from './template-starters';
import { StockBook } from './stock-book';
import { findCourier, trackingLink } from './tracking';
import { SHIPPING_SHEET } from '../sheets/schema';
import { courierCostEntry, courierCostOf, courierLedgerId } from './courier-cost';
import { cellInteger } from './cell';

/** What Mark shipped decides with. */
export interface ShipInput {
  readonly selected: readonly OrderRow[];
  readonly stock: readonly StockRow[];
  /** Courier and resi typed in a prompt, used for a single selected order whose row lacks them. */
  readonly typed?: { readonly courier?: string; readonly resi?: string };
  readonly lang: 'id' | 'en';
  /**
   * The courier-cost entries (`KR-<order>`) already in the cash book, looked up only for orders whose
   * stock already left in an earlier run (a run that died half-way); undefined: not looked up yet.
   */
  readonly bookedCourierIds?: readonly string[];
  /** Whether Gudang · Pengiriman has the `Ongkir Kurir` column (then the cost booked is written there). */
  readonly courierCostColumn?: boolean;
}

/** Mark shipped's plan, with the orders whose courier cost needs a look-up in the cash book before it is booked. */
export interface ShipPlan extends PipelinePlan {
  /** Orders whose stock left in an earlier run: their `KR-` entry may be booked already (see ShipInput.bookedCourierIds). */
  readonly courierResumed: string[];
}

/** Whether a resi looks like an airway bill number: letters, digits and dashes, 5–40 long. */
function isResi(text: string): boolean {
  return /^[A-Za-z0-9-]{5,40}$/.test(text);
}

/** Plans Mark shipped; see the file comment. */
export function planShip(input: ShipInput, env: PlanEnv): ShipPlan {
  const plan = { ...emptyPlan(), courierResumed: [] as string[] };
  const booked = input.bookedCourierIds === undefined ? undefined : new Set(input.bookedCourierIds.map((id) => id.toUpperCase()));
  const book = new StockBook(input.stock);
  const couriers = env.settings.couriers.map((c) => c.name).join(', ');
  const single = input.selected.length === 1;
  for (const row of input.selected) {
    const r = row.record;
    const orderId = orderIdOf(r);
    const status = cellText(r.fulfilment);
    if (orderId === '') {
      skipOrder(plan, row, NO_ORDER_ID);
      continue;
    }
    if (status === 'Sudah dikirim') {
      skipOrder(plan, row, { id: `sudah dikirim sebelumnya (resi ${cellText(r.trackingNumber)})`, en: `already shipped (tracking number ${cellText(r.trackingNumber)})` });
      continue;
    }
    if (status !== '' && status !== 'Menunggu packing' && status !== 'Sudah dikemas') {
      skipOrder(plan, row, { id: `statusnya ${status}, tidak bisa dikirim`, en: `its status is ${status}; it cannot be shipped` });
      continue;
    }
    const courierName = cellText(r.courier) || (single ? cellText(input.typed?.courier) : '');
    const resi = cellText(r.trackingNumber) || (single ? cellText(input.typed?.resi) : '');
    if (courierName === '' || resi === '') {
      skipOrder(plan, row, { id: 'isi kolom Kurir dan Resi dulu, lalu Tandai dikirim lagi', en: 'fill in the Courier and Resi columns first, then Mark shipped again' });
      continue;
    }
    const courier = findCourier(env.settings.couriers, courierName);
    if (!courier) {
      skipOrder(plan, row, { id: `kurir "${courierName}" belum ada di Pengaturan (${couriers})`, en: `courier "${courierName}" is not listed in Settings (${couriers})` });
      continue;
    }
    if (!isResi(resi)) {
      skipOrder(plan, row, { id: `resi "${resi}" tidak valid (huruf, angka dan tanda -, 5–40 karakter)`, en: `tracking number "${resi}" is not valid (letters, digits and dashes, 5–40 long)` });
      continue;
    }
    const items = parseItems(r.items);
    if (!items.ok) {
      skipOrder(plan, row, items.problems[0]);
      continue;
    }
    const cost = courierCostOf(r, env.settings.marketplaces ?? []);
    if (!cost.ok) {
      skipOrder(plan, row, cost.problem);
      continue;
    }
    const shipped = book.move(orderId, items.items, 'ship');
    if (!shipped.ok) {
      skipOrder(plan, row, shipped.reasons[0]);
      continue;
    }
    // The stock is written before the cash book and the cash book before the order's status, so only an
    // order whose stock already left (an earlier run died after it) can have its entry booked already.
    const entry = courierCostEntry({ orderId, amount: cost.amount, customerPaid: cellInteger(r.shippingCost) ?? 0, courier: courier.name, resi, now: env.now, user: env.user });
    if (entry && !shipped.applied) plan.courierResumed.push(orderId);
    if (entry && (shipped.applied || !booked?.has(courierLedgerId(orderId).toUpperCase()))) plan.ledger.push(entry);
    const link = trackingLink(courier.trackingUrl, resi);
    const phone = normalizePhone(r.phone);
    plan.sourceUpdates.push({
      rowNumber: row.rowNumber,
      changes: {
        courier: courier.name,
        trackingNumber: resi,
        trackingLink: link,
        waLink: orderWhatsappCell(STATE_TEMPLATES.shipped, { ...r, courier: courier.name, trackingNumber: resi, trackingLink: link }, { ...messageEnvOf(env), lang: input.lang }),
        ...(input.courierCostColumn ? { courierCost: cost.amount } : {}),
        fulfilment: 'Sudah dikirim',
        packedAt: cellText(r.packedAt) === '' ? env.now : r.packedAt,
        shippedAt: env.now,
        updatedBy: env.user,
      },
    });
    if (!phone.ok) plan.warnings.push(orderReason(row.rowNumber, orderId, phone.problem));
    plan.done.push(orderId);
    plan.logs.push({ action: 'Tandai dikirim', orderId, from: SHIPPING_SHEET.name, to: SHIPPING_SHEET.name, details: `${courier.name} ${resi}; stok keluar: ${cellText(r.items)}${entry ? `; ongkir kurir ${formatRupiah(cost.amount)} (${entry.entryId})` : cost.source === 'marketplace' ? '; ongkir dibayar marketplace' : ''}` });
  }
  plan.stock.push(...book.changes());
  return plan;
}
