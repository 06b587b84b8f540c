/**
 * The rules of the Outbox as plain data: what a row becomes after a send, when a row's send state is
 * unknown (a run died between writing it and recording the outcome), the note a resent mail carries,
 * and the one notice the owner gets about mail that is given up on. No I/O: app/outbox.ts applies them.
 */
import { escapeHtml } from './html';
import { Lang, Text } from './i18n';
import { shortHash } from './order-plan';

/** A Sheets cell holds at most this many characters; every Outbox cell (subject, body, HTML) must fit. */
export const OUTBOX_CELL_LIMIT = 50000;

/** Failed sends (not counting quota) after which a mail is marked Gagal and never tried again. */
export const MAX_SEND_ATTEMPTS = 5;

/** The Outbox status values, as the sheet's dropdown lists them. */
export type OutboxStatus = 'Menunggu' | 'Mengirim' | 'Terkirim' | 'Gagal';

/** A mail with its idempotency key: the same key is written to the Outbox and sent at most once per key. */
export interface OutboxMail {
  readonly id: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly reference?: string;
  /**
   * True when no earlier run can have written this mail (its planner knows, e.g. none of a packing
   * list's orders had been moved before), so writing it to the Outbox skips the look-up by ID.
   */
  readonly firstWrite?: boolean;
}

/** What the Outbox row says about the sends so far. */
export interface SendState {
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string;
}

/** The row's new status cells after one send. */
export interface SendOutcome {
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly lastError: string;
  /** Epoch ms of the send, or '' when it did not go out. */
  readonly sentAt: number | '';
}

/** Written into Error Terakhir of a mail that may have gone out already; kept until it is sent again. */
export const MAYBE_SENT_NOTE = 'mungkin sudah terkirim sebelumnya (proses terhenti sebelum mencatat hasilnya)';

/** Apps Script's message when the day's mail quota is spent; such a failure is not the mail's fault. */
export function isQuotaError(message: string): boolean {
  return /too many times/i.test(message);
}

/**
 * Whether a row's send state is unknown: left in Mengirim (the retry marks rows Mengirim before it
 * sends, and under the document lock only a run that died leaves one there), or flagged by an earlier
 * resend that failed. A Menunggu row is known not to have gone out — except in the two calls between an
 * action's send and its Terkirim write: a run that dies exactly there is resent without the note (the
 * price of not spending a write on every action to mark its rows first).
 */
export function sendStateUnknown(row: SendState): boolean {
  return row.status === 'Mengirim' || row.lastError.includes(MAYBE_SENT_NOTE);
}

/**
 * The row after one send: Terkirim; or Menunggu again (a quota error does not count as a try); or Gagal
 * once MAX_SEND_ATTEMPTS tries failed. `maybeSent` (the send state before was unknown, see
 * sendStateUnknown) stays written in Error Terakhir, so the row and the next resend keep saying so.
 */
export function afterSend(
  before: { readonly attempts: number; readonly maybeSent: boolean },
  result: { readonly ok: true } | { readonly ok: false; readonly error: string },
  now: number,
): SendOutcome {
  if (result.ok) return { status: 'Terkirim', attempts: before.attempts + 1, lastError: before.maybeSent ? `Dikirim ulang — ${MAYBE_SENT_NOTE}` : '', sentAt: now };
  const lastError = before.maybeSent ? `${result.error} — ${MAYBE_SENT_NOTE}` : result.error;
  if (isQuotaError(result.error)) return { status: 'Menunggu', attempts: before.attempts, lastError, sentAt: '' };
  const attempts = before.attempts + 1;
  return { status: attempts >= MAX_SEND_ATTEMPTS ? 'Gagal' : 'Menunggu', attempts, lastError, sentAt: '' };
}

const RESENT: Readonly<Record<Lang, { subject: string; note: string }>> = {
  id: {
    subject: '[Kirim ulang] ',
    note: 'Kirim ulang otomatis: pengiriman sebelumnya terputus sebelum tercatat, jadi e-mail ini mungkin sudah Anda terima. Kalau isinya sama dengan e-mail yang sudah masuk, abaikan yang ini — jangan dikerjakan dua kali.',
  },
  en: {
    subject: '[Resent] ',
    note: 'Sent again automatically: the earlier send was cut off before it was recorded, so you may have this e-mail already. If it matches one you have, ignore this copy — do not act on it twice.',
  },
};

