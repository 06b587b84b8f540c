/**
 * The two complaint e-mails: the one the responsible division gets when CS forwards a complaint (the
 * order's details, the customer's words, the proof link, the due times), and the SLA digest CS and the
 * owner get when complaints are overdue. Plain text and HTML; everything people typed is HTML-escaped.
 */
import { cellText } from './cell';
import { formatDue } from './complaint-routing';
import { ComplaintRecord, complaintIdOf } from './complaint-record';
import { escapeHtml } from './html';
import { Lang } from './i18n';
import { formatJakartaDate } from './jakarta-time';
import { shortHash } from './order-plan';
import { OutboxMail } from './outbox-rules';
import { COMPLAINTS_SHEET } from '../sheets/schema';

/** The idempotency key of a complaint's forward mail: one mail per complaint, ever. */
export function forwardMailId(complaintId: string): string {
  return `KOMPLAIN-${complaintId}`;
}

const at = (value: unknown): string => (typeof value === 'number' ? formatDue(value) : '');

/** The mail to the responsible division about one complaint. */
export function forwardMail(input: { complaint: ComplaintRecord; division: string; to: readonly string[]; shopName: string; lang: Lang }): OutboxMail {
  const c = input.complaint;
  const id = complaintIdOf(c);
  const en = input.lang === 'en';
  const text = (key: string) => cellText((c as Record<string, unknown>)[key]);
  const rows: Array<[string, string]> = [
    [en ? 'Complaint' : 'Komplain', `${id} — ${text('type')}`],
    [en ? 'Order' : 'Pesanan', text('orderId')],
    [en ? 'Customer' : 'Pelanggan', text('customerName')],
    ['WhatsApp', text('phone')],
    ['Item', text('items')],
    [en ? 'Courier / tracking number' : 'Kurir / resi', [text('courier'), text('trackingNumber')].filter((s) => s !== '').join(' / ')],
    [en ? 'Shipped' : 'Dikirim', at(c.shippedAt)],
    [en ? "Customer's words" : 'Keluhan pelanggan', text('words')],
    [en ? 'Proof (photo/video)' : 'Bukti (foto/video)', text('proofLink') || (en ? '(not yet — CS will add it to the sheet)' : '(belum ada — CS akan menambahkannya di sheet)')],
    [en ? 'Answer by' : 'Jawab paling lambat', at(c.respondBy)],
    [en ? 'Solve by' : 'Selesai paling lambat', at(c.solveBy)],
  ];
  const subject = en
    ? `Complaint ${id} (${text('type')}) about order ${text('orderId')} — for ${input.division}`
    : `Komplain ${id} (${text('type')}) pesanan ${text('orderId')} — untuk ${input.division}`;
  const intro = en
    ? `CS forwards this complaint to ${input.division}. Please tell CS the solution (resend/exchange, refund, voucher, courier claim, or rejected with a reason); CS records it with Toko → Solve complaint in ${COMPLAINTS_SHEET.name}.`
    : `CS meneruskan komplain ini ke ${input.division}. Mohon kabari CS solusinya (kirim ulang/tukar, refund, voucher, klaim kurir, atau ditolak dengan alasan); CS mencatatnya dengan Toko → Selesaikan komplain di ${COMPLAINTS_SHEET.name}.`;
  const body = [intro, '', ...rows.filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`), '', input.shopName].join('\n');
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    '<table cellpadding="4" style="border-collapse:collapse">',
    ...rows.filter(([, v]) => v !== '').map(([k, v]) => `<tr><th align="left" valign="top">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`),
    '</table>',
    `<p>${escapeHtml(input.shopName)}</p>`,
  ].join('\n');
  return { id: forwardMailId(id), to: [...input.to], subject, body, htmlBody: html, reference: id };
}

/** One overdue complaint in the digest. */
export interface OverdueComplaint {
  readonly complaint: ComplaintRecord;
  readonly mark: string;
}

/** The idempotency key of a digest: the WIB day and the overdue complaints it reports, so a retry never sends two. */
export function slaDigestId(now: number, overdue: readonly OverdueComplaint[]): string {
  const keys = overdue.map((o) => `${complaintIdOf(o.complaint)}:${o.mark}`).sort();
  const day = formatJakartaDate(now).replace(/ /g, '');
  return `SLA-${day}-${keys.length}-${shortHash(keys.join(','))}`;
}

/** The digest of complaints newly past their due time, to CS and the owner. */
export function slaDigestMail(input: { overdue: readonly OverdueComplaint[]; to: readonly string[]; shopName: string; lang: Lang; now: number }): OutboxMail {
  const en = input.lang === 'en';
  const lines = input.overdue.map(({ complaint: c, mark }) => {
    const text = (key: string) => cellText((c as Record<string, unknown>)[key]);
    const due = mark === 'Lewat batas respon' ? at(c.respondBy) : at(c.solveBy);
    return `${complaintIdOf(c)} · ${text('type')} · ${en ? 'order' : 'pesanan'} ${text('orderId')} · ${text('customerName')} · ${text('division') || 'CS'} · ${mark} (${due})`;
  });
  const subject = en ? `${input.overdue.length} complaint(s) past their SLA — ${input.shopName}` : `${input.overdue.length} komplain lewat SLA — ${input.shopName}`;
  const intro = en
    ? `These complaints are past their due time. Forward them (Toko → Forward complaint) or record the solution (Toko → Solve complaint) in ${COMPLAINTS_SHEET.name}:`
    : `Komplain berikut sudah lewat batas waktunya. Teruskan (Toko → Teruskan komplain) atau catat solusinya (Toko → Selesaikan komplain) di ${COMPLAINTS_SHEET.name}:`;
  return {
    id: slaDigestId(input.now, input.overdue),
    to: [...input.to],
    subject,
    body: [intro, '', ...lines.map((l) => `• ${l}`)].join('\n'),
    htmlBody: `<p>${escapeHtml(intro)}</p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
  };
}
