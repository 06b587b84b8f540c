/**
 * Renders a sent mail as an RFC 5322 `.eml` file a person can open in any mail program: UTF-8
 * encoded-word headers for non-ASCII text (RFC 2047: words of at most 75 characters, folded lines of at
 * most 76), RFC 2231 parameters for non-ASCII file names, multipart/alternative (text + HTML) when the mail has
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

/** RFC 2047 §2: an encoded-word is at most 75 characters. */
export const MAX_ENCODED_WORD = 75;
/** RFC 2047 §2: a header line holding an encoded-word is at most 76 characters. */
const MAX_ENCODED_LINE = 76;
const WORD_OPEN = '=?UTF-8?B?';
const WORD_CLOSE = '?=';

/** Most UTF-8 bytes whose base64 fits an encoded-word of `chars` characters. */
function bytesFitting(chars: number): number {
  return Math.floor((chars - WORD_OPEN.length - WORD_CLOSE.length) / 4) * 3;
}

/** RFC 5322 §2.1.1: a header line should be at most 78 characters. */
const MAX_LINE = 78;

/** Printable ASCII header text folded at spaces (CRLF before a space) so lines keep to 78 characters where a space allows. */
function foldAscii(text: string, used: number): string {
  const lines: string[] = [];
  let rest = text;
  let room = MAX_LINE - used;
  while (rest.length > room) {
    const at = rest.lastIndexOf(' ', room);
    if (at <= 0) break;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
    room = MAX_LINE;
  }
  lines.push(rest);
  return lines.join('\r\n');
}

/**
 * Header text as-is when printable ASCII (folded at spaces past 78 characters), else RFC 2047 UTF-8 base64 encoded-words of at most 75
 * characters, each holding whole characters (a multi-byte character is never split between words),
 * folded with CRLF + space so no line is longer than 76 characters. `used` is how much of the first
 * line is already taken (`Subject: ` is 9).
 */
export function encodeHeaderText(text: string, used = 0): string {
  if (/^[\x20-\x7e]*$/.test(text)) return foldAscii(text, used);
  const words: string[] = [];
  let budget = bytesFitting(Math.min(MAX_ENCODED_WORD, MAX_ENCODED_LINE - used));
  let chunk: Buffer[] = [];
  let size = 0;
  const flush = () => {
    words.push(`${WORD_OPEN}${Buffer.concat(chunk).toString('base64')}${WORD_CLOSE}`);
    chunk = [];
    size = 0;
    budget = bytesFitting(MAX_ENCODED_WORD);
  };
  for (const character of text) {
    const bytes = Buffer.from(character, 'utf8');
    if (size + bytes.length > budget && size > 0) flush();
    chunk.push(bytes);
    size += bytes.length;
  }
  if (size > 0) flush();
  return words.join('\r\n ');
}

/** A MIME parameter (`name=…`, `filename=…`): quoted when ASCII, else RFC 2231 `name*=UTF-8''…`. */
function mimeParameter(name: string, value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `${name}="${value.replace(/(["\\])/g, '\\$1')}"`;
  const encoded = encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${name}*=UTF-8''${encoded}`;
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
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${address}>`;
  return `${encodeHeaderText(name, 'From: '.length)}\r\n <${address}>`;
}

/** The whole message as .eml text (CRLF line ends); `index` makes the Message-ID and boundaries unique. */
export function renderEml(mail: SentMail, index = 0): string {
  const headers = [
    `From: ${mailbox(mail.name, mail.from ?? mail.sender)}`,
    `To: ${mail.to}`,
    ...(mail.cc ? [`Cc: ${mail.cc}`] : []),
    ...(mail.bcc ? [`Bcc: ${mail.bcc}`] : []),
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `Subject: ${encodeHeaderText(mail.subject, 'Subject: '.length)}`,
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
      `Content-Type: ${file.contentType}; ${mimeParameter('name', file.name)}`,
      `Content-Disposition: attachment; ${mimeParameter('filename', file.name)}`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(file.bytes),
    ]);
    body = multipart('mixed', `=_toko_mixed_${index}`, [body, ...files]);
  }
  return [...headers, ...body, ''].join('\r\n');
}
