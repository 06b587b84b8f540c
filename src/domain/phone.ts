/** Indonesian WhatsApp numbers: normalised to `62…` digits as text, and wa.me links with a ready message. */
import { Text } from './i18n';

/** A phone number read from a cell: the normalised digits, or what is wrong with it. */
export type PhoneResult = { ok: true; phone: string } | { ok: false; problem: Text };

const bad = (id: string, en: string): PhoneResult => ({ ok: false, problem: { id, en } });

/**
 * Normalises a number as people type it (`0812-3456-7890`, `+62 812…`, `62812…`, `(0812) 3456 7890`, or a
 * sheet number that lost its leading zero) to `6281234567890`. Only Indonesian numbers are accepted.
 */
export function normalizePhone(value: unknown): PhoneResult {
  const raw = typeof value === 'number' ? (Number.isInteger(value) && value > 0 ? String(value) : '') : String(value ?? '').trim();
  if (raw === '') return bad('nomor WhatsApp kosong', 'WhatsApp number is empty');
  const compact = raw.replace(/[\s\-.()]/g, '');
  if (!/^\+?\d+$/.test(compact)) {
    return bad(`"${raw}" bukan nomor telepon (hanya angka, spasi, tanda - dan +62)`, `"${raw}" is not a phone number (digits, spaces, dashes and +62 only)`);
  }
  let digits: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+62')) return bad(`"${raw}" bukan nomor Indonesia (harus +62)`, `"${raw}" is not an Indonesian number (must be +62)`);
    digits = compact.slice(1);
  } else if (compact.startsWith('62')) digits = compact;
  else if (compact.startsWith('0')) digits = `62${compact.slice(1)}`;
  else if (compact.startsWith('8')) digits = `62${compact}`; // a sheet number that lost its leading zero
  else return bad(`"${raw}" bukan nomor Indonesia (awali dengan 08 atau +62)`, `"${raw}" is not an Indonesian number (start with 08 or +62)`);
  if (digits.startsWith('620')) digits = `62${digits.slice(3)}`; // +62 0812… written with the trunk zero
  const national = digits.slice(2);
  if (!/^[1-9]/.test(national) || national.length < 8 || national.length > 12) {
    return bad(`"${raw}" panjangnya tidak cocok untuk nomor WhatsApp (10–13 angka, mis. 0812-3456-7890)`, `"${raw}" has the wrong length for a WhatsApp number (10–13 digits, e.g. 0812-3456-7890)`);
  }
  return { ok: true, phone: digits };
}

/** A `https://wa.me/62…?text=…` link that opens a chat with the message typed in; the message is URL-encoded. */
export function whatsappLink(phone: string, message: string): string {
  const base = `https://wa.me/${phone}`;
  return message === '' ? base : `${base}?text=${encodeURIComponent(message)}`;
}
