/**
 * Every sentence and label of the finance features (ledger check, purchasing, monthly report), in
 * Indonesian as shops speak it and in English. One word for one thing, as docs/glossary.md lists.
 */
import { Text, joinTexts } from './i18n';
import { formatRupiah } from './money';
import { SHORT_MONTH_NAMES_ID } from './jakarta-time';

const t = (id: string, en: string): Text => ({ id, en });

/** A list for a sentence: `a, b, c`. */
const list = (items: readonly string[]): string => items.join(', ');

/** What is wrong with a hand-typed ledger row, one fault at a time, and the row's whole message. */
export const ledgerProblemTexts = {
  dateMissing: () => t('Tanggal kosong', 'Date is blank'),
  dateInvalid: (raw: string) => t(`Tanggal "${raw}" bukan tanggal (tulis seperti 28/11/2026)`, `Date "${raw}" is not a date (write it like 28/11/2026)`),
  typeMissing: () => t('Jenis kosong (Pemasukan atau Pengeluaran)', 'Type is blank (Pemasukan or Pengeluaran)'),
  typeInvalid: (raw: string) => t(`Jenis "${raw}" harus Pemasukan atau Pengeluaran`, `Type "${raw}" must be Pemasukan (income) or Pengeluaran (expense)`),
  categoryMissing: () => t('Kategori kosong', 'Category is blank'),
  categoryUnknown: (raw: string, categories: readonly string[]) =>
    t(
      `Kategori "${raw}" tidak ada di daftar Kategori Kas di Pengaturan (${list(categories)})`,
      `Category "${raw}" is not in the ledger categories in Pengaturan (${list(categories)})`,
    ),
  amountMissing: () => t('Jumlah kosong', 'Amount is blank'),
  amountInvalid: (raw: string) => t(`Jumlah "${raw}" bukan angka Rupiah bulat (tulis seperti 150000)`, `Amount "${raw}" is not a whole Rupiah amount (write it like 150000)`),
  amountNotPositive: (amount: number) =>
    t(
      `Jumlah ${formatRupiah(amount)} harus lebih dari 0 (pengeluaran ditulis positif dengan Jenis Pengeluaran)`,
      `Amount ${formatRupiah(amount)} must be more than 0 (write expenses as positive amounts with type Pengeluaran)`,
    ),
  accountUnknown: (raw: string, accounts: readonly string[]) =>
    t(
      `Akun "${raw}" tidak ada di daftar Akun kas di Pengaturan (${list(accounts)}); kosongkan untuk akun utama`,
      `Account "${raw}" is not in the cash accounts in Pengaturan (${list(accounts)}); leave it blank for the main account`,
    ),
  duplicateId: (id: string, firstRow: number) =>
    t(`ID "${id}" sudah dipakai di baris ${firstRow} (hapus salah satu agar tidak terhitung dua kali)`, `ID "${id}" is already used on row ${firstRow} (delete one so it is not counted twice)`),
  /** One bad row: its number and all its faults. */
  row: (rowNumber: number, faults: readonly Text[]): Text => {
    const joined = joinTexts(faults, '; ');
    return t(`Keuangan · Kas baris ${rowNumber}: ${joined.id}.`, `Keuangan · Kas row ${rowNumber}: ${joined.en}.`);
  },
};

