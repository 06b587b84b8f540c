/** What the complaint actions ask and say, in Indonesian (the shop's own mix) and English. */
import { Text } from './i18n';
import { COMPLAINT_SOLUTIONS, COMPLAINT_TYPES, COMPLAINTS_SHEET } from '../sheets/schema';
import { ComplaintSolution } from './complaint-solution';

/** The menu captions (and Log names) of the complaint actions. */
export const COMPLAINT_ACTIONS = {
  record: 'Catat komplain',
  forward: 'Teruskan komplain',
  solve: 'Selesaikan komplain',
} as const;

const numbered = (list: readonly string[]) => list.map((item, i) => `${i + 1} ${item}`).join(' · ');

const SOLUTION_QUESTIONS: Readonly<Record<ComplaintSolution, (id: string) => Text>> = {
  'Kirim ulang/tukar': (id) => ({ id: `${id}: item pengganti (mis. KAOS-HTM-L x1). Kosongkan untuk item yang sama dengan pesanannya.`, en: `${id}: replacement items (e.g. KAOS-HTM-L x1). Leave blank for the order's own items.` }),
  Refund: (id) => ({ id: `${id}: jumlah refund (mis. 50000). Kosongkan untuk refund penuh sebesar total pesanan.`, en: `${id}: refund amount (e.g. 50000). Leave blank for a full refund of the order total.` }),
  Voucher: (id) => ({ id: `${id}: kode atau nilai voucher untuk pelanggan (mis. MAAF10 diskon Rp10.000).`, en: `${id}: the customer's voucher code or value (e.g. MAAF10 Rp10.000 off).` }),
  'Klaim kurir': (id) => ({ id: `${id}: nomor klaim dari kurir.`, en: `${id}: the courier's claim number.` }),
  Ditolak: (id) => ({ id: `${id}: alasan penolakan (dikirim ke pelanggan).`, en: `${id}: the reason for rejecting it (sent to the customer).` }),
};

