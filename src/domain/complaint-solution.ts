/**
 * The solutions a complaint can get, read from what CS answers (a number or a word), and the ready
 * WhatsApp message that tells the customer the solution in the shop's language.
 */
import { cellText } from './cell';
import { Lang } from './i18n';
import { formatJakartaDate, jakartaInstant } from './jakarta-time';
import { formatRupiah, Rupiah } from './money';
import { COMPLAINT_SOLUTIONS } from '../sheets/schema';

/** A solution from the dropdown. */
export type ComplaintSolution = (typeof COMPLAINT_SOLUTIONS)[number];

/** The solution an answer names: its number 1–5, its dropdown text, or an everyday word (any case). */
export function parseSolution(value: unknown): ComplaintSolution | null {
  const text = cellText(value).toLowerCase();
  if (text === '') return null;
  if (/^[1-9]$/.test(text)) return COMPLAINT_SOLUTIONS[Number(text) - 1] ?? null;
  const exact = COMPLAINT_SOLUTIONS.find((s) => s.toLowerCase() === text);
  if (exact) return exact;
  const aliases: Array<[RegExp, ComplaintSolution]> = [
    [/^(kirim ulang|tukar|resend|exchange|replacement|ganti)$/, 'Kirim ulang/tukar'],
    [/^(refund|uang kembali)$/, 'Refund'],
    [/^(voucher|kupon)$/, 'Voucher'],
    [/^(klaim|klaim kurir|courier claim|claim)$/, 'Klaim kurir'],
    [/^(tolak|ditolak|rejected|reject)$/, 'Ditolak'],
  ];
  return aliases.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A date typed as `30/11/2026`, `30-11-2026` or `2026-11-30`: the start of that day in WIB, or null. */
export function parseTypedDate(value: string): number | null {
  const text = value.trim();
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let [day, month, year] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match) {
    match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (!match) return null;
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const instant = jakartaInstant(year, month, day);
  return formatJakartaDate(instant).startsWith(`${day} `) ? instant : null;
}

/** What the customer's message says about the solution. */
export interface SolutionNotice {
  readonly shopName: string;
  readonly customerName: string;
  readonly orderId: string;
  readonly complaintId: string;
  readonly solution: ComplaintSolution;
  /** The replacement order's ID, the voucher, the reason, or the claim number. */
  readonly detail: string;
  readonly refund?: Rupiah;
  readonly courier?: string;
  readonly claimDeadline?: number;
}

/** A short, polite WhatsApp message in the shop's language that tells the customer the solution. */
export function solutionMessage(lang: Lang, n: SolutionNotice): string {
  const name = n.customerName.trim().split(/\s+/)[0] ?? '';
  const deadline = n.claimDeadline === undefined ? '' : formatJakartaDate(n.claimDeadline);
  if (lang === 'en') {
    const what: Record<ComplaintSolution, string> = {
      'Kirim ulang/tukar': `We are sending you a replacement at no cost (order ${n.detail}); we will send the tracking number once it ships.`,
      Refund: `We are refunding ${formatRupiah(n.refund ?? 0)} to you; please send us your bank account if we do not have it yet.`,
      Voucher: `As our apology, here is a voucher for you: ${n.detail}.`,
      'Klaim kurir': `We have filed a claim with ${n.courier || 'the courier'} (claim number ${n.detail}); we will tell you the result by ${deadline}.`,
      Ditolak: `We are sorry, we cannot accept this complaint: ${n.detail}.`,
    };
    return [`Hi ${name}, about your complaint ${n.complaintId} on order ${n.orderId} from ${n.shopName}:`, what[n.solution], 'Thank you for your patience!'].join('\n');
  }
  const what: Record<ComplaintSolution, string> = {
    'Kirim ulang/tukar': `Kami kirim barang pengganti tanpa biaya (pesanan ${n.detail}); nomor resinya kami kabari setelah dikirim.`,
    Refund: `Kami refund ${formatRupiah(n.refund ?? 0)} ke Kakak; mohon kirim nomor rekeningnya jika belum.`,
    Voucher: `Sebagai permohonan maaf, Kakak mendapat voucher: ${n.detail}.`,
    'Klaim kurir': `Kami sudah mengajukan klaim ke ${n.courier || 'kurir'} (no. klaim ${n.detail}); hasilnya kami kabari paling lambat ${deadline}.`,
    Ditolak: `Mohon maaf, komplain ini tidak dapat kami proses: ${n.detail}.`,
  };
  return [`Halo Kak ${name}, soal komplain ${n.complaintId} untuk pesanan ${n.orderId} dari ${n.shopName}:`, what[n.solution], 'Terima kasih atas kesabarannya!'].join('\n');
}
