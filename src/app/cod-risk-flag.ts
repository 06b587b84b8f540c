/**
 * The COD risk flag at Konfirmasi pesanan: the COD orders about to move to Keuangan · Approval get their
 * `Risiko COD` from the COD tally (one fixed block read, two calls, only when the selection holds a COD
 * order and a rule is on), and CS is told which were flagged.
 */
import { flaggedCodNote, withCodRisk } from '../domain/cod-risk';
import { isCodPayment } from '../domain/order-record';
import { PipelinePlan } from '../domain/order-plan';
import { OrderColumnKey } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext } from './action';
import { openCodTally } from './cod-tally';

/** Fills `Risiko COD` on the plan's COD appends and adds the flagged orders to its warnings. */
export function flagRiskyCod(ctx: ActionContext, plan: PipelinePlan, approval: Table<OrderColumnKey>): void {
  const rules = ctx.settings.codRisk;
  if (rules.minCustomerReturns === 0 && rules.cityRatePercent === 0) return;
  if (!plan.targetAppends.some((record) => isCodPayment(record.paymentMethod))) return;
  const { tally } = openCodTally(ctx);
  const { records, flagged } = withCodRisk(plan.targetAppends, tally, rules, ctx.now, ctx.lang);
  plan.targetAppends.splice(0, plan.targetAppends.length, ...records);
  plan.warnings.push(...flaggedCodNote(flagged, approval.hasColumn('codRisk')));
  for (const f of flagged) ctx.log({ action: 'Konfirmasi pesanan', orderId: f.orderId, details: `Risiko COD: ${f.reasons.map((r) => r.id).join('; ')}` });
}
