/**
 * The one place that names Toko's sheets and their columns. Code finds every column by its header
 * text (or an English alias), never by position, so people may reorder or insert columns.
 */

/** The five divisions of a shop, plus the owner who may do everything. */
export type Division = 'CS' | 'Keuangan' | 'Gudang' | 'Marketing' | 'Manajemen';

/** All divisions, in menu order. */
export const DIVISIONS: readonly Division[] = ['CS', 'Keuangan', 'Gudang', 'Marketing', 'Manajemen'];

/** How a column's cells are formatted and validated when Setup prepares the sheet. */
export type ColumnFormat =
  | 'text' // plain text `@`: customer text, phone numbers and IDs stay exactly as written
  | 'rupiah' // whole Rupiah, shown as Rp1.250.000
  | 'integer'
  | 'date' // a date (day)
  | 'datetime' // a moment, shown in Asia/Jakarta
  | 'percent';

/** One column: its stable key in code, its header text, and how Setup formats it. */
export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  /** Other header texts accepted for the same column (the English setting). */
  readonly aliases?: readonly string[];
  readonly format: ColumnFormat;
  /** A dropdown list Setup attaches (values in the sheet's language). */
  readonly choices?: readonly string[];
  /**
   * Pixel width for a typical value (an e-mail address, `PB-PO-1-KAOS-HTM-L-10`); Setup gives the column
   * at least this and at least what its header needs (`columnWidth`).
   */
  readonly width?: number;
  /** Earlier header texts of this column: still read, and Setup renames them to `header` in place. */
  readonly formerHeaders?: readonly string[];
  /**
   * A per-row formula Toko writes instead of a value (`{key}` is that column's cell on the same row), so the
   * column follows its inputs when people edit them by hand. Whatever a caller gives for it is ignored.
   */
  readonly formula?: string;
  /** Setup hides the column (kept for Toko, not for people to read) — still read and written like any other. */
  readonly hidden?: boolean;
  /** A note Setup puts on the header cell: what the column means, when that is not obvious. */
  readonly note?: string;
  /** A column added after shops already had the sheet: reading does not require it (blank until Setup adds it). */
  readonly optional?: boolean;
}

/** One sheet: its default name, the division that owns it, its tab colour and its columns in default order. */
export interface SheetSpec<K extends string = string> {
  readonly name: string;
  readonly division: Division | 'Semua';
  readonly tabColor: string;
  readonly columns: readonly (ColumnSpec & { readonly key: K })[];
}

/** Tab colours per division, so a person sees at a glance whose sheet it is. */
export const DIVISION_COLORS: Readonly<Record<Division | 'Semua', string>> = {
  CS: '#1e88e5',
  Keuangan: '#43a047',
  Gudang: '#fb8c00',
  Marketing: '#8e24aa',
  Manajemen: '#546e7a',
  Semua: '#757575',
};

/** Channels orders arrive through. */
export const CHANNELS = ['WA', 'SMS', 'Email', 'Instagram', 'Shopee', 'Tokopedia', 'TikTok Shop', 'Lainnya'] as const;
/** How a customer pays. */
export const PAYMENT_METHODS = ['Transfer', 'COD', 'E-wallet'] as const;
/** Whether the order is paid (COD orders become Lunas when delivered). */
export const PAYMENT_STATUSES = ['Belum bayar', 'Lunas', 'Refund'] as const;
/** Where the goods are; separate from payment and complaint. */
export const FULFILMENT_STATUSES = [
  'Baru',
  'Menunggu approval',
  'Menunggu packing',
  'Sudah dikemas',
  'Sudah dikirim',
  'Diterima',
  'Dibatalkan',
  'Ditolak',
  'Retur',
] as const;
/** Complaint state of an order; blank when there is none. Any value counts as a complaint (so a row still holding the old "Selesai" counts as before). */
export const COMPLAINT_STATUSES = ['', 'Terlambat/belum sampai', 'Warna/varian tidak sesuai', 'Cacat/rusak', 'Kurang item', 'Lainnya', 'Sudah ditangani'] as const;
/** The kinds of complaint CS records (CS · Komplain, and the routing block of Pengaturan). */
export const COMPLAINT_TYPES = ['Terlambat/belum sampai', 'Warna/varian tidak sesuai', 'Cacat/rusak', 'Kurang item', 'Lainnya'] as const;
/** A complaint's state: Baru (recorded), Diteruskan (sent to the responsible division), Sudah ditangani (solved). */
export const COMPLAINT_STATES = ['Baru', 'Diteruskan', 'Sudah ditangani'] as const;
/** How a complaint was solved. */
export const COMPLAINT_SOLUTIONS = ['Kirim ulang/tukar', 'Refund', 'Voucher', 'Klaim kurir', 'Ditolak'] as const;
/** Whether CS has confirmed the variant/colour with the customer. */
export const YES_NO = ['Ya', 'Belum'] as const;
/** Cash-ledger entry types. */
export const LEDGER_TYPES = ['Pemasukan', 'Pengeluaran'] as const;
/** Default cash-ledger categories (the list people may edit in Pengaturan). */
export const LEDGER_CATEGORIES = [
  'Penjualan',
  'Ongkir',
  'Pembelian stok',
  'Iklan',
  'Gaji',
  'Operasional',
  'Refund',
  'Lainnya',
  'Penyesuaian Stok',
  'Saldo awal',
] as const;
/** Why a counted quantity differs from Stok Fisik at Stock opname (Hasil Hitung): lost, damaged, or the sheet was miscounted. */
export const STOCK_COUNT_REASONS = ['Hilang', 'Rusak', 'Salah hitung'] as const;
/** Where the shop buys ads (Keuangan · Kas's `Channel Iklan` on an `Iklan` row); src/domain/ad-channels.ts maps each to order channels. */
export const AD_CHANNELS = ['Meta', 'TikTok', 'Google', 'Shopee', 'Tokopedia', 'Lainnya'] as const;
/** Purchase-order states. */
export const PURCHASE_STATUSES = ['Draft', 'Dipesan', 'Sebagian diterima', 'Diterima', 'Batal'] as const;
/** Outbox states: Menunggu waits to be sent; Mengirim is being sent (left there only by a run that died: resent); Terkirim; Gagal (given up after too many tries). */
export const OUTBOX_STATUSES = ['Menunggu', 'Mengirim', 'Terkirim', 'Gagal'] as const;

/** Widths that show a whole date (`28 Nov 2026`) or moment (`28 Nov 2026 16:40`) without `###`. */
const DEFAULT_WIDTHS: Partial<Record<ColumnFormat, number>> = { date: 105, datetime: 140, rupiah: 110 };

