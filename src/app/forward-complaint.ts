/**
 * Toko → Teruskan komplain (CS): the selected complaints go to their responsible division by e-mail
 * (through the Outbox, key `KOMPLAIN-<complaint>`), then their rows become Diteruskan — the last write,
 * so a rerun after a failure finds the mail queued and never mails twice.
 */
import { COMPLAINT_ACTIONS } from '../domain/complaint-messages';
import { joinTexts, Text } from '../domain/i18n';
import { planForwardComplaints } from '../domain/plan-forward-complaint';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { selectedComplaints } from './selected-complaints';

/** CS forwards complaints; the action mails. */
export const FORWARD_COMPLAINT_ACTION: ActionSpec = { name: COMPLAINT_ACTIONS.forward, divisions: ['CS'], sendsMail: true };

/** Forwards the selected complaints (see the file comment); returns what to tell the user. */
export function forwardComplaints(ctx: ActionContext): ActionOutcome {
  const { table, rows } = selectedComplaints(ctx, COMPLAINT_ACTIONS.forward);
  const plan = planForwardComplaints(rows, ctx.settings, ctx.now, ctx.user);
  ctx.outbox.persist(plan.mails);
  for (const update of plan.updates) table.update(update.rowNumber, update.changes);
  table.commit();
  for (const mail of plan.mails) ctx.log({ action: COMPLAINT_ACTIONS.forward, orderId: mail.reference ?? '', details: `${mail.subject} → ${mail.to.join(', ')}` });
  const parts: Text[] = [];
  if (plan.done.length) parts.push({ id: `${plan.done.length} komplain diteruskan: ${plan.done.join(', ')}.`, en: `${plan.done.length} complaint(s) forwarded: ${plan.done.join(', ')}.` });
  if (plan.skipped.length) {
    parts.push(plan.done.length ? { id: `${plan.skipped.length} tidak diteruskan:`, en: `${plan.skipped.length} not forwarded:` } : { id: 'Tidak ada komplain yang diteruskan. Tidak ada yang diubah:', en: 'No complaint was forwarded. Nothing was changed:' });
    parts.push(...plan.skipped.map((s) => ({ id: `• ${s.id}`, en: `• ${s.en}` })));
  }
  return { message: joinTexts(parts), alert: plan.skipped.length > 0 };
}

/** Menu entry: Toko → Teruskan komplain. */
export function forwardComplaintFromMenu(): void {
  runAction(FORWARD_COMPLAINT_ACTION, forwardComplaints);
}