/** Prompts, refusals and summaries of the complaint actions. */
export const complaintTexts = {
  askOrder: (action: string): { title: Text; prompt: Text } => ({
    title: { id: action, en: action },
    prompt: {
      id: 'Pilih baris pesanannya di CS · Pesanan, Keuangan · Approval, Gudang · Pengiriman atau Gudang · Selesai — atau ketik ID pesanan (mis. TK-2611-0001) atau no. WhatsApp pelanggan:',
      en: 'Select the order row in CS · Pesanan, Keuangan · Approval, Gudang · Pengiriman or Gudang · Selesai — or type the order ID (e.g. TK-2611-0001) or the customer\'s WhatsApp number:',
    },
  }),
  askType: (orderId: string, customer: string): { title: Text; prompt: Text } => ({
    title: { id: `Jenis komplain — ${orderId}`, en: `Complaint type — ${orderId}` },
    prompt: { id: `Komplain ${customer} untuk pesanan ${orderId}. Ketik nomor jenisnya: ${numbered(COMPLAINT_TYPES)}`, en: `${customer}'s complaint about order ${orderId}. Type the number of its type: ${numbered(COMPLAINT_TYPES)}` },
  }),
  askWords: (orderId: string): { title: Text; prompt: Text } => ({
    title: { id: `Keluhan pelanggan — ${orderId}`, en: `Customer's words — ${orderId}` },
    prompt: { id: 'Tulis keluhan pelanggan dengan kata-katanya (boleh dikosongkan). Link foto/video bukti ditempel nanti di kolom Link Bukti.', en: "Write the customer's complaint in their words (may be blank). The proof photo/video link is pasted later in the Link Bukti column." },
  }),
  askComplaintId: (action: string): { title: Text; prompt: Text } => ({
    title: { id: action, en: action },
    prompt: { id: `Pilih baris komplainnya di ${COMPLAINTS_SHEET.name}, atau ketik ID komplain (mis. KM-2611-0001):`, en: `Select the complaint's row in ${COMPLAINTS_SHEET.name}, or type the complaint ID (e.g. KM-2611-0001):` },
  }),
  askSolution: (complaintId: string, orderId: string): { title: Text; prompt: Text } => ({
    title: { id: `Solusi komplain ${complaintId}`, en: `Solution of complaint ${complaintId}` },
    prompt: { id: `Komplain ${complaintId} (pesanan ${orderId}). Ketik nomor solusinya: ${numbered(COMPLAINT_SOLUTIONS)}`, en: `Complaint ${complaintId} (order ${orderId}). Type the number of the solution: ${numbered(COMPLAINT_SOLUTIONS)}` },
  }),
  askDetail: (complaintId: string, solution: ComplaintSolution): { title: Text; prompt: Text } => ({
    title: { id: `${solution} — ${complaintId}`, en: `${solution} — ${complaintId}` },
    prompt: SOLUTION_QUESTIONS[solution](complaintId),
  }),
  askClaimDeadline: (complaintId: string): { title: Text; prompt: Text } => ({
    title: { id: `Batas klaim — ${complaintId}`, en: `Claim deadline — ${complaintId}` },
    prompt: { id: `${complaintId}: batas waktu klaim kurir (mis. 30/11/2026). Kosongkan untuk 2×24 jam dari sekarang.`, en: `${complaintId}: the courier claim's deadline (e.g. 30/11/2026). Leave blank for 2×24 hours from now.` },
  }),
  cancelled: (action: string): Text => ({ id: `${action} dibatalkan. Tidak ada yang diubah.`, en: `${action} cancelled. Nothing was changed.` }),
  nothingSelected: (action: string): Text => ({ id: `Tidak ada baris yang dipilih untuk ${action}. Pilih barisnya dulu. Tidak ada yang diubah.`, en: `No row selected for ${action}. Select the row first. Nothing was changed.` }),
  oneRowOnly: (sheet: string, rows: readonly number[]): Text => ({ id: `Pilih satu baris saja di ${sheet} (terpilih baris ${rows.join(', ')}): satu komplain per kali. Tidak ada yang diubah.`, en: `Select one row only in ${sheet} (rows ${rows.join(', ')} are selected): one complaint at a time. Nothing was changed.` }),
  orderNotFound: (typed: string): Text => ({ id: `Pesanan "${typed}" tidak ditemukan di CS · Pesanan, Keuangan · Approval, Gudang · Pengiriman maupun Gudang · Selesai. Periksa ID atau no. WhatsApp-nya. Tidak ada yang diubah.`, en: `Order "${typed}" was not found in CS · Pesanan, Keuangan · Approval, Gudang · Pengiriman or Gudang · Selesai. Check the ID or WhatsApp number. Nothing was changed.` }),
  manyOrders: (typed: string, ids: readonly string[]): Text => ({ id: `No. ${typed} punya ${ids.length} pesanan: ${ids.join(', ')}. Ketik ID pesanan yang dikomplain. Tidak ada yang diubah.`, en: `Number ${typed} has ${ids.length} orders: ${ids.join(', ')}. Type the ID of the order the complaint is about. Nothing was changed.` }),
  complaintNotFound: (typed: string): Text => ({ id: `Komplain "${typed}" tidak ada di ${COMPLAINTS_SHEET.name} (mungkin barisnya terhapus). Periksa ID-nya, atau catat lagi dengan Toko → Catat komplain. Tidak ada yang diubah.`, en: `Complaint "${typed}" is not in ${COMPLAINTS_SHEET.name} (perhaps its row was deleted). Check the ID, or record it again with Toko → Record complaint. Nothing was changed.` }),
  unknownType: (typed: string): Text => ({ id: `"${typed}" bukan jenis komplain. Ketik nomornya: ${numbered(COMPLAINT_TYPES)}. Tidak ada yang diubah.`, en: `"${typed}" is not a complaint type. Type its number: ${numbered(COMPLAINT_TYPES)}. Nothing was changed.` }),
  unknownSolution: (typed: string): Text => ({ id: `"${typed}" bukan solusi komplain. Ketik nomornya: ${numbered(COMPLAINT_SOLUTIONS)}. Tidak ada yang diubah.`, en: `"${typed}" is not a complaint solution. Type its number: ${numbered(COMPLAINT_SOLUTIONS)}. Nothing was changed.` }),
};