/** Typical values' widths: an e-mail address, an order ID (`TK-2611-0001`), a ledger or receipt ID. */
const EMAIL_WIDTH = 190;
const ORDER_ID_WIDTH = 120;
const ENTRY_ID_WIDTH = 180;

/** The narrowest column Setup makes (Google's default is 100 px). */
export const MIN_COLUMN_WIDTH = 90;
/** Pixels per character of a bold header (Arial 10) and the room for padding and a dropdown's arrow or filter button. */
const HEADER_PX_PER_CHAR = 8;
const HEADER_PADDING_PX = 28;

/** The width a header text needs to show whole, bold, with room for a dropdown arrow. */
export function headerWidth(text: string): number {
  return Math.max(MIN_COLUMN_WIDTH, Math.ceil(text.length * HEADER_PX_PER_CHAR + HEADER_PADDING_PX));
}

/** The width Setup gives a column: its header whole and its typical value (`width`), whichever is wider. */
export function columnWidth(column: ColumnSpec): number {
  return Math.max(headerWidth(column.header), column.width ?? 0);
}

const col = <K extends string>(
  key: K,
  header: string,
  format: ColumnFormat,
  extra: Omit<ColumnSpec, 'key' | 'header' | 'format'> = {},
): ColumnSpec & { key: K } => ({ key, header, format, width: DEFAULT_WIDTHS[format], ...extra });

/** The columns every order sheet shares, so moving an order between divisions keeps the whole record. */
export const ORDER_COLUMNS = [
  col('orderId', 'ID Pesanan', 'text', { aliases: ['Order ID'], width: ORDER_ID_WIDTH }),
  col('orderDate', 'Tanggal', 'date', { aliases: ['Date'] }),
  col('customerName', 'Nama Pelanggan', 'text', { aliases: ['Customer'], width: 160 }),
  col('phone', 'No. WhatsApp', 'text', { aliases: ['WhatsApp'], width: 130 }),
  col('address', 'Alamat', 'text', { aliases: ['Address'], width: 240 }),
  col('channel', 'Channel', 'text', { choices: CHANNELS, width: 130 }),
  col('items', 'Item', 'text', { aliases: ['Items'], width: 220 }),
  col('variantConfirmed', 'Varian Dikonfirmasi', 'text', { aliases: ['Variant confirmed'], choices: YES_NO }),
  col('paymentMethod', 'Metode Bayar', 'text', { aliases: ['Payment method'], choices: PAYMENT_METHODS }),
  col('paymentStatus', 'Status Bayar', 'text', { aliases: ['Payment status'], choices: PAYMENT_STATUSES, width: 120 }),
  col('courier', 'Kurir', 'text', { aliases: ['Courier'], width: 120 }),
  col('shippingCost', 'Ongkir', 'rupiah', { aliases: ['Shipping cost'] }),
  col('discount', 'Diskon', 'rupiah', { aliases: ['Discount'] }),
  col('promoCode', 'Kode Promo', 'text', { aliases: ['Promo code'], width: 120, optional: true, note: 'Kode promo dari Marketing · Promo (boleh huruf kecil/spasi). Konfirmasi pesanan memeriksa dan menghitung diskonnya ke kolom Diskon.' }),
  col('subtotal', 'Subtotal', 'rupiah'),
  col('total', 'Total', 'rupiah'),
  col('costOfGoods', 'HPP', 'rupiah', { aliases: ['COGS'] }),
  col('assignedCs', 'CS', 'text', { width: EMAIL_WIDTH }),
  col('notes', 'Catatan', 'text', { aliases: ['Notes'], width: 200 }),
  col('fulfilment', 'Status Kirim', 'text', { aliases: ['Fulfilment'], choices: FULFILMENT_STATUSES, width: 160 }),
  col('complaint', 'Komplain', 'text', { aliases: ['Complaint'], choices: COMPLAINT_STATUSES, width: 200 }),
  col('rejectReason', 'Alasan Ditolak', 'text', { aliases: ['Reject reason'], width: 200 }),
  col('confirmedAt', 'Dikonfirmasi', 'datetime', { aliases: ['Confirmed at'] }),
  col('approvedAt', 'Disetujui', 'datetime', { aliases: ['Approved at'] }),
  col('packedAt', 'Dikemas', 'datetime', { aliases: ['Packed at'] }),
  col('checked', 'Dicek', 'text', { aliases: ['Checked'], choices: YES_NO, optional: true, note: 'Centang Ya setelah warna/varian dan jumlah tiap item dicocokkan dengan packing list dan varian yang dikonfirmasi pelanggan. Tandai dikemas menolak pesanan yang belum dicek.' }),
  col('trackingNumber', 'Resi', 'text', { aliases: ['Tracking number'], width: 140 }),
  col('trackingLink', 'Link Lacak', 'text', { aliases: ['Tracking link'], width: 200 }),
  col('waLink', 'Link WA', 'text', { aliases: ['WhatsApp link'], width: 200 }),
  col('shippedAt', 'Dikirim', 'datetime', { aliases: ['Shipped at'] }),
  col('deliveredAt', 'Diterima', 'datetime', { aliases: ['Delivered at'] }),
  col('cancelledAt', 'Dibatalkan', 'datetime', { aliases: ['Cancelled at'] }),
  col('updatedBy', 'Diubah Oleh', 'text', { aliases: ['Updated by'], width: EMAIL_WIDTH }),
  // COD returns and risk (docs/pipeline.md "COD returns and risk"): optional, added by Setup.
  col('codRisk', 'Risiko COD', 'text', { aliases: ['COD risk'], width: 220, optional: true, note: 'Diisi Toko saat Konfirmasi pesanan: kenapa pesanan COD ini berisiko (pelanggan pernah retur, atau retur COD kotanya tinggi). Approve order menunggu Cek COD = Ya.' }),
  col('codChecked', 'Cek COD', 'text', { aliases: ['COD checked'], choices: YES_NO, optional: true, note: 'Keuangan: isi Ya setelah memastikan pesanan COD berisiko ini (telepon/WA pelanggan, atau DP sudah masuk). Tanpa Ya, Approve order menolak pesanan yang punya Risiko COD.' }),
  col('returnCost', 'Ongkir Retur', 'rupiah', { aliases: ['Return shipping'], optional: true, note: 'Gudang: ongkir yang dibayar ke kurir untuk paket COD yang kembali. Kosong = sama dengan Ongkir pesanan; 0 = tidak ada biaya.' }),
  col('damagedItems', 'Item Rusak', 'text', { aliases: ['Damaged items'], width: 180, optional: true, note: 'Gudang: barang retur yang rusak, ditulis seperti kolom Item (KAOS-HTM-L x1). Kosong = semua kembali baik ke Stok Fisik.' }),
  col('returnedAt', 'Diretur', 'datetime', { aliases: ['Returned at'], optional: true }),
  col('courierCost', 'Ongkir Kurir', 'rupiah', { aliases: ['Courier cost'], optional: true, note: 'Yang toko bayar ke kurir, kalau beda dari Ongkir (subsidi, gratis ongkir, tarif asli). Kosong = Ongkir; pesanan marketplace = 0. Tandai dikirim mencatatnya sekali di Keuangan · Kas (ID KR-…) lalu mengisi kolom ini.' }),
  col('payoutId', 'Pencairan', 'text', { aliases: ['Payout'], width: ENTRY_ID_WIDTH, optional: true, note: 'Diisi Toko → Catat pencairan: ID pencairan marketplace yang membayar pesanan ini. Kosong = belum cair (piutang marketplace).' }),
] as const;

