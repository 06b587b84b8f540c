/**
 * Toko → Catat komplain (CS): a complaint about the order selected on any order sheet (or found by the
 * order ID or WhatsApp number typed). Asks the type and the customer's words — the proof link comes
 * later from the customer and is pasted into the row, so the action never waits on it. Writes, in this
 * order: the complaint row, the complaint counter, then the order's Komplain column (last: a rerun that
 * finds the open complaint and the column set has nothing left to do).
 */
import { cellText } from '../domain/cell';
import { COMPLAINT_ACTIONS, complaintTexts as T } from '../domain/complaint-messages';
import { ComplaintRow, complaintIdOf } from '../domain/complaint-record';
import { parseComplaintType } from '../domain/complaint-routing';
import { joinTexts, Text, UserError } from '../domain/i18n';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { normalizePhone } from '../domain/phone';
import { planRecordComplaint } from '../domain/plan-record-complaint';
import { COMPLAINTS_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { openComplaintIdCounter } from './complaint-id-counter';
import { FoundOrder, findOrders, findOrdersByPhone, ORDER_SHEETS } from './order-lookup';
import { selectedRowSpans } from './selected-orders';

/** CS records complaints. */
export const RECORD_COMPLAINT_ACTION: ActionSpec = { name: COMPLAINT_ACTIONS.record, divisions: ['CS'] };

/** The order the complaint is about: the one row selected on an order sheet, else the ID or phone typed. */
function chosenOrder(ctx: ActionContext): FoundOrder {
  const active = ctx.ss.getActiveSheet();
  const spec = ORDER_SHEETS.find((s) => s.name === active.getName());
  if (spec) {
    const table = Table.open(ctx.ss, spec, active);
    const rows = table.load(selectedRowSpans(ctx.ss)) as OrderRow[];
    if (rows.length === 0) throw new UserError(T.nothingSelected(COMPLAINT_ACTIONS.record));
    if (rows.length > 1) throw new UserError(T.oneRowOnly(spec.name, rows.map((r) => r.rowNumber)));
    return { spec, table, row: rows[0] };
  }
  const ask = T.askOrder(COMPLAINT_ACTIONS.record);
  const typed = ctx.ask(ask.title, ask.prompt);
  if (typed === null || typed === '') throw new UserError(T.cancelled(COMPLAINT_ACTIONS.record));
  const looksLikePhone = /^[+\d\s\-.()]+$/.test(typed) && normalizePhone(typed).ok;
  const phone = normalizePhone(typed);
  const found = looksLikePhone && phone.ok ? findOrdersByPhone(ctx.ss, phone.phone) : findOrders(ctx.ss, 'orderId', [typed]);
  const withId = found.filter((f) => orderIdOf(f.row.record) !== '');
  if (withId.length === 0) throw new UserError(T.orderNotFound(typed));
  const ids = [...new Set(withId.map((f) => orderIdOf(f.row.record)))];
  if (ids.length > 1) throw new UserError(T.manyOrders(typed, ids));
  return withId[0];
}

/** Records the complaint (see the file comment); returns what to tell the user. */
export function recordComplaint(ctx: ActionContext): ActionOutcome {
  const order = chosenOrder(ctx);
  const r = order.row.record;
  const orderId = orderIdOf(r);
  // Refusals that need no answer come before the questions (the planner says them the same way).
  const early = planRecordComplaint({ order: order.row, sheet: order.spec.name, existing: [], type: 'Lainnya', words: '', routes: [], nextId: '', now: ctx.now, user: ctx.user });
  if (!early.ok) throw new UserError(early.refusal);
  const askType = T.askType(orderId, cellText(r.customerName));
  const typedType = ctx.ask(askType.title, askType.prompt);
  if (typedType === null) throw new UserError(T.cancelled(COMPLAINT_ACTIONS.record));
  const type = parseComplaintType(typedType);
  if (!type) throw new UserError(T.unknownType(typedType));
  const askWords = T.askWords(orderId);
  const words = ctx.ask(askWords.title, askWords.prompt);
  if (words === null) throw new UserError(T.cancelled(COMPLAINT_ACTIONS.record));

  const complaints = Table.open(ctx.ss, COMPLAINTS_SHEET);
  const existing = complaints.findRows('orderId', [orderId]) as ComplaintRow[];
  const counter = openComplaintIdCounter(complaints, ctx.now, existing.map((c) => complaintIdOf(c.record)));
  const plan = planRecordComplaint({
    order: order.row, sheet: order.spec.name, existing, type, words, routes: ctx.settings.complaintRoutes,
    nextId: counter.peek(), now: ctx.now, user: ctx.user,
  });
  if (!plan.ok) throw new UserError(plan.refusal);
  if (plan.append) {
    counter.take();
    complaints.append(plan.append);
    complaints.commit();
  }
  counter.save();
  order.table.update(order.row.rowNumber, plan.orderChange);
  order.table.commit();
  ctx.log({ action: COMPLAINT_ACTIONS.record, orderId, from: order.spec.name, to: COMPLAINTS_SHEET.name, details: `${plan.complaintId} ${type}${plan.append ? '' : ' (melanjutkan yang terputus)'}` });
  const parts: Text[] = [plan.message];
  if (plan.warnings.length) parts.push({ id: 'Perhatian:', en: 'Note:' }, ...plan.warnings.map((w) => ({ id: `• ${w.id}`, en: `• ${w.en}` })));
  return { message: joinTexts(parts), alert: true };
}

/** Menu entry: Toko → Catat komplain. */
export function recordComplaintFromMenu(): void {
  runAction(RECORD_COMPLAINT_ACTION, recordComplaint);
}
