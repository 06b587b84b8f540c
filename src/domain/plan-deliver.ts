/**
 * Mark delivered (Warehouse): shipped orders move from Gudang · Pengiriman to Gudang · Selesai as
 * Diterima; a COD order becomes Lunas and its income is recorded then (`PJ-<order>`, never twice), except
 * a marketplace order's: the marketplace collects it and pays out later (Catat pencairan).
 */
import { formatRupiah } from './money';
import { orderIdTakenIn } from './order-messages';
import { emptyPlan, findOrder, isSameOrder, messageEnvOf, NO_ORDER_ID, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { orderWhatsappCell } from './customer-message';
import { STATE_TEMPLATES } from './template-starters';
import { cellInteger, cellText } from './cell';
import { isCodPayment, orderIdOf, OrderRow } from './order-record';
import { salesLedgerId } from './ledger';
import { isMarketplaceChannel } from './marketplace';
import { DONE_SHEET, SHIPPING_SHEET } from '../sheets/schema';

/** What Mark delivered decides with. */
export interface DeliverInput {
  readonly selected: readonly OrderRow[];
  /** Every row of Gudang · Selesai. */
  readonly target: readonly OrderRow[];
  readonly ledgerIds: readonly string[];
}

/** Plans Mark delivered; see the file comment. */
export function planDeliver(input: DeliverInput, env: PlanEnv): PipelinePlan {
  const plan = emptyPlan();
  const ledgerIds = new Set(input.ledgerIds);
  for (const row of input.selected) {
    const r = row.record;
    const orderId = orderIdOf(r);
    if (orderId === '') {
      skipOrder(plan, row, NO_ORDER_ID);
      continue;
    }
    if (cellText(r.fulfilment) !== 'Sudah dikirim') {
      skipOrder(plan, row, { id: 'belum dikirim — Tandai dikirim (resi) dulu', en: 'not shipped yet — Mark shipped first' });
      continue;
    }
    const inTarget = findOrder(input.target, orderId);
    if (inTarget && !isSameOrder(inTarget.record, r)) {
      skipOrder(plan, row, orderIdTakenIn(orderId, DONE_SHEET.name));
      continue;
    }
    const cod = isCodPayment(r.paymentMethod);
    const total = cellInteger(r.total) ?? 0;
    const entryId = salesLedgerId(orderId);
    // A marketplace COD order's money is collected by the marketplace and paid out later (Catat pencairan).
    const marketplace = isMarketplaceChannel(r.channel, env.settings.marketplaces ?? []);
    if (cod && !marketplace && !ledgerIds.has(entryId)) {
      ledgerIds.add(entryId);
      plan.ledger.push({ entryId, date: env.now, type: 'Pemasukan', category: 'Penjualan', amount: total, reference: orderId, note: `COD · ${cellText(r.channel)} · ${cellText(r.customerName)}`, by: env.user });
    }
    if (!inTarget) {
      const moved = { ...r, fulfilment: 'Diterima', paymentStatus: cod ? 'Lunas' : r.paymentStatus, deliveredAt: env.now, updatedBy: env.user };
      plan.targetAppends.push({ ...moved, waLink: orderWhatsappCell(STATE_TEMPLATES.delivered, moved, messageEnvOf(env)) });
    }
    plan.sourceRemovals.push(row.rowNumber);
    plan.done.push(orderId);
    plan.logs.push({ action: 'Tandai diterima', orderId, from: SHIPPING_SHEET.name, to: DONE_SHEET.name, details: cod && !marketplace ? `COD Lunas ${formatRupiah(total)}; kas ${entryId}` : marketplace ? 'Diterima pelanggan; marketplace: masuk kas saat pencairan' : 'Diterima pelanggan' });
  }
  return plan;
}