/** A key of the order record. */
export type OrderColumnKey = (typeof ORDER_COLUMNS)[number]['key'];

const orderSheet = (name: string, division: Division): SheetSpec<OrderColumnKey> => ({
  name,
  division,
  tabColor: DIVISION_COLORS[division],
  columns: ORDER_COLUMNS,
});

/** CS takes orders here (intake) and gets rejected ones back. */
export const ORDERS_SHEET = orderSheet('CS · Pesanan', 'CS');
/** Finance checks payment and approves here. */
export const APPROVAL_SHEET = orderSheet('Keuangan · Approval', 'Keuangan');
/** The warehouse packs and ships from here. */
export const SHIPPING_SHEET = orderSheet('Gudang · Pengiriman', 'Gudang');
/** Closed orders: delivered or cancelled. */
export const DONE_SHEET = orderSheet('Gudang · Selesai', 'Gudang');

/** Stock per SKU: on hand, reserved, available, reorder point, cost and selling price. */
export const STOCK_SHEET: SheetSpec = {
  name: 'Gudang · Stok',
  division: 'Gudang',
  tabColor: DIVISION_COLORS.Gudang,
  columns: [
    col('sku', 'SKU', 'text', { width: 130 }),
    col('name', 'Nama Produk', 'text', { aliases: ['Product'], width: 200 }),
    col('variant', 'Varian/Warna', 'text', { aliases: ['Variant'], width: 130 }),
    col('onHand', 'Stok Fisik', 'integer', { aliases: ['On hand'], note: 'Barang yang ada di gudang sekarang. Boleh dikoreksi setelah stock opname.' }),
    // Held for customers' orders not yet shipped; once headed "Dipesan", which is also a PO's status (ordered from the supplier).
    col('reserved', 'Di-booking', 'integer', {
      aliases: ['Reserved'], formerHeaders: ['Dipesan'],
      note: 'Stok yang di-booking pesanan pelanggan yang belum dikirim (diisi Toko saat Konfirmasi pesanan). Bukan barang yang dipesan ke supplier — itu ada di Keuangan · Pembelian.',
    }),
    col('available', 'Tersedia', 'integer', {
      aliases: ['Available'], formula: '={onHand}-{reserved}',
      note: 'Dihitung otomatis: Stok Fisik − Di-booking. Tidak perlu diketik; ubah Stok Fisik, Tersedia ikut berubah.',
    }),
    col('reorderPoint', 'Batas Stok Minimum', 'integer', { aliases: ['Reorder point'] }),
    col('costPrice', 'Harga Pokok', 'rupiah', { aliases: ['Cost price'] }),
    col('sellingPrice', 'Harga Jual', 'rupiah', { aliases: ['Selling price'] }),
    // Stock opname (Toko → Stock opname): the counted quantity and why it differs; cleared once booked.
    col('countedQty', 'Hasil Hitung', 'integer', { aliases: ['Counted'], optional: true, note: 'Stock opname: ketik jumlah yang dihitung di rak, pilih Alasan Selisih, lalu Toko → Stock opname. Dikosongkan lagi setelah dicatat.' }),
    col('countReason', 'Alasan Selisih', 'text', { aliases: ['Count reason'], choices: STOCK_COUNT_REASONS, optional: true }),
    // Which open orders hold this SKU (TK-2611-0001:R reserved, :S shipped), written with the stock numbers in
    // one row write, so a rerun after a failure never reserves, releases or ships the same order twice.
    col('orderTrail', 'Jejak Pesanan', 'text', {
      aliases: ['Order trail'], width: 220, hidden: true,
      note: 'Catatan teknis Toko (pesanan mana yang memegang SKU ini), disembunyikan. Jangan diubah: Toko memakainya agar stok tidak dipotong dua kali.',
    }),
    // Units that came back damaged from a COD return (Tandai retur): counted here, never in Stok Fisik.
    col('damaged', 'Stok Rusak', 'integer', { aliases: ['Damaged'], optional: true, note: 'Barang retur yang kembali rusak (diisi Toko saat Tandai retur dari kolom Item Rusak). Tidak ikut Stok Fisik dan tidak bisa dijual.' }),
  ],
};

/** The cash ledger: every rupiah in and out. `ID` makes script-written entries idempotent. */
export const LEDGER_SHEET: SheetSpec = {
  name: 'Keuangan · Kas',
  division: 'Keuangan',
  tabColor: DIVISION_COLORS.Keuangan,
  columns: [
    col('entryId', 'ID', 'text', { width: ENTRY_ID_WIDTH }),
    col('date', 'Tanggal', 'date', { aliases: ['Date'] }),
    col('type', 'Jenis', 'text', { aliases: ['Type'], choices: LEDGER_TYPES }),
    col('category', 'Kategori', 'text', { aliases: ['Category'], choices: LEDGER_CATEGORIES, width: 130 }),
    col('amount', 'Jumlah', 'rupiah', { aliases: ['Amount'] }),
    col('reference', 'Referensi', 'text', { aliases: ['Reference'], width: ENTRY_ID_WIDTH }),
    col('note', 'Catatan', 'text', { aliases: ['Note'], width: 220 }),
    col('by', 'Oleh', 'text', { aliases: ['By'], width: EMAIL_WIDTH }),
    col('account', 'Akun', 'text', { aliases: ['Account'], width: 120, optional: true, note: 'Rekening/dompet uang ini: pilih dari daftar Akun kas di Pengaturan. Kosong = akun pertama di daftar itu.' }),
    // The ad channel of an `Iklan` expense (docs/marketing.md, "Ads and traffic"); optional: a shop that has not rerun Setup keeps working.
    col('adChannel', 'Channel Iklan', 'text', {
      aliases: ['Ad channel'], choices: AD_CHANNELS, width: 120, optional: true,
      note: 'Hanya untuk baris kategori Iklan: di mana iklan dibayar (Meta = Facebook/Instagram/iklan klik-ke-WhatsApp, TikTok, Google, Shopee, Tokopedia, Lainnya). Laporan bulanan menghitung biaya per pesanan dan ROAS per channel.',
    }),
  ],
};

