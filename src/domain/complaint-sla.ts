/**
 * The SLA watch: which open complaints are past their due time. A complaint still Baru after its
 * respond-by time is `Lewat batas respon` (forwarding it to its division is the first answer); one not
 * solved after its solve-by time is `Lewat batas selesai`. Only complaints whose mark changes are
 * written and reported, so CS and the owner get one digest when something becomes overdue, not one
 * an hour for the same complaint.
 */
import { cellText } from './cell';
import { slaDigestMail, OverdueComplaint } from './complaint-mails';
import { ComplaintChanges, ComplaintRow, isSolved } from './complaint-record';
import { Lang } from './i18n';
import { OutboxMail } from './outbox-rules';
import { COMPLAINT_SLA_MARKS } from '../sheets/schema';

/** An SLA mark. */
export type SlaMark = (typeof COMPLAINT_SLA_MARKS)[number];

/** The mark an open complaint deserves at `now`, or '' when it is within its times (solved ones: ''). */
export function slaMarkOf(record: ComplaintRow['record'], now: number): SlaMark | '' {
  if (isSolved(record)) return '';
  if (typeof record.solveBy === 'number' && now > record.solveBy) return 'Lewat batas selesai';
  const forwarded = cellText(record.status).toLowerCase() === 'diteruskan';
  if (!forwarded && typeof record.respondBy === 'number' && now > record.respondBy) return 'Lewat batas respon';
  return '';
}

/** What one run of the watch writes and mails. */
export interface SlaWatchPlan {
  readonly marks: Array<{ rowNumber: number; changes: ComplaintChanges }>;
  /** The digest, when some complaint newly became overdue and there is someone to tell. */
  readonly mail: OutboxMail | null;
}

/** Plans one run of the watch over the open complaints; see the file comment. */
export function planSlaWatch(open: readonly ComplaintRow[], input: { now: number; to: readonly string[]; shopName: string; lang: Lang }): SlaWatchPlan {
  const marks: SlaWatchPlan['marks'] = [];
  const overdue: OverdueComplaint[] = [];
  for (const row of open) {
    const mark = slaMarkOf(row.record, input.now);
    if (mark === '' || cellText(row.record.sla) === mark) continue;
    marks.push({ rowNumber: row.rowNumber, changes: { sla: mark } });
    overdue.push({ complaint: row.record, mark });
  }
  const mail = overdue.length && input.to.length ? slaDigestMail({ overdue, to: input.to, shopName: input.shopName, lang: input.lang, now: input.now }) : null;
  return { marks, mail };
}
