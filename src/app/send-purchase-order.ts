/**
 * Toko → Kirim PO ke supplier: the POs of the selected rows become Dipesan and, when Pengaturan says
 * "Kirim PO ke supplier: Ya", each goes to its supplier by e-mail through the transactional outbox
 * (see sendPurchaseOrders).
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

/** The outbox ID of a PO's e-mail: one per PO, ever. */
export const poMailId = (poId: string): string => `po-${poId}`;

/**
 * Marks the selected Draft POs Dipesan and, when the setting is on, mails each to its supplier through
 * the shared transactional outbox: the PO's mail (ID `po-<PO>`) is written to Outbox as Menunggu before
 * the PO lines become Dipesan, then sent after the data and marked Terkirim. A click again after a
 * failure finds either a Draft PO whose mail is already in Outbox (it is not written twice; the hourly
 * retry sends it) or a Dipesan PO with nothing left to do. A mail whose send state is unknown (the run
 * died between the send and its record) is resent by the retry, saying it may be a copy.
 */
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
  const isDraft = (poId: string) => all.filter((l) => l.poId === poId).every((l) => l.status === 'Draft');
  const drafts = [...poIds].filter(isDraft);
  if (!ctx.settings.sendPoToSupplier) {
    if (drafts.length === 0) {
      const skipped = planPurchaseOrders(selected, all, new Map()).skipped;
      return { message: skipped.length ? T.problems(skipped) : T.nothingToSend, alert: true };
    }
    markOrdered(purchases, all, drafts);
    for (const id of drafts) ctx.log({ action: SEND_PURCHASE_ORDER_ACTION, orderId: id, from: 'Draft', to: 'Dipesan' });
    return { message: T.poMarkedOnly(drafts) };
  }

  const names = new Map<string, string>();
  for (const row of Table.read(ctx.ss, STOCK_SHEET).rows) {
    const sku = cellText(row.record.sku).toLowerCase();
    if (sku) names.set(sku, productLabel(row.record));
  }
  const plan = planPurchaseOrders(selected, all, names);
  if (plan.problems.length) throw new UserError(T.problems(plan.problems));
  if (plan.orders.length === 0) return { message: plan.skipped.length ? T.problems(plan.skipped) : T.nothingToSend, alert: true };

  // The mail goes to Outbox before the PO becomes Dipesan: a rerun that finds it Dipesan finds its mail queued.
  ctx.outbox.persist(
    plan.orders.map((po) => ({ id: poMailId(po.poId), to: [po.supplierEmail], ...renderPurchaseOrderMail(po, ctx.settings.shopName, ctx.lang, ctx.now), reference: po.poId })),
  );
  const ids = plan.orders.map((po) => po.poId);
  markOrdered(purchases, all, ids);
  for (const id of ids) ctx.log({ action: SEND_PURCHASE_ORDER_ACTION, orderId: id, from: 'Draft', to: 'Dipesan' });
  return { message: T.poOrdered(ids) };
}

/** Queues Dipesan on every line of the POs `ids` and writes them. */
function markOrdered(purchases: Table<string>, all: readonly PurchaseLine[], ids: readonly string[]): void {
  const wanted = new Set(ids);
  for (const line of all) if (wanted.has(line.poId)) purchases.update(line.rowNumber, { status: 'Dipesan' });
  purchases.commit();
}

/** Toko → Kirim PO ke supplier, for Keuangan. */
export function sendSelectedPurchaseOrders(): void {
  runAction({ name: SEND_PURCHASE_ORDER_ACTION, divisions: ['Keuangan'], sendsMail: true }, sendPurchaseOrders);
}
