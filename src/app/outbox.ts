/**
 * Mail that must not be lost. A mail is sent right after the data it reports on is written; if the
 * send fails (quota spent, a bad address), it waits in the Outbox sheet as Menunggu and the retry
 * trigger sends it later. A row is marked Mengirim before each retry, so a send is never repeated.
 */
import { OutgoingMail, sendMail } from '../gas/mail';
import { OUTBOX_SHEET } from '../sheets/schema';
import { Cell } from '../domain/cell';
import { Table } from '../sheets/table';

/** A mail with its idempotency key and what it is about (order IDs, a report month). */
export interface Mail extends OutgoingMail {
  readonly id: string;
  readonly reference?: string;
}

/** What happened to the mail of one delivery. */
export interface DeliveryReport {
  readonly sent: string[];
  readonly queued: Array<{ id: string; error: string }>;
}

/** Sheets refuses a cell over 50,000 characters; a longer HTML body waits without its HTML part. */
const MAX_CELL_CHARS = 50000;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Collects the mail of one action; `deliver` sends it after the action's data is written. */
export class Outbox {
  private readonly pending: Mail[] = [];

  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly now: number,
  ) {}

  /** Queues a mail for this action; the same id twice in one action is sent once. */
  enqueue(mail: Mail): void {
    if (!this.pending.some((m) => m.id === mail.id)) this.pending.push(mail);
  }

  /** Sends what was queued; what fails waits in the Outbox sheet (one append for all of them). */
  deliver(): DeliveryReport {
    const report: DeliveryReport = { sent: [], queued: [] };
    if (this.pending.length === 0) return report;
    for (const mail of this.pending) {
      try {
        sendMail(mail);
        report.sent.push(mail.id);
      } catch (e) {
        report.queued.push({ id: mail.id, error: errorText(e) });
      }
    }
    if (report.queued.length) {
      const table = Table.openForAppend(this.ss, OUTBOX_SHEET);
      for (const failed of report.queued) {
        const mail = this.pending.find((m) => m.id === failed.id) as Mail;
        table.append(outboxRecord(mail, this.now, 'Menunggu', 1, failed.error));
      }
      table.commit();
    }
    this.pending.length = 0;
    return report;
  }
}

function outboxRecord(mail: Mail, now: number, status: string, attempts: number, error: string): Record<string, Cell> {
  const html = mail.htmlBody ?? '';
  return {
    mailId: mail.id,
    createdAt: now,
    to: mail.to.join(', '),
    subject: mail.subject,
    body: mail.body.slice(0, MAX_CELL_CHARS),
    htmlBody: html.length <= MAX_CELL_CHARS ? html : '',
    status,
    attempts,
    lastError: error,
    sentAt: '',
  };
}

/** Result of one retry pass over the Outbox sheet. */
export interface RetryReport {
  readonly sent: number;
  readonly stillWaiting: number;
}

/**
 * Sends every Outbox row in Menunggu: marks them Mengirim first (one write), sends, then records
 * Terkirim or puts them back to Menunggu with the error (one write). Call under the document lock.
 */
export function retryOutbox(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): RetryReport {
  if (!ss.getSheetByName(OUTBOX_SHEET.name)) return { sent: 0, stillWaiting: 0 };
  const table = Table.read(ss, OUTBOX_SHEET);
  const waiting = table.rows.filter((row) => String(row.record.status).trim() === 'Menunggu');
  if (waiting.length === 0) return { sent: 0, stillWaiting: 0 };
  for (const row of waiting) table.update(row.rowNumber, { status: 'Mengirim' });
  table.commit();
  let sent = 0;
  let quotaSpent = false;
  for (const row of waiting) {
    const r = row.record;
    const attempts = (typeof r.attempts === 'number' ? r.attempts : 0) + 1;
    if (quotaSpent) {
      table.update(row.rowNumber, { status: 'Menunggu' });
      continue;
    }
    try {
      sendMail({
        to: String(r.to).split(/[\s,;]+/).filter((a) => a !== ''),
        subject: String(r.subject),
        body: String(r.body),
        htmlBody: String(r.htmlBody) === '' ? undefined : String(r.htmlBody),
      });
      sent++;
      table.update(row.rowNumber, { status: 'Terkirim', attempts, lastError: '', sentAt: now });
    } catch (e) {
      const message = errorText(e);
      quotaSpent = /too many times/i.test(message);
      table.update(row.rowNumber, { status: 'Menunggu', attempts, lastError: message });
    }
  }
  table.commit();
  return { sent, stillWaiting: waiting.length - sent };
}
