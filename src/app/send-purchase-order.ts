/**
 * Toko → Kirim PO ke supplier: the POs of the selected rows become Dipesan and, when Pengaturan says
 * "Kirim PO ke supplier: Ya", each goes to its supplier by e-mail through the outbox (once: a PO that is
 * no longer a Draft is never sent again).
 */
import { cellText } from '../domain/cell';
import { UserError } from '../domain/i18n';
import { financeActionTexts as T } from '../domain/finance-messages';
import { planPurchaseOrders, PurchaseLine, readPurchaseLine, renderPurchaseOrderMail } from '../domain/purchasing';
import { productLabel } from '../domain/stock';
import { PURCHASES_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, runAction } from './action';
import { readSelectedPurchaseLines, selectedRowNumbers } from './receive-stock';

/** The menu caption and Log name of the action. */
export const SEND_PURCHASE_ORDER_ACTION = 'Kirim PO ke supplier';

/** Marks the selected Draft POs Dipesan and mails them when the setting is on; returns the message. */
export function sendPurchaseOrders(ctx: ActionContext): ActionOutcome {
  const rowNumbers = selectedRowNumbers(ctx.ss, PURCHASES_SHEET.name);
  const purchases = Table.read(ctx.ss, PURCHASES_SHEET);
  const selected = readSelectedPurchaseLines(purchases, rowNumbers);
  const poIds = new Set(selected.map((l) => l.poId));
  const all: PurchaseLine[] = [];
  for (const row of purchases.rows) {
    const read = readPurchaseLine(row);
    if ('line' in read && poIds.has(read.line.poId)) all.push(read.line);
  }
  const names = new Map<string, string>();
  if (ctx.settings.sendPoToSupplier) {
    for (const row of Table.read(ctx.ss, STOCK_SHEET).rows) {
      const sku = cellText(row.record.sku).toLowerCase();
      if (sku) names.set(sku, productLabel(row.record));
    }
  }
  const plan = planPurchaseOrders(selected, all, names);
  if (ctx.settings.sendPoToSupplier && plan.problems.length) throw new UserError(T.problems(plan.problems));
  const orders = ctx.settings.sendPoToSupplier
    ? plan.orders
    : [...poIds].filter((id) => all.filter((l) => l.poId === id).every((l) => l.status === 'Draft')).map((poId) => ({ poId, lines: all.filter((l) => l.poId === poId) }));
  if (orders.length === 0) return { message: plan.skipped.length ? T.problems(plan.skipped) : T.nothingToSend, alert: true };

  for (const po of orders) {
    for (const line of po.lines) purchases.update(line.rowNumber, { status: 'Dipesan' });
  }
  purchases.commit();
  const ids = orders.map((po) => po.poId);
  if (ctx.settings.sendPoToSupplier) {
    for (const po of plan.orders) {
      const mail = renderPurchaseOrderMail(po, ctx.settings.shopName, ctx.lang, ctx.now);
      ctx.outbox.enqueue({ id: `po-${po.poId}`, to: [po.supplierEmail], ...mail, reference: po.poId });
    }
  }
  for (const id of ids) ctx.log({ action: SEND_PURCHASE_ORDER_ACTION, orderId: id, from: 'Draft', to: 'Dipesan' });
  return { message: ctx.settings.sendPoToSupplier ? T.poSent(ids) : T.poMarkedOnly(ids) };
}

/** Toko → Kirim PO ke supplier, for Keuangan. */
export function sendSelectedPurchaseOrders(): void {
  runAction({ name: SEND_PURCHASE_ORDER_ACTION, divisions: ['Keuangan'], sendsMail: true }, sendPurchaseOrders);
}