/** Whether a payout row was booked (Catat pencairan). */
export const PAYOUT_STATUSES = ['Dicatat'] as const;

/** Marketplace payouts finance types (one row per payout) and Toko → Catat pencairan books once. */
export const PAYOUT_SHEET: SheetSpec = {
  name: 'Keuangan · Pencairan',
  division: 'Keuangan',
  tabColor: DIVISION_COLORS.Keuangan,
  columns: [
    col('payoutId', 'ID', 'text', { width: ENTRY_ID_WIDTH, note: 'Diisi Toko (PC-…): ID entri kas pencairan ini, agar tidak tercatat dua kali.' }),
    col('date', 'Tanggal', 'date', { aliases: ['Date'], note: 'Hari uangnya masuk ke rekening.' }),
    col('marketplace', 'Marketplace', 'text', { width: 130, note: 'Nama marketplace seperti di Pengaturan (blok MARKETPLACE ▸).' }),
    col('amount', 'Jumlah Cair', 'rupiah', { aliases: ['Amount paid out'], note: 'Uang yang benar-benar masuk ke rekening untuk pencairan ini.' }),
    col('orders', 'Pesanan', 'text', { aliases: ['Orders'], width: 260, note: 'ID pesanan yang dibayar pencairan ini, dipisah koma/spasi/baris baru (tempel dari laporan marketplace). Boleh dengan jumlah per pesanan: TK-2611-0003=94000.' }),
    col('reference', 'Referensi', 'text', { aliases: ['Reference'], width: 160, note: 'Nomor pencairan dari marketplace (boleh kosong).' }),
    col('expected', 'Diharapkan', 'rupiah', { aliases: ['Expected'], note: 'Diisi Toko: Σ (harga barang − biaya marketplace) pesanan-pesanan ini.' }),
    col('difference', 'Selisih', 'rupiah', { aliases: ['Difference'], note: 'Diisi Toko: Jumlah Cair − Diharapkan. Bukan 0 = periksa rincian.' }),
    col('details', 'Rincian', 'text', { aliases: ['Details'], width: 320 }),
    col('status', 'Status', 'text', { choices: PAYOUT_STATUSES, width: 110 }),
    col('recordedAt', 'Dicatat', 'datetime', { aliases: ['Recorded at'] }),
    col('by', 'Oleh', 'text', { aliases: ['By'], width: EMAIL_WIDTH }),
  ],
};

/** Purchase orders to distributors; Receive stock books what arrived. */
export const PURCHASES_SHEET: SheetSpec = {
  name: 'Keuangan · Pembelian',
  division: 'Keuangan',
  tabColor: DIVISION_COLORS.Keuangan,
  columns: [
    col('poId', 'ID PO', 'text', { aliases: ['PO ID'], width: ORDER_ID_WIDTH }),
    col('date', 'Tanggal', 'date', { aliases: ['Date'] }),
    col('supplier', 'Supplier', 'text', { width: 160 }),
    col('supplierEmail', 'Email Supplier', 'text', { aliases: ['Supplier e-mail'], width: EMAIL_WIDTH }),
    col('sku', 'SKU', 'text', { width: 130 }),
    col('quantity', 'Qty', 'integer'),
    col('unitCost', 'Harga Satuan', 'rupiah', { aliases: ['Unit cost'] }),
    col('total', 'Total', 'rupiah'),
    col('received', 'Qty Diterima', 'integer', { aliases: ['Received'] }),
    col('receiveNow', 'Terima Sekarang', 'integer', { aliases: ['Receive now'] }),
    col('status', 'Status', 'text', { choices: PURCHASE_STATUSES, width: 150 }),
    col('receivedAt', 'Terakhir Diterima', 'datetime', { aliases: ['Last received'] }),
    col('note', 'Catatan', 'text', { aliases: ['Note'], width: 200 }),
    col('paidSeparately', 'Bayar Terpisah', 'text', { aliases: ['Paid separately'], choices: ['Ya', 'Tidak'], optional: true, note: 'Ya = pembayaran ke supplier dicatat sendiri di Keuangan · Kas (Pengeluaran · Pembelian stok, Referensi = ID PO), sebelum atau sesudah barang datang (tempo atau bayar di muka); Terima stok lalu tidak mencatat pengeluaran kas. Kosong/Tidak = dibayar saat barang datang: Terima stok mencatatnya.' }),
  ],
};

/**
 * Settings: four tables side by side, read by header in one read — scalar settings (Pengaturan/Nilai),
 * the team (Email Tim/Nama/Divisi), couriers (Kurir/URL Lacak with `{resi}`), and ledger categories.
 * Setup puts a title column before each (SETTINGS_BLOCKS).
 */
export const SETTINGS_SHEET: SheetSpec = {
  name: 'Pengaturan',
  division: 'Manajemen',
  tabColor: DIVISION_COLORS.Semua,
  columns: [
    col('settingKey', 'Pengaturan', 'text', { aliases: ['Setting'], width: 200 }),
    col('settingValue', 'Nilai', 'text', { aliases: ['Value'], width: 240 }),
    col('teamEmail', 'Email Tim', 'text', { aliases: ['Team e-mail'], width: EMAIL_WIDTH }),
    col('teamName', 'Nama', 'text', { aliases: ['Name'], width: 130 }),
    col('teamDivision', 'Divisi', 'text', { aliases: ['Division'], choices: DIVISIONS }),
    col('teamWeight', 'Bobot CS', 'text', { aliases: ['CS weight'], optional: true }),
    col('teamLeave', 'Cuti', 'text', { aliases: ['Leave'], width: 190, optional: true }),
    col('courier', 'Kurir', 'text', { aliases: ['Courier'] }),
    col('trackingUrl', 'URL Lacak', 'text', { aliases: ['Tracking URL'], width: 320 }),
    col('ledgerCategory', 'Kategori Kas', 'text', { aliases: ['Ledger category'], width: 140 }),
    // Complaint routing and SLA (CS · Komplain): per type, the division that answers and the hours allowed.
    // Optional: a shop that has not run Setup since complaints came keeps working (complaint actions say what to fill).
    col('complaintType', 'Jenis Komplain', 'text', { aliases: ['Complaint type'], choices: COMPLAINT_TYPES, width: 190, optional: true }),
    col('complaintDivision', 'Divisi Komplain', 'text', { aliases: ['Complaint division'], choices: DIVISIONS, optional: true }),
    col('complaintRespondHours', 'Jam Respon', 'integer', { aliases: ['Response hours'], optional: true }),
    col('complaintSolveHours', 'Jam Selesai', 'integer', { aliases: ['Solve hours'], optional: true }),
    // Marketplace fees (Catat pencairan, the report's marketplace section): optional like the complaint block.
    col('marketplace', 'Marketplace', 'text', { width: 130, optional: true }),
    col('marketplaceFeePercent', 'Biaya Marketplace %', 'text', { aliases: ['Marketplace fee %'], optional: true, note: 'Biaya admin/layanan dalam persen dari harga barang (setelah diskon, tanpa ongkir), mis. 6,5. Ubah kalau marketplace mengubahnya.' }),
    col('marketplaceFixedFee', 'Biaya per Pesanan', 'rupiah', { aliases: ['Fee per order'], optional: true, note: 'Biaya tetap per pesanan (mis. biaya proses), dalam Rupiah. Kosong = 0.' }),
  ],
};

