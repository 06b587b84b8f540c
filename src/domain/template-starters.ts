/**
 * The starter quick replies Setup writes into a new `CS · Template` (Indonesian, or English when the
 * shop's language is English), and the codes of the templates each order state uses. The shop edits the
 * texts; the codes stay, because the actions find a state's template by its code.
 */
import { Lang } from './i18n';
import { Template } from './templates';

/** The template codes an order state uses; the others are FAQ answers CS copies by hand. */
export const STATE_TEMPLATES = {
  /** Konfirmasi pesanan: a transfer or e-wallet order not yet paid — total and how to pay. */
  confirmed: 'konfirmasi',
  /** Konfirmasi pesanan: a COD order — total to hand the courier. */
  confirmedCod: 'konfirmasi-cod',
  /** A payment reminder for an order still unpaid. */
  paymentReminder: 'pengingat-bayar',
  /** Approve order (or a confirmed order already paid): the order is being packed. */
  processing: 'diproses',
  /** Tandai dikirim: courier, resi and tracking link. */
  shipped: 'dikirim',
  /** Tandai diterima: thanks, and a request for a review. */
  delivered: 'diterima',
  /** A complaint recorded. */
  complaintReceived: 'komplain-diterima',
  /** A complaint's solution. */
  complaintSolved: 'solusi-komplain',
} as const;

/** A code of a state template. */
export type StateTemplate = (typeof STATE_TEMPLATES)[keyof typeof STATE_TEMPLATES];

type Starter = { readonly code: string; readonly purpose: string; readonly text: string };

const ID: readonly Starter[] = [
  { code: 'cara-order', purpose: 'FAQ: cara order', text: 'Halo Kak, terima kasih sudah mampir ke {toko}! Cara order gampang kok:\n1. Kirim nama produk, ukuran dan warna yang Kakak mau\n2. Kirim nama penerima, alamat lengkap dan no. HP\n3. Pilih bayar transfer/e-wallet atau COD\nNanti kami hitungkan totalnya ya, Kak 🙏' },
  { code: 'pembayaran', purpose: 'FAQ: cara pembayaran', text: 'Pembayaran bisa transfer ke {rekening}, atau COD (bayar di tempat ke kurir). Setelah transfer, kirim foto bukti transfernya ke chat ini ya, Kak.' },
  { code: 'diskon', purpose: 'FAQ: diskon / promo', text: 'Halo Kak, promo bulan ini bisa dilihat di Instagram kami. Beli 3 pcs atau lebih dapat harga khusus, tanya saja ke kami ya 😊' },
  { code: 'warna-ukuran', purpose: 'FAQ: pilihan warna/ukuran', text: 'Halo Kak, warna dan ukuran yang ready bisa kami cek dulu ya. Boleh sebutkan produk, warna dan ukuran yang Kakak mau? Kalau ragu ukuran, kirim tinggi & berat badan, nanti kami bantu pilihkan.' },
  { code: 'konfirmasi', purpose: 'Pesanan dikonfirmasi + cara bayar (transfer/e-wallet)', text: 'Halo Kak {nama}, pesanan {id} sudah kami catat:\n{item}\nTotal (sudah termasuk ongkir): {total}\nSilakan transfer ke {rekening}, lalu kirim bukti transfernya ke chat ini ya. Pesanan kami proses setelah pembayaran masuk. Terima kasih! — {toko}' },
  { code: 'konfirmasi-cod', purpose: 'Pesanan dikonfirmasi (COD)', text: 'Halo Kak {nama}, pesanan {id} sudah kami catat:\n{item}\nTotal yang dibayar ke kurir saat paket sampai (COD): {total}\nMohon siapkan uang pas ya, Kak. Terima kasih! — {toko}' },
  { code: 'pengingat-bayar', purpose: 'Pengingat bayar', text: 'Halo Kak {nama}, kami mau mengingatkan pesanan {id} sebesar {total} belum kami terima pembayarannya. Transfer ke {rekening} ya, Kak. Kalau sudah transfer, mohon kirim bukti transfernya. Terima kasih 🙏' },
  { code: 'diproses', purpose: 'Pembayaran diterima, pesanan dikemas', text: 'Halo Kak {nama}, pesanan {id} sudah kami terima dan sedang dikemas. No. resi kami kabari begitu paket dikirim ya. Terima kasih! — {toko}' },
  { code: 'dikirim', purpose: 'Pesanan dikirim + resi', text: 'Halo Kak {nama}, pesanan {id} dari {toko} sudah dikirim dengan {kurir}, no. resi {resi}.\nLacak di sini: {link_lacak}\nTerima kasih sudah belanja di toko kami!' },
  { code: 'diterima', purpose: 'Pesanan diterima + minta ulasan', text: 'Halo Kak {nama}, paket pesanan {id} sudah sampai ya? Semoga suka! Kalau berkenan, kami senang sekali kalau Kakak kasih ulasan atau foto produknya 🙏 Ada kendala? Balas chat ini saja. — {toko}' },
  { code: 'komplain-diterima', purpose: 'Komplain diterima', text: 'Halo Kak {nama}, mohon maaf atas kendala pesanan {id}. Keluhan Kakak sudah kami catat dan sedang kami cek dengan tim. Boleh kirim video unboxing atau foto produknya? Kami kabari secepatnya. — {toko}' },
  { code: 'solusi-komplain', purpose: 'Solusi komplain', text: 'Halo Kak {nama}, terima kasih sudah menunggu. Untuk pesanan {id}, solusi dari kami: ... (tulis solusinya). Mohon maaf sekali lagi atas ketidaknyamanannya. — {toko}' },
];

