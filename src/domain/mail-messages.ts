/**
 * What an action tells the user about its mail, from what really happened to each one: sent, waiting
 * in the Outbox (and why, and what happens next), or already in the Outbox from an earlier run.
 */
import { joinTexts, Text } from './i18n';
import { isQuotaError, MAX_SEND_ATTEMPTS } from './outbox-rules';

/** What happened to one mail of an action. */
export interface MailFate {
  readonly id: string;
  readonly subject: string;
  readonly to: readonly string[];
  /** sent now; queued: written to the Outbox, not sent (see error); existing: already in the Outbox, not written again. */
  readonly outcome: 'sent' | 'queued' | 'existing';
  readonly error?: string;
}

/** The subject without the `[Shop] ` prefix: what the mail is, for a message. */
function label(subject: string): string {
  return subject.replace(/^\[[^\]]*\]\s*/, '');
}

/** Up to three mails by what they are, then how many more. */
function labels(mails: readonly MailFate[]): string {
  const shown = mails.slice(0, 3).map((m) => `"${label(m.subject)}"`);
  return mails.length > 3 ? `${shown.join(', ')} … (+${mails.length - 3})` : shown.join(', ');
}

const recipients = (mails: readonly MailFate[]): string => [...new Set(mails.flatMap((m) => m.to))].join(', ');

/**
 * The lines about an action's mail, or null when it had none; `alert` when a mail did not go out now, so
 * the person reads it. Never says a mail was sent unless MailApp accepted it.
 */
export function deliveryNote(mails: readonly MailFate[]): { text: Text; alert: boolean } | null {
  if (mails.length === 0) return null;
  const sent = mails.filter((m) => m.outcome === 'sent');
  const quota = mails.filter((m) => m.outcome === 'queued' && isQuotaError(m.error ?? ''));
  const failed = mails.filter((m) => m.outcome === 'queued' && !isQuotaError(m.error ?? ''));
  const existing = mails.filter((m) => m.outcome === 'existing');
  const lines: Text[] = [];
  if (sent.length) {
    lines.push({
      id: `E-mail terkirim ke ${recipients(sent)}: ${labels(sent)}.`,
      en: `E-mail sent to ${recipients(sent)}: ${labels(sent)}.`,
    });
  }
  if (quota.length) {
    lines.push({
      id: `E-mail BELUM terkirim — kuota e-mail hari ini habis: ${labels(quota)}. Sudah tersimpan di sheet Outbox (Menunggu) dan dikirim otomatis oleh pengiriman ulang tiap jam begitu kuota pulih.`,
      en: `E-mail NOT sent yet — today's e-mail quota is spent: ${labels(quota)}. It is saved in the Outbox sheet (Menunggu) and the hourly retry sends it automatically once the quota is back.`,
    });
  }
  if (failed.length) {
    lines.push({
      id: `E-mail ke ${recipients(failed)} BELUM terkirim (${failed[0].error}): ${labels(failed)}. Tersimpan di sheet Outbox dan dicoba lagi otomatis tiap jam, paling banyak ${MAX_SEND_ATTEMPTS} kali — periksa alamatnya di Pengaturan.`,
      en: `E-mail to ${recipients(failed)} NOT sent (${failed[0].error}): ${labels(failed)}. Saved in the Outbox sheet and retried automatically every hour, at most ${MAX_SEND_ATTEMPTS} times — check the address in Pengaturan.`,
    });
  }
  if (existing.length) {
    lines.push({
      id: `E-mail ini sudah ada di sheet Outbox dari proses sebelumnya, jadi tidak dibuat atau dikirim dua kali: ${labels(existing)}. Yang masih Menunggu dikirim otomatis oleh pengiriman ulang tiap jam; untuk mengirim lagi, ubah Status barisnya ke Menunggu.`,
      en: `These e-mails are already in the Outbox sheet from an earlier run, so they are not written or sent twice: ${labels(existing)}. Any still Menunggu are sent by the hourly retry; to send one again, set its row's Status to Menunggu.`,
    });
  }
  return { text: joinTexts(lines), alert: quota.length + failed.length + existing.length > 0 };
}

/** Buat laporan bulanan sekarang, when the report has recipients: the sheet is written; the mail note says what happened to the mail. */
export function reportSheetWritten(sheet: string): Text {
  return { id: `Sheet ${sheet} sudah dibuat.`, en: `Sheet ${sheet} written.` };
}