/** One of Pengaturan's tables: a title (in its own column, empty below, that separates it from the table to its left) and its columns. */
export interface SettingsBlock {
  readonly title: string;
  /** What the table is for, as a note on the title. */
  readonly note: string;
  readonly keys: readonly string[];
}

/** Pengaturan's four unrelated tables, left to right; each row of one table has nothing to do with the same row of another. */
export const SETTINGS_BLOCKS: readonly SettingsBlock[] = [
  { title: 'TOKO ▸', note: 'Pengaturan toko: satu baris per pengaturan (nama di kolom Pengaturan, isinya di kolom Nilai).', keys: ['settingKey', 'settingValue'] },
  { title: 'TIM ▸', note: 'Tim toko: satu baris per orang, dengan e-mail Google-nya dan divisinya; untuk CS juga bobot pembagian pesanan dan tanggal cuti. Jalankan Toko → Setup lagi setelah mengubahnya.', keys: ['teamEmail', 'teamName', 'teamDivision', 'teamWeight', 'teamLeave'] },
  { title: 'KURIR ▸', note: 'Kurir dan alamat lacaknya; {resi} diganti nomor resi.', keys: ['courier', 'trackingUrl'] },
  { title: 'KAS ▸', note: 'Kategori buku kas (pilihan dropdown di Keuangan · Kas).', keys: ['ledgerCategory'] },
  {
    title: 'KOMPLAIN ▸',
    note: 'Per jenis komplain: divisi yang menangani, batas jam untuk respon pertama dan untuk selesai (dihitung dalam WIB).',
    keys: ['complaintType', 'complaintDivision', 'complaintRespondHours', 'complaintSolveHours'],
  },
  { title: 'MARKETPLACE ▸', note: 'Per marketplace: biaya admin/layanan (persen dari harga barang) dan biaya tetap per pesanan. Toko → Catat pencairan membandingkan uang yang cair dengan harga − biaya ini.', keys: ['marketplace', 'marketplaceFeePercent', 'marketplaceFixedFee'] },
];

/** The audit trail: one row per change. */
export const LOG_SHEET: SheetSpec = {
  name: 'Log',
  division: 'Semua',
  tabColor: DIVISION_COLORS.Semua,
  columns: [
    col('at', 'Waktu', 'datetime', { aliases: ['Time'] }),
    col('user', 'Pengguna', 'text', { aliases: ['User'], width: EMAIL_WIDTH }),
    col('action', 'Aksi', 'text', { aliases: ['Action'], width: 180 }),
    col('orderId', 'ID Pesanan', 'text', { aliases: ['Order ID'], width: ENTRY_ID_WIDTH }),
    col('from', 'Dari', 'text', { aliases: ['From'], width: 160 }),
    col('to', 'Ke', 'text', { aliases: ['To'], width: 160 }),
    col('details', 'Detail', 'text', { aliases: ['Details'], width: 320 }),
  ],
};

/** Mail waiting to be sent or already tried; the retry trigger sends rows in Menunggu. */
export const OUTBOX_SHEET: SheetSpec = {
  name: 'Outbox',
  division: 'Semua',
  tabColor: DIVISION_COLORS.Semua,
  columns: [
    col('mailId', 'ID', 'text', { width: 260 }),
    col('createdAt', 'Dibuat', 'datetime', { aliases: ['Created'] }),
    col('to', 'Kepada', 'text', { aliases: ['To'], width: EMAIL_WIDTH }),
    col('subject', 'Subjek', 'text', { aliases: ['Subject'], width: 240 }),
    col('body', 'Isi', 'text', { aliases: ['Body'], width: 240 }),
    col('htmlBody', 'HTML', 'text', { width: 120 }),
    col('status', 'Status', 'text', { choices: OUTBOX_STATUSES, width: 110 }),
    col('attempts', 'Percobaan', 'integer', { aliases: ['Attempts'] }),
    col('lastError', 'Error Terakhir', 'text', { aliases: ['Last error'], width: 240 }),
    col('sentAt', 'Terkirim', 'datetime', { aliases: ['Sent at'] }),
  ],
};

/** SLA marks the watch writes on an open complaint past its due time. */
export const COMPLAINT_SLA_MARKS = ['Lewat batas respon', 'Lewat batas selesai'] as const;