/** The mail as resent when its earlier send state is unknown: the subject and the first line say it may be a duplicate. */
export function resentMail<M extends OutboxMail>(mail: M, lang: Lang): M {
  const w = RESENT[lang];
  return {
    ...mail,
    subject: mail.subject.startsWith(w.subject) ? mail.subject : `${w.subject}${mail.subject}`,
    body: `${w.note}\n\n${mail.body}`,
    htmlBody: mail.htmlBody === undefined ? undefined : `<p style="color:#b71c1c"><b>${escapeHtml(w.note)}</b></p>\n${mail.htmlBody}`,
  };
}

/** The prefix of the owner's notice about given-up mail; such a notice is never itself reported by mail. */
export const FAILURE_NOTICE_PREFIX = 'GAGAL-';

/** Whether an Outbox ID is the owner's notice about given-up mail. */
export function isFailureNotice(mailId: string): boolean {
  return mailId.startsWith(FAILURE_NOTICE_PREFIX);
}

/** A mail given up on, as the owner's notice lists it. */
export interface FailedMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly attempts: number;
  readonly lastError: string;
}

const NOTICE: Readonly<Record<Lang, { subject: (shop: string, n: number) => string; intro: (n: number) => string; row: (m: FailedMail) => string; fix: string }>> = {
  id: {
    subject: (shop, n) => `[${shop}] ${n} e-mail gagal dikirim dan tidak dicoba lagi`,
    intro: (n) => `${n} e-mail sudah ${MAX_SEND_ATTEMPTS} kali gagal dikirim. Statusnya sekarang Gagal di sheet Outbox dan tidak dicoba lagi:`,
    row: (m) => `- ${m.subject} → ${m.to} (ID ${m.id}; ${m.attempts} kali; error: ${m.lastError})`,
    fix: 'Perbaiki alamatnya (biasanya di Pengaturan), lalu di sheet Outbox ubah Status baris itu ke Menunggu dan Percobaan ke 0: pengiriman ulang tiap jam akan mengirimnya.',
  },
  en: {
    subject: (shop, n) => `[${shop}] ${n} e-mail(s) could not be sent and will not be retried`,
    intro: (n) => `${n} e-mail(s) failed ${MAX_SEND_ATTEMPTS} times. They are now Gagal in the Outbox sheet and will not be tried again:`,
    row: (m) => `- ${m.subject} → ${m.to} (ID ${m.id}; ${m.attempts} tries; error: ${m.lastError})`,
    fix: 'Fix the address (usually in Pengaturan), then in the Outbox sheet set that row’s Status to Menunggu and Percobaan to 0: the hourly retry will send it.',
  },
};

/** The one notice to the owner about mail just marked Gagal; its ID comes from theirs, so it is written once. */
export function failureNoticeMail(input: { failed: readonly FailedMail[]; owner: string; shopName: string; lang: Lang }): OutboxMail {
  const w = NOTICE[input.lang];
  const lines = input.failed.map(w.row);
  const ids = input.failed.map((m) => m.id).sort();
  return {
    id: `${FAILURE_NOTICE_PREFIX}${shortHash(ids.join(','))}`,
    to: [input.owner],
    subject: w.subject(input.shopName, input.failed.length),
    body: [w.intro(input.failed.length), '', ...lines, '', w.fix].join('\n'),
    htmlBody: `<p>${escapeHtml(w.intro(input.failed.length))}</p><ul>${lines.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('')}</ul><p>${escapeHtml(w.fix)}</p>`,
    reference: ids.join(', '),
  };
}

/**
 * Who hears about mail given up on: the owner by one mail, except for failures a mail to the owner
 * cannot report — the owner's own notice failing, or the owner's address being what fails — and
 * everything when there is no owner address; those go to the Log.
 */
export function splitFailures(failed: readonly FailedMail[], owner: string): { mail: FailedMail[]; log: FailedMail[] } {
  const address = owner.toLowerCase();
  const mailable = (m: FailedMail) => address !== '' && !isFailureNotice(m.id) && !m.lastError.toLowerCase().includes(address);
  return { mail: failed.filter(mailable), log: failed.filter((m) => !mailable(m)) };
}

/** The Log line for mail given up on when no notice can be mailed. */
export function failureLogText(failed: readonly FailedMail[]): Text {
  const list = failed.map((m) => `${m.id} → ${m.to}: ${m.lastError}`).join('; ');
  return {
    id: `${failed.length} e-mail gagal ${MAX_SEND_ATTEMPTS} kali dan tidak dicoba lagi (Status Gagal di Outbox): ${list}`,
    en: `${failed.length} e-mail(s) failed ${MAX_SEND_ATTEMPTS} times and will not be retried (Status Gagal in Outbox): ${list}`,
  };
}