/** Purchasing: bad PO rows, refused receipts, the PO e-mail. */
export const purchaseTexts = {
  poIdMissing: () => t('ID PO kosong', 'PO ID is blank'),
  skuMissing: () => t('SKU kosong', 'SKU is blank'),
  quantityInvalid: (raw: string) => t(`Qty "${raw}" harus bilangan bulat lebih dari 0`, `Qty "${raw}" must be a whole number above 0`),
  unitCostInvalid: (raw: string) => t(`Harga Satuan "${raw}" bukan angka Rupiah bulat`, `Unit cost "${raw}" is not a whole Rupiah amount`),
  receivedInvalid: (raw: string) => t(`Qty Diterima "${raw}" harus bilangan bulat dari 0 sampai Qty`, `Received "${raw}" must be a whole number from 0 to Qty`),
  receiveNowInvalid: (raw: string) => t(`Terima Sekarang "${raw}" harus bilangan bulat lebih dari 0 (atau kosong untuk semua sisanya)`, `Receive now "${raw}" must be a whole number above 0 (or blank for all that remains)`),
  statusInvalid: (raw: string) => t(`Status "${raw}" tidak dikenal (Draft, Dipesan, Sebagian diterima, Diterima, Batal)`, `Status "${raw}" is unknown (Draft, Dipesan, Sebagian diterima, Diterima, Batal)`),
  row: (rowNumber: number, poId: string, faults: readonly Text[]): Text => {
    const joined = joinTexts(faults, '; ');
    const po = poId ? ` (${poId})` : '';
    return t(`Keuangan · Pembelian baris ${rowNumber}${po}: ${joined.id}.`, `Keuangan · Pembelian row ${rowNumber}${po}: ${joined.en}.`);
  },
  duplicateLine: (rowNumber: number, poId: string, sku: string, firstRow: number) =>
    t(`Baris ${rowNumber}: ${poId} memuat SKU ${sku} dua kali (juga baris ${firstRow}) — gabungkan jadi satu baris.`, `Row ${rowNumber}: ${poId} lists SKU ${sku} twice (also row ${firstRow}) — merge them into one line.`),
  cancelled: (rowNumber: number, poId: string) =>
    t(`Baris ${rowNumber}: ${poId} berstatus Batal — ubah statusnya dulu kalau barangnya memang datang.`, `Row ${rowNumber}: ${poId} is cancelled (Batal) — change its status first if the goods did arrive.`),
  alreadyComplete: (rowNumber: number, poId: string, sku: string) =>
    t(`Baris ${rowNumber}: ${poId} ${sku} sudah diterima semua.`, `Row ${rowNumber}: ${poId} ${sku} has already been received in full.`),
  moreThanRemaining: (rowNumber: number, poId: string, sku: string, quantity: number, remaining: number) =>
    t(
      `Baris ${rowNumber}: Terima Sekarang ${quantity} untuk ${poId} ${sku} lebih dari sisanya (${remaining}). Kalau supplier memang mengirim lebih, naikkan Qty PO dulu.`,
      `Row ${rowNumber}: Receive now ${quantity} for ${poId} ${sku} is more than remains (${remaining}). If the supplier did send more, raise the PO's Qty first.`,
    ),
  skuNotInStock: (rowNumber: number, poId: string, sku: string) =>
    t(`Baris ${rowNumber}: SKU ${sku} (${poId}) tidak ada di Gudang · Stok — tambahkan SKU-nya dulu.`, `Row ${rowNumber}: SKU ${sku} (${poId}) is not in Gudang · Stok — add the SKU first.`),
  stockRowInvalid: (sku: string, detail: Text) => t(`SKU ${sku}: ${detail.id}`, `SKU ${sku}: ${detail.en}`),
  alreadySent: (poId: string, status: string) =>
    t(`${poId} sudah ${status} — tidak dikirim lagi (ubah status ke Draft untuk mengirim ulang).`, `${poId} is already ${status} — not sent again (set its status to Draft to resend).`),
  supplierEmailMissing: (poId: string) => t(`${poId}: Email Supplier kosong.`, `${poId}: Supplier e-mail is blank.`),
  supplierEmailInvalid: (poId: string, email: string) => t(`${poId}: Email Supplier "${email}" tidak valid.`, `${poId}: Supplier e-mail "${email}" is not valid.`),
  manySuppliers: (poId: string, emails: readonly string[]) =>
    t(`${poId} memuat beberapa Email Supplier (${list(emails)}) — satu PO untuk satu supplier.`, `${poId} has several supplier e-mails (${list(emails)}) — one PO per supplier.`),
  mail: {
    subject: (poId: string, shop: string) => t(`PO ${poId} dari ${shop}`, `Purchase order ${poId} from ${shop}`),
    greeting: (supplier: string) => t(`Yth. ${supplier || 'Bapak/Ibu'},`, `Dear ${supplier || 'Sir or Madam'},`),
    intro: (shop: string, poId: string, date: string) =>
      t(`${shop} memesan barang berikut (PO ${poId}, ${date}):`, `${shop} would like to order the following (purchase order ${poId}, ${date}):`),
    closing: (shop: string) => t(`Mohon konfirmasi ketersediaan dan perkiraan tanggal kirim. Terima kasih.\n${shop}`, `Please confirm availability and the expected delivery date. Thank you.\n${shop}`),
    sku: t('SKU', 'SKU'),
    product: t('Produk', 'Product'),
    quantity: t('Qty', 'Qty'),
    unitCost: t('Harga Satuan', 'Unit cost'),
    total: t('Total', 'Total'),
  },
};