/** The columns of CS · Komplain: the complaint, the order it is about, its routing and SLA, and its solution. */
export const COMPLAINT_COLUMNS = [
  col('complaintId', 'ID Komplain', 'text', { aliases: ['Complaint ID'], width: 120 }),
  col('recordedAt', 'Dicatat', 'datetime', { aliases: ['Recorded'] }),
  col('orderId', 'ID Pesanan', 'text', { aliases: ['Order ID'], width: 110 }),
  col('customerName', 'Nama Pelanggan', 'text', { aliases: ['Customer'], width: 160 }),
  col('phone', 'No. WhatsApp', 'text', { aliases: ['WhatsApp'], width: 130 }),
  col('items', 'Item', 'text', { aliases: ['Items'], width: 200 }),
  col('courier', 'Kurir', 'text', { aliases: ['Courier'] }),
  col('trackingNumber', 'Resi', 'text', { aliases: ['Tracking number'], width: 140 }),
  col('shippedAt', 'Dikirim', 'datetime', { aliases: ['Shipped at'] }),
  col('type', 'Jenis', 'text', { aliases: ['Type'], choices: COMPLAINT_TYPES, width: 190 }),
  col('words', 'Keluhan Pelanggan', 'text', { aliases: ["Customer's words"], width: 260 }),
  col('proofLink', 'Link Bukti', 'text', { aliases: ['Proof link'], width: 200 }),
  col('division', 'Divisi', 'text', { aliases: ['Division'], choices: DIVISIONS }),
  col('respondBy', 'Batas Respon', 'datetime', { aliases: ['Respond by'] }),
  col('solveBy', 'Batas Selesai', 'datetime', { aliases: ['Solve by'] }),
  col('status', 'Status', 'text', { choices: COMPLAINT_STATES }),
  col('forwardedAt', 'Diteruskan', 'datetime', { aliases: ['Forwarded'] }),
  col('sla', 'SLA', 'text', { choices: COMPLAINT_SLA_MARKS, width: 150 }),
  col('solution', 'Solusi', 'text', { aliases: ['Solution'], choices: COMPLAINT_SOLUTIONS, width: 140 }),
  col('solutionDetail', 'Detail Solusi', 'text', { aliases: ['Solution detail'], width: 240 }),
  col('replacementOrderId', 'Pesanan Pengganti', 'text', { aliases: ['Replacement order'], width: 130 }),
  col('refundAmount', 'Jumlah Refund', 'rupiah', { aliases: ['Refund amount'] }),
  col('claimNumber', 'No. Klaim', 'text', { aliases: ['Claim number'], width: 130 }),
  col('claimDeadline', 'Batas Klaim', 'date', { aliases: ['Claim deadline'] }),
  col('solvedAt', 'Ditangani', 'datetime', { aliases: ['Solved at'] }),
  col('waLink', 'Link WA', 'text', { aliases: ['WhatsApp link'], width: 200 }),
  col('handledBy', 'Diubah Oleh', 'text', { aliases: ['Updated by'] }),
] as const;

/** A key of the complaint record. */
export type ComplaintColumnKey = (typeof COMPLAINT_COLUMNS)[number]['key'];

/** Complaints (CS): one row per complaint, linked to its order, routed and timed by Pengaturan. */
export const COMPLAINTS_SHEET: SheetSpec<ComplaintColumnKey> = {
  name: 'CS · Komplain',
  division: 'CS',
  tabColor: DIVISION_COLORS.CS,
  columns: COMPLAINT_COLUMNS,
};

/** Quick replies CS edits: a stable code, what it is for, and the text with placeholders (`{nama}`, `{resi}`, …). */
export const TEMPLATE_SHEET: SheetSpec = {
  name: 'CS · Template',
  division: 'CS',
  tabColor: DIVISION_COLORS.CS,
  columns: [
    col('code', 'Kode', 'text', { aliases: ['Code'], width: 150 }),
    col('purpose', 'Dipakai untuk', 'text', { aliases: ['Used for'], width: 260 }),
    col('text', 'Teks', 'text', { aliases: ['Text'], width: 640 }),
  ],
};

/** The CS rotation's index (hidden): which CS served each customer last, phones spread over a fixed block of cells. */
export const CS_INDEX_SHEET: SheetSpec = {
  name: 'CS · Indeks',
  division: 'CS',
  tabColor: DIVISION_COLORS.CS,
  columns: [col('lastCs', 'Pelanggan → CS terakhir', 'text', { aliases: ['Customer → last CS'], width: 400 })],
};

/**
 * The COD tally (hidden, made by the first Tandai diterima / Tandai retur that needs it): per customer the
 * COD parcels returned, per destination city the COD orders delivered and returned day by day over the
 * last 90 days, and the orders already counted — one fixed block, so Konfirmasi pesanan reads the COD
 * history with one read whatever its length (domain/cod-tally.ts).
 */
export const COD_TALLY_SHEET: SheetSpec = {
  name: 'Gudang · Rekap COD',
  division: 'Gudang',
  tabColor: DIVISION_COLORS.Gudang,
  columns: [
    col('customers', 'Pelanggan → retur COD', 'text', { aliases: ['Customer → COD returns'], width: 400 }),
    col('cities', 'Kota → COD 90 hari', 'text', { aliases: ['City → COD 90 days'], width: 400 }),
    col('counted', 'Sudah dihitung', 'text', { aliases: ['Counted'], width: 400 }),
  ],
};

/** A plan's or decision's state in Manajemen · Rencana. */
export const PLAN_STATUSES = ['Rencana', 'Berjalan', 'Selesai', 'Batal'] as const;

/**
 * Management's plans and decisions (a decision log: what, whose, by when, decided on) and, beside them,
 * the monthly targets the dashboard compares with (docs/management.md).
 */
export const PLAN_SHEET: SheetSpec = {
  name: 'Manajemen · Rencana',
  division: 'Manajemen',
  tabColor: DIVISION_COLORS.Manajemen,
  columns: [
    col('item', 'Rencana / Keputusan', 'text', { aliases: ['Plan / decision'], width: 260 }),
    col('division', 'Divisi', 'text', { aliases: ['Division'], choices: DIVISIONS }),
    col('owner', 'Penanggung Jawab', 'text', { aliases: ['Owner'], width: 150 }),
    col('due', 'Tenggat', 'date', { aliases: ['Due'] }),
    col('status', 'Status', 'text', { choices: PLAN_STATUSES }),
    col('notes', 'Catatan', 'text', { aliases: ['Notes'], width: 240 }),
    col('decidedOn', 'Diputuskan', 'date', { aliases: ['Decided on'] }),
    col('targetMonth', 'Bulan Target', 'text', { aliases: ['Target month'] }),
    col('targetOrders', 'Target Pesanan', 'integer', { aliases: ['Target orders'] }),
    col('targetRevenue', 'Target Omzet', 'rupiah', { aliases: ['Target revenue'], width: 130 }),
    // More monthly targets (docs/management.md); optional so a Rencana made before them keeps working.
    col('targetMargin', 'Target Margin Kotor', 'text', { aliases: ['Target gross margin'], optional: true, note: 'Laba kotor ÷ omzet yang dituju, mis. 35%.' }),
    col('targetAdSpend', 'Anggaran Iklan', 'rupiah', { aliases: ['Ad budget'], width: 130, optional: true, note: 'Batas biaya iklan sebulan (kategori Iklan di Keuangan · Kas). Boleh ditulis 5 juta.' }),
    col('targetComplaintRate', 'Batas Rasio Komplain', 'text', { aliases: ['Complaint rate limit'], optional: true, note: 'Komplain ÷ pesanan terjual paling banyak, mis. 2%.' }),
  ],
};

/** Our price against competitors' per SKU, rebuilt whole by Toko → Bandingkan harga from Marketing · Riset (not made by Setup). */
export const PRICE_SHEET_NAME = 'Marketing · Harga';

