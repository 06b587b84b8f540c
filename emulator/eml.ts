/**
 * Renders a sent mail as an RFC 5322 `.eml` file a person can open in any mail program: UTF-8
 * encoded-word headers for non-ASCII text, multipart/alternative (text + HTML) when the mail has
 * an HTML body, multipart/mixed around it when it has attachments; every part base64-encoded.
 */
import type { SentMail } from './services/mail';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date in UTC, e.g. 'Sat, 28 Nov 2026 02:00:00 +0000'. */
export function rfc5322Date(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} `
    + `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** Header text as-is when printable ASCII, else an RFC 2047 UTF-8 base64 encoded-word. */
export function encodeHeaderText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function base64Lines(data: Buffer): string {
  return (data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function textPart(contentType: string, text: string): string[] {
  return [
    `Content-Type: ${contentType}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(text, 'utf8')),
  ];
}

function multipart(subtype: string, boundary: string, parts: string[][]): string[] {
  const lines = [`Content-Type: multipart/${subtype}; boundary="${boundary}"`, ''];
  for (const part of parts) lines.push(`--${boundary}`, ...part);
  lines.push(`--${boundary}--`);
  return lines;
}

function mailbox(name: string | undefined, address: string): string {
  if (!name) return address;
  const display = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : encodeHeaderText(name);
  return `${display} <${address}>`;
}

/** The whole message as .eml text (CRLF line ends); `index` makes the Message-ID and boundaries unique. */
export function renderEml(mail: SentMail, index = 0): string {
  const headers = [
    `From: ${mailbox(mail.name, mail.from ?? mail.sender)}`,
    `To: ${mail.to}`,
    ...(mail.cc ? [`Cc: ${mail.cc}`] : []),
    ...(mail.bcc ? [`Bcc: ${mail.bcc}`] : []),
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `Subject: ${encodeHeaderText(mail.subject)}`,
    `Date: ${rfc5322Date(mail.sentAt)}`,
    `Message-ID: <${mail.sentAt}.${index}@toko.emulator>`,
    `X-Sent-By: ${mail.service}`,
    'MIME-Version: 1.0',
  ];
  let body = mail.htmlBody === undefined
    ? textPart('text/plain', mail.body)
    : multipart('alternative', `=_toko_alt_${index}`, [textPart('text/plain', mail.body), textPart('text/html', mail.htmlBody)]);
  if (mail.attachments.length > 0) {
    const files = mail.attachments.map((file) => [
      `Content-Type: ${file.contentType}; name="${encodeHeaderText(file.name)}"`,
      `Content-Disposition: attachment; filename="${encodeHeaderText(file.name)}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(file.bytes),
    ]);
    body = multipart('mixed', `=_toko_mixed_${index}`, [body, ...files]);
  }
  return [...headers, ...body, ''].join('\r\n');
}