/** Outcomes of the finance menu actions. */
export const financeActionTexts = {
  receiveTitle: t('Terima stok', 'Receive stock'),
  sendPoTitle: t('Kirim PO ke supplier', 'Send PO to supplier'),
  validateTitle: t('Periksa buku kas', 'Check cash book'),
  reportTitle: t('Laporan bulanan', 'Monthly report'),
  installTitle: t('Aktifkan laporan bulanan otomatis', 'Turn on the monthly report'),
  wrongSheet: (sheet: string) =>
    t(`Pilih baris di sheet ${sheet} dulu, lalu jalankan lagi.`, `Select rows in the ${sheet} sheet first, then run it again.`),
  nothingSelected: (sheet: string) =>
    t(`Belum ada baris ${sheet} yang dipilih. Pilih baris PO-nya, lalu jalankan lagi.`, `No ${sheet} rows are selected. Select the PO rows, then run it again.`),
  problems: (lines: readonly Text[]): Text => {
    const joined = joinTexts(lines);
    return t(`Tidak ada yang diubah:\n${joined.id}`, `Nothing was changed:\n${joined.en}`);
  },
  received: (count: number, amount: number, details: readonly string[]) =>
    amount === 0
      ? t(
          `${count} baris PO diterima; tidak ada Pembelian stok baru yang dicatat di Keuangan · Kas.\n${details.join('\n')}`,
          `${count} PO line(s) received; no new stock purchase booked in Keuangan · Kas.\n${details.join('\n')}`,
        )
      : t(
          `${count} baris PO diterima, Pembelian stok ${formatRupiah(amount)} dicatat di Keuangan · Kas.\n${details.join('\n')}`,
          `${count} PO line(s) received, stock purchase of ${formatRupiah(amount)} booked in Keuangan · Kas.\n${details.join('\n')}`,
        ),
  nothingToReceive: t('Tidak ada yang perlu diterima.', 'Nothing to receive.'),
  poOrdered: (ids: readonly string[]) =>
    t(`${ids.length} PO berstatus Dipesan: ${list(ids)}.`, `${ids.length} PO(s) marked Dipesan: ${list(ids)}.`),
  poMarkedOnly: (ids: readonly string[]) =>
    t(
      `${ids.length} PO berstatus Dipesan: ${list(ids)}. E-mail ke supplier mati — nyalakan "Kirim PO ke supplier" di Pengaturan untuk mengirimnya.`,
      `${ids.length} PO(s) marked Dipesan: ${list(ids)}. E-mail to suppliers is off — turn on "Kirim PO ke supplier" in Pengaturan to send them.`,
    ),
  nothingToSend: t('Tidak ada PO yang perlu dikirim.', 'No PO needs sending.'),
  ledgerOk: (count: number) => t(`Buku kas rapi: ${count} baris terbaca semua.`, `The cash book is in order: all ${count} rows read.`),
  ledgerBad: (bad: number, total: number, lines: readonly Text[], more: number) => {
    const joined = joinTexts(lines);
    const rest = more > 0 ? t(`\n… dan ${more} baris lagi.`, `\n… and ${more} more rows.`) : t('', '');
    return t(
      `${bad} dari ${total} baris Keuangan · Kas perlu diperbaiki (tidak dihitung di laporan sampai diperbaiki):\n${joined.id}${rest.id}`,
      `${bad} of ${total} rows of Keuangan · Kas need fixing (the report leaves them out until fixed):\n${joined.en}${rest.en}`,
    );
  },
  askMonthPrompt: (defaultMonth: string) =>
    t(`Laporan untuk bulan apa? Tulis tahun-bulan, mis. ${defaultMonth}. Kosongkan untuk ${defaultMonth}.`, `Which month? Write year-month, e.g. ${defaultMonth}. Leave blank for ${defaultMonth}.`),
  badMonth: (raw: string) => t(`"${raw}" bukan bulan — tulis seperti 2026-11.`, `"${raw}" is not a month — write it like 2026-11.`),
  cancelled: t('Dibatalkan, tidak ada yang diubah.', 'Cancelled; nothing was changed.'),
  reportWritten: (sheet: string, recipients: readonly string[]) =>
    recipients.length
      ? t(`Sheet ${sheet} sudah dibuat dan dikirim ke ${list(recipients)}.`, `Sheet ${sheet} written and e-mailed to ${list(recipients)}.`)
      : t(
          `Sheet ${sheet} sudah dibuat. Tidak dikirim: isi Email pemilik atau Email keuangan di Pengaturan.`,
          `Sheet ${sheet} written. Not e-mailed: fill in Email pemilik or Email keuangan in Pengaturan.`,
        ),
  triggerInstalled: (removed: number) =>
    t(
      `Laporan bulanan otomatis sudah aktif: tiap tanggal 1 pukul 07.00 WIB laporan bulan lalu dibuat dan dikirim. E-mail yang tertunda dicoba kirim lagi tiap jam, dan komplain yang lewat batas waktu diperiksa tiap jam.${
        removed > 0 ? ` (${removed} jadwal lama diganti.)` : ''
      }`,
      `Monthly report turned on: on the 1st of each month at 07.00 WIB last month's report is built and e-mailed. Mail that could not be sent is retried hourly, and complaints past their SLA are checked hourly.${
        removed > 0 ? ` (${removed} old schedule(s) replaced.)` : ''
      }`,
    ),
};

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month `yyyy-MM` written out: `November 2026`. */
function monthName(month: string): Text {
  const [y, m] = month.split('-').map(Number);
  return t(`${MONTHS_ID[m - 1]} ${y}`, `${MONTHS_EN[m - 1]} ${y}`);
}

