/**
 * Toko → Selesaikan komplain (CS): records the solution of the selected complaint (see
 * domain/plan-solve-complaint.ts). Writes, in this order: the replacement's new order ID into the
 * complaint row and the order counter; the replacement order in CS · Pesanan; the refund in the cash
 * book; the order's Komplain column; and last the complaint's solution and status, so a rerun after a
 * failure finds each effect by its key and completes only what is missing.
 */
import { cellInteger, cellText } from '../domain/cell';
import { COMPLAINT_ACTIONS, complaintTexts as T } from '../domain/complaint-messages';
import { ComplaintRow, complaintIdOf, isSolved } from '../domain/complaint-record';
import { parseSolution } from '../domain/complaint-solution';
import { joinTexts, Text, UserError } from '../domain/i18n';
import { ledgerRecord, refundLedgerId } from '../domain/ledger';
import { planSolveComplaint } from '../domain/plan-solve-complaint';
import { UnitPrice } from '../domain/pricing';
import { COMPLAINTS_SHEET, LEDGER_SHEET, ORDERS_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { findOrders } from './order-lookup';
import { openOrderIdCounter } from './order-id-counter';
import { selectedComplaints } from './selected-complaints';

/** CS records the solution (after asking the responsible division). */
export const SOLVE_COMPLAINT_ACTION: ActionSpec = { name: COMPLAINT_ACTIONS.solve, divisions: ['CS'] };

/** Solves the selected complaint (see the file comment); returns what to tell the user. */
export function solveComplaint(ctx: ActionContext): ActionOutcome {
  const { table, rows } = selectedComplaints(ctx, COMPLAINT_ACTIONS.solve);
  if (rows.length > 1) throw new UserError(T.oneRowOnly(COMPLAINTS_SHEET.name, rows.map((r) => r.rowNumber)));
  const row = rows[0];
  const c = row.record;
  const id = complaintIdOf(c);
  const orderId = cellText(c.orderId);
  if (id === '' || isSolved(c)) {
    // The planner's refusal, said before any question is asked.
    const early = planSolveComplaint({ complaint: row, order: null, otherOpen: [], solution: 'Ditolak', detail: '', priceOf: () => null, replacementId: '', replacementExists: false, refundBooked: false, shopName: '', lang: ctx.lang, now: ctx.now, user: ctx.user });
    if (!early.ok) throw new UserError(early.refusal);
  }
  const askSolution = T.askSolution(id, orderId);
  const typed = ctx.ask(askSolution.title, askSolution.prompt);
  if (typed === null) throw new UserError(T.cancelled(COMPLAINT_ACTIONS.solve));
  const solution = parseSolution(typed);
  if (!solution) throw new UserError(T.unknownSolution(typed));
  const askDetail = T.askDetail(id, solution);
  const detail = ctx.ask(askDetail.title, askDetail.prompt);
  if (detail === null) throw new UserError(T.cancelled(COMPLAINT_ACTIONS.solve));
  let deadline: string | undefined;
  if (solution === 'Klaim kurir' && detail !== '') {
    const askDeadline = T.askClaimDeadline(id);
    const answer = ctx.ask(askDeadline.title, askDeadline.prompt);
    if (answer === null) throw new UserError(T.cancelled(COMPLAINT_ACTIONS.solve));
    deadline = answer;
  }

  const order = orderId === '' ? undefined : findOrders(ctx.ss, 'orderId', [orderId], true)[0];
  const otherOpen = (table.findRows('orderId', [orderId]) as ComplaintRow[]).filter((other) => other.rowNumber !== row.rowNumber && !isSolved(other.record));
  const replacing = solution === 'Kirim ulang/tukar';
  const knownReplacement = cellText(c.replacementOrderId);
  const counter = replacing ? openOrderIdCounter(ctx.ss, ctx.settings.orderIdPrefix, ctx.now, knownReplacement ? [knownReplacement] : []) : undefined;
  const replacementId = knownReplacement || (counter ? counter.peek() : '');
  const replacementExists = replacing && knownReplacement !== '' && findOrders(ctx.ss, 'orderId', [knownReplacement], true).length > 0;
  const prices = replacing ? stockPrices(ctx) : new Map<string, UnitPrice>();
  const ledger = solution === 'Refund' ? Table.open(ctx.ss, LEDGER_SHEET) : undefined;
  const refundBooked = ledger ? ledger.find('entryId', [refundLedgerId(id)]).size > 0 : false;

  const plan = planSolveComplaint({
    complaint: row, order: order ? { sheet: order.spec.name, row: order.row } : null, otherOpen, solution, detail, deadline,
    priceOf: (sku) => prices.get(sku.toUpperCase()) ?? null, replacementId, replacementExists, refundBooked,
    shopName: ctx.settings.shopName, lang: ctx.lang, now: ctx.now, user: ctx.user,
  });
  if (!plan.ok) throw new UserError(plan.refusal);
  if (plan.replacementIdChange) {
    table.update(row.rowNumber, plan.replacementIdChange);
    table.commit();
    counter?.take();
  }
  counter?.save();
  if (plan.replacement) {
    const orders = Table.open(ctx.ss, ORDERS_SHEET);
    orders.append(plan.replacement);
    orders.commit();
  }
  if (plan.ledger && ledger) {
    ledger.append(ledgerRecord(plan.ledger));
    ledger.commit();
  }
  if (plan.orderChange && order) {
    order.table.update(order.row.rowNumber, plan.orderChange);
    order.table.commit();
  }
  table.update(row.rowNumber, plan.complaintChanges);
  table.commit();
  ctx.log({ action: COMPLAINT_ACTIONS.solve, orderId, from: COMPLAINTS_SHEET.name, to: plan.replacement ? ORDERS_SHEET.name : '', details: `${id}: ${cellText(plan.complaintChanges.solutionDetail) || solution}` });
  const parts: Text[] = [plan.message];
  if (plan.warnings.length) parts.push({ id: 'Perhatian:', en: 'Note:' }, ...plan.warnings.map((w) => ({ id: `• ${w.id}`, en: `• ${w.en}` })));
  return { message: joinTexts(parts), alert: true };
}

/** Selling and cost price per SKU (upper case) from Gudang · Stok (one read of a small sheet). */
function stockPrices(ctx: ActionContext): Map<string, UnitPrice> {
  const prices = new Map<string, UnitPrice>();
  for (const { record } of Table.read(ctx.ss, STOCK_SHEET).rows) {
    const sku = cellText(record.sku).toUpperCase();
    if (sku !== '') prices.set(sku, { sellingPrice: cellInteger(record.sellingPrice) ?? 0, costPrice: cellInteger(record.costPrice) ?? 0 });
  }
  return prices;
}

/** Menu entry: Toko → Selesaikan komplain. */
export function solveComplaintFromMenu(): void {
  runAction(SOLVE_COMPLAINT_ACTION, solveComplaint);
}
