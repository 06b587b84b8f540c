/** Asking the user why an order is rejected or cancelled. */
import { UserError } from '../domain/i18n';
import { PROMPTS, REFUSALS } from '../domain/order-messages';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { ActionContext } from './action';

/**
 * The reason the user typed for rejecting or cancelling `rows`, trimmed. A UserError (nothing was
 * changed) when they cancel the prompt or leave it blank. Ask it before the action writes anything.
 */
export function askReason(ctx: ActionContext, action: 'reject' | 'cancel', rows: readonly OrderRow[]): string {
  const ids = rows.map((row) => orderIdOf(row.record) || `baris ${row.rowNumber}`).join(', ');
  const ask = action === 'reject' ? PROMPTS.rejectReason(ids) : PROMPTS.cancelReason(ids);
  const reason = ctx.ask(ask.title, ask.prompt);
  if (reason === null) throw new UserError(REFUSALS.cancelled(action));
  if (reason === '') throw new UserError(REFUSALS.reasonRequired(action));
  return reason;
}