/** A month `yyyy-MM` as a column heading: `Nov 2026`. */
export function monthShortName(month: string): Text {
  const [y, m] = month.split('-').map(Number);
  return t(`${SHORT_MONTH_NAMES_ID[m - 1]} ${y}`, `${SHORT_EN[m - 1]} ${y}`);
}

/** The report's headings and row labels. */
export const reportTexts = {
  title: (month: string, shop: string) => {
    const name = monthName(month);
    return t(`Laporan Keuangan ${name.id} · ${shop}`, `Finance report ${name.en} · ${shop}`);
  },
  generated: (when: string) => t(`Dibuat ${when} · bulan menurut WIB (Asia/Jakarta)`, `Built ${when} · months in WIB (Asia/Jakarta)`),
  change: t('vs bulan lalu', 'vs last month'),
  summary: t('Ringkasan', 'Summary'),
  sales: t('Penjualan', 'Sales'),
  profit: t('Laba bersih', 'Net profit'),
  expenses: t('Pengeluaran per kategori', 'Expenses by category'),
  cash: t('Kas', 'Cash'),
  channelRevenue: t('Omzet per channel', 'Revenue by channel'),
  channelOrders: t('Pesanan per channel', 'Orders by channel'),
  topProducts: (month: string) => {
    const name = monthShortName(month);
    return t(`Produk terlaris ${name.id} (omzet)`, `Top products ${name.en} (revenue)`);
  },
  quantityIn: (month: string) => {
    const name = monthShortName(month);
    return t(`Qty ${name.id}`, `Qty ${name.en}`);
  },
  service: t('COD, refund dan komplain', 'COD, refunds and complaints'),
  stock: t('Stok (saat laporan dibuat)', 'Stock (when the report was built)'),
  lowStock: t('Stok menipis', 'Low stock'),
  lowStockHeads: [t('Stok fisik', 'On hand'), t('Tersedia', 'Available'), t('Batas minimum', 'Reorder point'), t('Kurang', 'Short by')],
  ledgerProblems: t('Baris Keuangan · Kas yang perlu diperbaiki (tidak dihitung)', 'Keuangan · Kas rows to fix (not counted)'),
  ledgerClean: t('Semua baris Keuangan · Kas terbaca.', 'Every Keuangan · Kas row was read.'),
  moreRows: (n: number) => t(`… dan ${n} lagi`, `… and ${n} more`),
  noSales: t('Belum ada penjualan bulan ini.', 'No sales this month.'),
  noExpenses: t('Belum ada pengeluaran.', 'No expenses yet.'),
  noLowStock: t('Tidak ada stok yang menipis.', 'No low stock.'),
  rowLabel: (rowNumber: number) => t(`Baris ${rowNumber}`, `Row ${rowNumber}`),
  revenue: t('Pendapatan (omzet)', 'Revenue'),
  grossProfit: t('Laba kotor', 'Gross profit'),
  netProfit: t('Laba bersih', 'Net profit'),
  orderCount: t('Jumlah pesanan', 'Orders'),
  grossSales: t('Penjualan kotor (sebelum diskon)', 'Gross sales (before discounts)'),
  discounts: t('Diskon', 'Discounts'),
  averageOrderValue: t('Rata-rata nilai pesanan', 'Average order value'),
  shippingCollected: t('Ongkir dibayar pelanggan', 'Shipping paid by customers'),
  costOfGoods: t('HPP (harga pokok terjual)', 'Cost of goods sold'),
  estimatedCost: t('  pesanan dengan HPP perkiraan (HPP kosong)', '  orders with estimated cost (HPP blank)'),
  grossMargin: t('Margin laba kotor', 'Gross margin'),
  plusShipping: t('ditambah ongkir dibayar pelanggan', 'plus shipping paid by customers'),
  plusOtherIncome: t('ditambah pemasukan lain', 'plus other income'),
  minusOperating: t('dikurangi biaya operasional (tanpa Pembelian stok dan Refund)', 'less operating expenses (without stock purchases and refunds)'),
  totalExpenses: t('Total pengeluaran', 'Total expenses'),
  stockPurchaseNote: t('  (Pembelian stok tidak mengurangi laba: biayanya masuk HPP saat barang terjual)', '  (Stock purchases do not reduce profit: their cost enters cost of goods when sold)'),
  cashIn: t('Kas masuk', 'Cash in'),
  cashOut: t('Kas keluar', 'Cash out'),
  netCash: t('Arus kas bersih', 'Net cash flow'),
  outstandingCodCount: t('COD belum cair di akhir bulan (pesanan)', 'COD not yet collected at month end (orders)'),
  outstandingCodAmount: t('COD belum cair di akhir bulan (Rp)', 'COD not yet collected at month end (Rp)'),
  refundCount: t('Refund (kali)', 'Refunds (count)'),
  refundAmount: t('Refund (Rp)', 'Refunds (Rp)'),
  complaints: t('Komplain', 'Complaints'),
  complaintRate: t('Rasio komplain', 'Complaint rate'),
  stockValue: t('Nilai stok (stok fisik × harga pokok)', 'Stock value (on hand × cost price)'),
  stockUnits: t('Jumlah unit stok fisik', 'Units on hand'),
  lowStockCount: t('SKU stok menipis', 'Low-stock SKUs'),
  chartTitle: t('Omzet dan laba', 'Revenue and profit'),
  mailSubject: (month: string, shop: string, netProfit: string) => {
    const name = monthName(month);
    return t(`Laporan keuangan ${name.id} · ${shop} — laba bersih ${netProfit}`, `Finance report ${name.en} · ${shop} — net profit ${netProfit}`);
  },
  mailIntro: (month: string, sheet: string) => {
    const name = monthName(month);
    return t(
      `Ringkasan keuangan ${name.id}, dibanding dua bulan sebelumnya. Rinciannya ada di sheet "${sheet}".`,
      `The finance summary for ${name.en}, beside the two months before. The details are in the sheet "${sheet}".`,
    );
  },
  mailLink: t('Buka spreadsheet', 'Open the spreadsheet'),
  mailLedgerProblems: (n: number) =>
    t(`${n} baris Keuangan · Kas tidak terhitung karena perlu diperbaiki — lihat bagian bawah sheet laporan.`, `${n} Keuangan · Kas rows were left out because they need fixing — see the bottom of the report sheet.`),
};
