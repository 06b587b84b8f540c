/**
 * Toko → Kirim PO ke supplier: the POs of the selected rows become Dipesan and, when Pengaturan says
 * "Kirim PO ke supplier: Ya", each goes to its supplier by e-mail, its send state kept in the Outbox
 * sheet so that a click again after a failure neither loses the mail nor sends it twice when it is
 * known to have gone out (see sendPurchaseOrders).
 */
import { cellInteger, cellText } from '../domain/cell';
import { Text, UserError } from '../domain/i18n';
import { sendMail } from '../gas/mail';
import { financeActionTexts as T } from '../domain/finance-messages';
import { planPurchaseOrders, PurchaseLine, readPurchaseLine, renderPurchaseOrderMail } from '../domain/purchasing';
import { productLabel } from '../domain/stock';
import { OUTBOX_SHEET, PURCHASES_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, runAction } from './action';
import { readSelectedPurchaseLines, selectedRowNumbers } from './receive-stock';

/** The menu caption and Log name of the action. */
export const SEND_PURCHASE_ORDER_ACTION = 'Kirim PO ke supplier';

/** The outbox ID of a PO's e-mail: one per PO, ever. */
export const poMailId = (poId: string): string => `po-${poId}`;

/**
 * Marks the selected Draft POs Dipesan and, when the setting is on, mails each to its supplier at most
 * once unless its send state is unknown. The Outbox sheet holds the send state, in this order: the
 * PO's row is appended as Mengirim (before anything else is written), the PO lines become Dipesan, the
 * mail is sent, and the row becomes Terkirim (or Menunggu with the error, for the retry trigger). A
 * click again finds the row: Menunggu is left to the retry and Terkirim is never sent again (unless a
 * person set the PO back to Draft, which asks for it); Mengirim on a PO still Draft was never sent (the send comes after Dipesan) and is sent now;
 * Mengirim on a Dipesan PO may or may not have gone out, so it is sent again and the message says so.
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
  if (!ctx.settings.sendPoToSupplier) {
    const ids = [...poIds].filter(isDraft);
    if (ids.length === 0) return { message: planPurchaseOrders(selected, all, new Map()).skipped.length ? T.problems(planPurchaseOrders(selected, all, new Map()).skipped) : T.nothingToSend, alert: true };
    markOrdered(purchases, all, ids);
    for (const id of ids) ctx.log({ action: SEND_PURCHASE_ORDER_ACTION, orderId: id, from: 'Draft', to: 'Dipesan' });
    return { message: T.poMarkedOnly(ids) };
  }

  const outbox = Table.read(ctx.ss, OUTBOX_SHEET);
  const sendState = new Map<string, { rowNumber: number; status: string; attempts: number }>();
  for (const row of outbox.rows) {
    const id = cellText(row.record.mailId);
    if (id.startsWith('po-')) sendState.set(id, { rowNumber: row.rowNumber, status: cellText(row.record.status), attempts: cellInteger(row.record.attempts) ?? 0 });
  }
  // Which POs to send now: a Draft with no mail row or a row never sent (Mengirim), and a Dipesan PO whose send is unknown.
  const toSend = new Set([...poIds].filter((id) => {
    const state = sendState.get(poMailId(id));
    // Terkirim on a Draft: a person set the PO back to Draft to send it again (Dipesan is written before any send).
    return state ? state.status === 'Mengirim' || (state.status === 'Terkirim' && isDraft(id)) : isDraft(id);
  }));
  const resent = [...toSend].filter((id) => !isDraft(id));
  const names = new Map<string, string>();
  for (const row of Table.read(ctx.ss, STOCK_SHEET).rows) {
    const sku = cellText(row.record.sku).toLowerCase();
    if (sku) names.set(sku, productLabel(row.record));
  }
  const asDraft = all.map((l) => (toSend.has(l.poId) ? { ...l, status: 'Draft' as const } : l));
  const plan = planPurchaseOrders(selected.filter((l) => toSend.has(l.poId)), asDraft, names);
  if (plan.problems.length) throw new UserError(T.problems(plan.problems));
  const drafts = [...poIds].filter(isDraft);
  const skipped = planPurchaseOrders(selected.filter((l) => !toSend.has(l.poId) && !isDraft(l.poId)), all, names).skipped;
  if (plan.orders.length === 0 && drafts.length === 0) return { message: skipped.length ? T.problems(skipped) : T.nothingToSend, alert: true };

  const mails = plan.orders.map((po) => ({ po, mail: renderPurchaseOrderMail(po, ctx.settings.shopName, ctx.lang, ctx.now) }));
  let nextRow = Math.max(1, ...outbox.rows.map((r) => r.rowNumber)) + 1;
  const rowOf = new Map<string, number>();
  for (const { po, mail } of mails) {
    const state = sendState.get(poMailId(po.poId));
    if (state) {
      rowOf.set(po.poId, state.rowNumber);
      if (state.status !== 'Mengirim') outbox.update(state.rowNumber, { status: 'Mengirim', attempts: state.attempts, lastError: '', sentAt: '' });
      continue;
    }
    rowOf.set(po.poId, nextRow++);
    outbox.append({
      mailId: poMailId(po.poId), createdAt: ctx.now, to: po.supplierEmail, subject: mail.subject, body: mail.body.slice(0, MAX_CELL_CHARS),
      htmlBody: mail.htmlBody.length <= MAX_CELL_CHARS ? mail.htmlBody : '', status: 'Mengirim', attempts: 0, lastError: '', sentAt: '',
    });
  }
  outbox.commit();
  markOrdered(purchases, all, drafts);

  const waiting: string[] = [];
  for (const { po, mail } of mails) {
    const attempts = (sendState.get(poMailId(po.poId))?.attempts ?? 0) + 1;
    const rowNumber = rowOf.get(po.poId) as number;
    try {
      sendMail({ to: [po.supplierEmail], ...mail });
      outbox.update(rowNumber, { status: 'Terkirim', attempts, lastError: '', sentAt: ctx.now });
    } catch (e) {
      waiting.push(`${po.poId}: ${e instanceof Error ? e.message : String(e)}`);
      outbox.update(rowNumber, { status: 'Menunggu', attempts, lastError: e instanceof Error ? e.message : String(e), sentAt: '' });
    }
  }
  outbox.commit();
  for (const id of drafts) ctx.log({ action: SEND_PURCHASE_ORDER_ACTION, orderId: id, from: 'Draft', to: 'Dipesan' });
  for (const id of resent) ctx.log({ action: SEND_PURCHASE_ORDER_ACTION, orderId: id, from: 'Dipesan', to: 'Dipesan', details: 'dikirim ulang: status kirim sebelumnya tidak diketahui' });
  const ids = [...new Set([...drafts, ...plan.orders.map((po) => po.poId)])];
  const notes: Text[] = [T.poSent(ids)];
  if (resent.length) notes.push(poTexts.resent(resent));
  if (waiting.length) notes.push(poTexts.waiting(waiting));
  return { message: { id: notes.map((n) => n.id).join('\n'), en: notes.map((n) => n.en).join('\n') }, alert: waiting.length > 0 || resent.length > 0 };
}

/** Sheets refuses a cell over 50,000 characters; a longer HTML body waits without its HTML part. */
const MAX_CELL_CHARS = 50000;

const poTexts = {
  resent: (ids: readonly string[]): Text => ({
    id: `Kiriman sebelumnya untuk ${ids.join(', ')} terhenti di tengah jalan, jadi tidak diketahui apakah e-mailnya sampai: PO dikirim lagi (supplier mungkin menerimanya dua kali).`,
    en: `The earlier send of ${ids.join(', ')} stopped half-way, so whether its e-mail went out is unknown: the PO was sent again (the supplier may get it twice).`,
  }),
  waiting: (lines: readonly string[]): Text => ({
    id: `Belum terkirim, menunggu di sheet Outbox dan dikirim ulang otomatis: ${lines.join('; ')}`,
    en: `Not sent yet, waiting in the Outbox sheet and retried automatically: ${lines.join('; ')}`,
  }),
};

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