/** The management dashboard, rebuilt whole by Toko → Perbarui dashboard and the daily trigger (not made by Setup). */
export const DASHBOARD_SHEET_NAME = 'Manajemen · Dashboard';
/** Marketing's broadcast list, rebuilt whole by Toko → Daftar broadcast under its own selection rows (not made by Setup). */
export const BROADCAST_SHEET_NAME = 'Marketing · Broadcast';

// ---- Marketing (docs/marketing.md) ----

/** What a promo gives: percent off the goods, Rupiah off, free shipping up to an amount, or buy X get Y free on a SKU. */
export const PROMO_KINDS = ['Persen', 'Potongan Rp', 'Gratis ongkir', 'Beli X gratis Y'] as const;
/** A promo is used only while Aktif (blank counts as Aktif). */
export const PROMO_STATUSES = ['Aktif', 'Nonaktif'] as const;
/** Where marketing posts content. */
export const CONTENT_PLATFORMS = ['Instagram', 'Facebook', 'TikTok', 'X', 'YouTube', 'Blog', 'Status WhatsApp', 'Marketplace'] as const;
/** A planned post's way from idea to live. */
export const CONTENT_STATUSES = ['Ide', 'Draft', 'Dijadwalkan', 'Tayang'] as const;
/** Whether a contact agreed to be contacted (UU PDP 2022). */
export const CONSENT_CHOICES = ['Ya', 'Tidak'] as const;
/** What a research note is about. */
export const RESEARCH_KINDS = ['Kompetitor', 'Pasar', 'Pelanggan'] as const;

/** Promos marketing runs; Konfirmasi pesanan applies the code on an order and counts its use here. */
export const PROMO_SHEET: SheetSpec = {
  name: 'Marketing · Promo',
  division: 'Marketing',
  tabColor: DIVISION_COLORS.Marketing,
  columns: [
    col('code', 'Kode', 'text', { aliases: ['Code'], width: 120 }),
    col('name', 'Nama Promo', 'text', { aliases: ['Promo name'], width: 180 }),
    col('kind', 'Jenis', 'text', { aliases: ['Type'], choices: PROMO_KINDS, width: 140 }),
    col('value', 'Nilai', 'integer', { aliases: ['Value'], note: 'Persen: 10 berarti 10%. Potongan Rp: jumlah Rupiah. Gratis ongkir: ongkir ditanggung sampai jumlah ini (kosong = semua). Beli X gratis Y: kosongkan.' }),
    col('sku', 'SKU', 'text', { width: 130, note: 'Hanya untuk Beli X gratis Y: SKU yang dibeli dan digratiskan.' }),
    col('buy', 'Beli (X)', 'integer', { aliases: ['Buy (X)'] }),
    col('free', 'Gratis (Y)', 'integer', { aliases: ['Free (Y)'] }),
    col('minPurchase', 'Min. Belanja', 'rupiah', { aliases: ['Minimum purchase'] }),
    col('start', 'Mulai', 'datetime', { aliases: ['Start'], note: 'Waktu mulai (WIB). Tanggal saja berarti mulai pukul 00.00.' }),
    col('end', 'Selesai', 'datetime', { aliases: ['End'], note: 'Waktu selesai (WIB). Tanggal saja berarti sampai akhir hari itu.' }),
    col('channels', 'Channel', 'text', { width: 160, note: `Channel pesanan yang boleh memakai promo, dipisah koma (${CHANNELS.join(', ')}). Kosong atau "Semua" = semua channel.` }),
    col('quota', 'Kuota', 'integer', { aliases: ['Quota'], note: 'Berapa kali promo boleh dipakai. Kosong = tanpa batas.' }),
    col('budget', 'Anggaran', 'rupiah', { aliases: ['Budget'], note: 'Total diskon yang boleh diberikan. Kosong = tanpa batas.' }),
    col('status', 'Status', 'text', { choices: PROMO_STATUSES, width: 110 }),
    col('notes', 'Catatan', 'text', { aliases: ['Notes'], width: 200 }),
    col('uses', 'Terpakai', 'integer', { aliases: ['Used'], note: 'Diisi Toko: pesanan yang memakai promo ini (batal/ditolak dikembalikan).' }),
    col('discountGiven', 'Diskon Diberikan', 'rupiah', { aliases: ['Discount given'], note: 'Diisi Toko: jumlah diskon pesanan yang memakai promo ini.' }),
    col('usedBy', 'Dipakai Oleh', 'text', {
      aliases: ['Used by'], width: 220, hidden: true,
      note: 'Catatan teknis Toko (pesanan mana memakai promo ini dan diskonnya), disembunyikan. Jangan diubah: Toko memakainya agar pemakaian tidak terhitung dua kali.',
    }),
  ],
};

/** The content calendar: planned posts, their status, and the numbers typed once they are live. */
export const CONTENT_SHEET: SheetSpec = {
  name: 'Marketing · Konten',
  division: 'Marketing',
  tabColor: DIVISION_COLORS.Marketing,
  columns: [
    col('date', 'Tanggal', 'date', { aliases: ['Date'] }),
    col('platform', 'Platform', 'text', { choices: CONTENT_PLATFORMS, width: 150 }),
    col('contentType', 'Jenis Konten', 'text', { aliases: ['Content type'], width: 140 }),
    col('topic', 'Topik/Produk', 'text', { aliases: ['Topic/product'], width: 200 }),
    col('promoCode', 'Kode Promo', 'text', { aliases: ['Promo code'], width: 120 }),
    col('owner', 'PIC', 'text', { aliases: ['Owner'], width: 130 }),
    col('status', 'Status', 'text', { choices: CONTENT_STATUSES, width: 120 }),
    col('link', 'Link', 'text', { width: 200 }),
    col('reach', 'Jangkauan', 'integer', { aliases: ['Reach'] }),
    col('clicks', 'Klik', 'integer', { aliases: ['Clicks'] }),
    col('orders', 'Pesanan', 'integer', { aliases: ['Orders'] }),
    col('notes', 'Catatan', 'text', { aliases: ['Notes'], width: 200 }),
  ],
};