const EN: readonly Starter[] = [
  { code: 'cara-order', purpose: 'FAQ: how to order', text: 'Hi, thank you for visiting {toko}! Ordering is easy:\n1. Send the product, size and colour you want\n2. Send the recipient\'s name, full address and phone number\n3. Choose transfer/e-wallet or COD\nWe will tell you the total 🙏' },
  { code: 'pembayaran', purpose: 'FAQ: how to pay', text: 'You can pay by transfer to {rekening}, or COD (pay the courier). After a transfer, please send a photo of the receipt to this chat.' },
  { code: 'diskon', purpose: 'FAQ: discounts / promos', text: 'Hi, this month\'s promo is on our Instagram. Buy 3 or more for a special price — just ask us 😊' },
  { code: 'warna-ukuran', purpose: 'FAQ: colours/sizes', text: 'Hi, we can check which colours and sizes are in stock. Which product, colour and size would you like? Not sure about the size? Send your height and weight and we will help you choose.' },
  { code: 'konfirmasi', purpose: 'Order confirmed + how to pay (transfer/e-wallet)', text: 'Hi {nama}, we have your order {id}:\n{item}\nTotal (shipping included): {total}\nPlease transfer to {rekening} and send the receipt to this chat. We process the order once the payment is in. Thank you! — {toko}' },
  { code: 'konfirmasi-cod', purpose: 'Order confirmed (COD)', text: 'Hi {nama}, we have your order {id}:\n{item}\nTotal to pay the courier on delivery (COD): {total}\nPlease have the exact amount ready. Thank you! — {toko}' },
  { code: 'pengingat-bayar', purpose: 'Payment reminder', text: 'Hi {nama}, a friendly reminder: we have not yet received the payment of {total} for order {id}. Please transfer to {rekening}; if you already did, send us the receipt. Thank you 🙏' },
  { code: 'diproses', purpose: 'Payment received, being packed', text: 'Hi {nama}, your order {id} is confirmed and being packed. We will send the tracking number once it ships. Thank you! — {toko}' },
  { code: 'dikirim', purpose: 'Shipped + tracking number', text: 'Hi {nama}, your order {id} from {toko} has been shipped with {kurir}, tracking number {resi}.\nTrack it here: {link_lacak}\nThank you for shopping with us!' },
  { code: 'diterima', purpose: 'Delivered + ask for a review', text: 'Hi {nama}, has order {id} arrived? We hope you love it! A review or a photo of the product would mean a lot to us 🙏 Any problem? Just reply to this chat. — {toko}' },
  { code: 'komplain-diterima', purpose: 'Complaint received', text: 'Hi {nama}, we are sorry about the problem with order {id}. We have noted it and are checking with the team. Could you send an unboxing video or a photo of the product? We will get back to you soon. — {toko}' },
  { code: 'solusi-komplain', purpose: 'Complaint solution', text: 'Hi {nama}, thank you for waiting. For order {id}, our solution: ... (write the solution). Sorry again for the trouble. — {toko}' },
];

/** The starter templates in the shop's language, in the order Setup writes them. */
export function starterTemplates(lang: Lang): readonly Starter[] {
  return lang === 'en' ? EN : ID;
}

/** The starter of one code as a template (row 0: built in), used when the shop's sheet lacks that code. */
export function starterTemplate(lang: Lang, code: string): Template | undefined {
  const found = starterTemplates(lang).find((s) => s.code === code);
  return found ? { ...found, rowNumber: 0 } : undefined;
}
