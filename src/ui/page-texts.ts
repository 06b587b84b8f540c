/** The CS pages' words, in Indonesian (the shop's mix) and English: one `Text` per label, as the rest of Toko. */
import { Text } from '../domain/i18n';

const x = (id: string, en: string): Text => ({ id, en });

/** Words of the order-entry dialog (Toko → Pesanan baru). */
export const ENTRY = {
  loading: x('Memuat stok…', 'Loading stock…'),
  customer: x('Nama pelanggan', 'Customer name'),
  phone: x('No. WhatsApp', 'WhatsApp number'),
  phoneHint: x('0812…, +62 812… atau 62812…', '0812…, +62 812… or 62812…'),
  address: x('Alamat', 'Address'),
  channel: x('Channel', 'Channel'),
  choose: x('— pilih —', '— choose —'),
  items: x('Item', 'Items'),
  sku: x('SKU', 'SKU'),
  quantity: x('Jumlah', 'Qty'),
  available: x('Tersedia', 'Available'),
  price: x('Harga', 'Price'),
  addItem: x('+ Tambah item', '+ Add item'),
  removeItem: x('Hapus', 'Remove'),
  unknownSku: x('SKU tidak dikenal', 'unknown SKU'),
  variant: x('Varian/warna sudah dikonfirmasi ke pelanggan', 'Variant/colour confirmed with the customer'),
  courier: x('Kurir', 'Courier'),
  shipping: x('Ongkir', 'Shipping cost'),
  discount: x('Diskon', 'Discount'),
  method: x('Metode bayar', 'Payment method'),
  notes: x('Catatan', 'Notes'),
  confirmNow: x('Langsung konfirmasi (Konfirmasi pesanan: stok di-booking, pindah ke Keuangan · Approval)', 'Confirm at once (Confirm order: stock reserved, moved to Keuangan · Approval)'),
  subtotal: x('Subtotal', 'Subtotal'),
  total: x('Total', 'Total'),
  save: x('Simpan', 'Save'),
  saving: x('Menyimpan…', 'Saving…'),
  another: x('Pesanan baru lagi', 'Another order'),
  close: x('Tutup', 'Close'),
  fix: x('Perbaiki dulu yang ditandai merah.', 'Fix what is marked in red first.'),
  failed: x('Gagal menghubungi Toko:', 'Could not reach Toko:'),
};

/** Words of the sidebar (Toko → Cari pelanggan / pesanan). */
export const SEARCH = {
  placeholder: x('No. WA, nama, atau ID pesanan', 'WhatsApp number, name or order ID'),
  search: x('Cari', 'Search'),
  searching: x('Mencari…', 'Searching…'),
  customers: x('Pelanggan', 'Customers'),
  orders: x('Pesanan', 'Orders'),
  chat: x('Chat WA', 'WhatsApp chat'),
  copy: x('Salin pesan', 'Copy message'),
  copied: x('Tersalin', 'Copied'),
  copyFailed: x('Tidak bisa menyalin — pilih teksnya lalu Ctrl+C', 'Could not copy — select the text and press Ctrl+C'),
  openWa: x('Buka WhatsApp', 'Open WhatsApp'),
  track: x('Lacak', 'Track'),
  resi: x('Resi', 'Tracking no.'),
  payment: x('Bayar', 'Payment'),
  complaint: x('Komplain', 'Complaint'),
  more: x('pesanan lain tidak ditampilkan — cari lebih spesifik (no. WA atau ID)', 'more orders not shown — search more precisely (number or ID)'),
  orderCount: x('pesanan', 'order(s)'),
  failed: x('Gagal menghubungi Toko:', 'Could not reach Toko:'),
};