/** One row per customer, built from delivered orders (keyed by the normalised phone), with consent to be contacted. */
export const CONTACTS_SHEET: SheetSpec = {
  name: 'Marketing · Kontak',
  division: 'Marketing',
  tabColor: DIVISION_COLORS.Marketing,
  columns: [
    col('phone', 'No. WhatsApp', 'text', { aliases: ['WhatsApp'], width: 130 }),
    col('name', 'Nama', 'text', { aliases: ['Name'], width: 160 }),
    col('city', 'Kota', 'text', { aliases: ['City'], width: 130 }),
    col('firstOrder', 'Pesanan Pertama', 'date', { aliases: ['First order'] }),
    col('lastOrder', 'Pesanan Terakhir', 'date', { aliases: ['Last order'] }),
    col('orderCount', 'Jumlah Pesanan', 'integer', { aliases: ['Orders'] }),
    col('totalSpent', 'Total Belanja', 'rupiah', { aliases: ['Total spent'] }),
    col('segment', 'Segmen', 'text', { aliases: ['Segment'], width: 110, optional: true, note: 'Diisi Toko saat Perbarui kontak: baru, repeat, loyal, atau tidak aktif (batasnya di Pengaturan).' }),
    col('consent', 'Boleh Dihubungi', 'text', { aliases: ['May contact'], choices: CONSENT_CHOICES, note: 'Ya hanya jika pelanggan setuju dihubungi untuk promo (UU PDP 2022). Kosong = belum ditanya = tidak dihubungi.' }),
    col('consentDate', 'Tanggal Izin', 'date', { aliases: ['Consent date'] }),
    col('consentSource', 'Sumber Izin', 'text', { aliases: ['Consent source'], width: 160, note: 'Bagaimana izin diberikan, mis. "chat WA 3 Des", "formulir IG".' }),
    col('notes', 'Catatan', 'text', { aliases: ['Notes'], width: 200 }),
    col('codReturns', 'Retur COD', 'integer', { aliases: ['COD returns'], optional: true, note: 'Paket COD yang dikembalikan pelanggan ini (Tandai retur), dihitung oleh Perbarui kontak.' }),
    col('counted', 'Pesanan Dihitung', 'text', {
      aliases: ['Orders counted'], width: 220, hidden: true,
      note: 'Catatan teknis Toko (pesanan yang sudah dihitung), disembunyikan. Jangan diubah: Toko memakainya agar pesanan tidak terhitung dua kali.',
    }),
  ],
};

/** Competitor, market and customer research, one finding a row. */
export const RESEARCH_SHEET: SheetSpec = {
  name: 'Marketing · Riset',
  division: 'Marketing',
  tabColor: DIVISION_COLORS.Marketing,
  columns: [
    col('date', 'Tanggal', 'date', { aliases: ['Date'] }),
    col('kind', 'Jenis', 'text', { aliases: ['Kind'], choices: RESEARCH_KINDS, width: 120 }),
    col('subject', 'Subjek', 'text', { aliases: ['Subject'], width: 180, note: 'Toko pesaing, pasar atau kelompok pelanggan yang diamati.' }),
    // Price observations (docs/marketing.md, "Research"); optional so a Riset made before them keeps working.
    col('product', 'Produk Pesaing', 'text', { aliases: ['Their product'], width: 180, optional: true }),
    col('theirPrice', 'Harga Pesaing', 'rupiah', { aliases: ['Their price'], optional: true, note: 'Harga jual pesaing untuk produk yang setara dengan SKU Kita. Toko → Bandingkan harga membandingkannya dengan Harga Jual di Gudang · Stok.' }),
    col('ourSku', 'SKU Kita', 'text', { aliases: ['Our SKU'], width: 130, optional: true, note: 'SKU kita yang setara (seperti di Gudang · Stok).' }),
    col('channel', 'Channel', 'text', { choices: CHANNELS, width: 130, optional: true, note: 'Di mana harga pesaing dilihat.' }),
    col('finding', 'Temuan', 'text', { aliases: ['Finding'], width: 320 }),
    col('source', 'Link Sumber', 'text', { aliases: ['Source link'], width: 200 }),
    col('owner', 'PIC', 'text', { aliases: ['Owner'], width: 130 }),
    col('followUp', 'Tindak Lanjut', 'text', { aliases: ['Follow-up'], width: 220 }),
  ],
};

/** Every sheet Setup creates, in tab order. */
export const ALL_SHEETS: readonly SheetSpec[] = [
  ORDERS_SHEET,
  COMPLAINTS_SHEET,
  TEMPLATE_SHEET,
  CS_INDEX_SHEET,
  APPROVAL_SHEET,
  LEDGER_SHEET,
  PURCHASES_SHEET,
  PAYOUT_SHEET,
  STOCK_SHEET,
  SHIPPING_SHEET,
  DONE_SHEET,
  PROMO_SHEET,
  CONTENT_SHEET,
  CONTACTS_SHEET,
  RESEARCH_SHEET,
  PLAN_SHEET,
  SETTINGS_SHEET,
  LOG_SHEET,
  OUTBOX_SHEET,
];

/** The name of the monthly report sheet for a month `yyyy-MM`. */
export function reportSheetName(month: string): string {
  return `Laporan ${month}`;
}

/** Scalar settings in Pengaturan (the Pengaturan column), with their defaults for a new shop. */
export const SETTING_KEYS = {
  shopName: 'Nama toko',
  ownerEmail: 'Email pemilik',
  warehouseEmails: 'Email gudang',
  financeEmails: 'Email keuangan',
  language: 'Bahasa',
  orderIdPrefix: 'Prefix ID pesanan',
  poIdPrefix: 'Prefix ID PO',
  sendPoToSupplier: 'Kirim PO ke supplier',
  bankAccount: 'Rekening pembayaran',
  stuckShipmentDays: 'Batas hari pengiriman',
  dailyDigest: 'Ringkasan harian',
  codCustomerReturns: 'Retur COD pelanggan (min)',
  codCityRatePercent: 'Batas retur COD kota (%)',
  codCityMinOrders: 'Min. pesanan COD kota',
  segmentRepeatOrders: 'Segmen repeat (min. pesanan)',
  segmentLoyalOrders: 'Segmen loyal (min. pesanan)',
  segmentInactiveDays: 'Segmen tidak aktif (hari)',
  cashAccounts: 'Akun kas',
  taxpayerKind: 'Wajib pajak',
  finalTax: 'PPh final UMKM 0,5%',
  pkp: 'PKP',
  vatRate: 'Tarif PPN',
  digestHour: 'Jam ringkasan harian',
  priceGapPercent: 'Batas selisih harga (%)',
} as const;

/** A key of the scalar settings. */
export type SettingKey = keyof typeof SETTING_KEYS;

/** The dropdown of a scalar setting's Nilai cell, for settings with a fixed set of answers. */
export const SETTING_CHOICES: Partial<Record<SettingKey, readonly string[]>> = {
  language: ['Indonesia', 'English'],
  sendPoToSupplier: ['Ya', 'Tidak'],
  taxpayerKind: ['Orang pribadi', 'Badan usaha'],
  finalTax: ['Ya', 'Tidak'],
  pkp: ['Ya', 'Tidak'],
};
