/** The Toko menu: one table of captions → entry-point names, so the menu and src/main.ts cannot drift. */
import { Lang } from './domain/i18n';

/** A menu line: an item calling an entry point (captions in both languages), or a separator. */
export type MenuLine = { readonly caption: string; readonly en: string; readonly handler: string } | 'separator';

/** The menu's title in the spreadsheet's menu bar. */
const MENU_TITLE = 'Toko';
/** The Toko menu, top to bottom. An item appears only once its feature is built. */
export const MENU_LINES: readonly MenuLine[] = [
  // Order pipeline (docs/pipeline.md)
  { caption: 'Setup', en: 'Setup', handler: 'setup' },
  'separator',
  { caption: 'Pesanan baru', en: 'New order', handler: 'newOrder' },
  { caption: 'Konfirmasi pesanan', en: 'Confirm order', handler: 'confirmOrder' },
  { caption: 'Cari pelanggan / pesanan', en: 'Find customer / order', handler: 'customerSearch' },
  'separator',
  { caption: 'Approve order', en: 'Approve order', handler: 'approveOrder' },
  { caption: 'Tolak pesanan', en: 'Reject order', handler: 'rejectOrder' },
  'separator',
  { caption: 'Tandai dikemas (packing)', en: 'Mark packed', handler: 'markPacked' },
  { caption: 'Tandai dikirim (resi)', en: 'Mark shipped (tracking number)', handler: 'markShipped' },
  { caption: 'Tandai diterima', en: 'Mark delivered', handler: 'markDelivered' },
  { caption: 'Tandai retur', en: 'Mark returned', handler: 'markReturned' },
  'separator',
  { caption: 'Batalkan pesanan', en: 'Cancel order', handler: 'cancelOrder' },
  // Complaints (docs/panduan/komplain.md)
  'separator',
  { caption: 'Catat komplain', en: 'Record complaint', handler: 'recordComplaint' },
  { caption: 'Teruskan komplain', en: 'Forward complaint', handler: 'forwardComplaint' },
  { caption: 'Selesaikan komplain', en: 'Solve complaint', handler: 'solveComplaint' },
  // Finance (docs/finance.md)
  'separator',
  { caption: 'Terima stok', en: 'Receive stock', handler: 'receiveStock' },
  { caption: 'Stock opname', en: 'Stock count', handler: 'stockCount' },
  { caption: 'Kirim PO ke supplier', en: 'Send PO to supplier', handler: 'sendPurchaseOrder' },
  { caption: 'Catat pencairan', en: 'Record payout', handler: 'recordPayout' },
  { caption: 'Periksa buku kas', en: 'Check cash book', handler: 'checkLedger' },
  { caption: 'Buat laporan bulanan sekarang', en: 'Build monthly report now', handler: 'monthlyReportNow' },
  { caption: 'Aktifkan laporan bulanan otomatis', en: 'Turn on the monthly report', handler: 'installMonthlyReport' },
  // Management (docs/management.md)
  'separator',
  { caption: 'Perbarui dashboard', en: 'Refresh dashboard', handler: 'refreshDashboard' },
  // Marketing (docs/marketing.md)
  'separator',
  { caption: 'Perbarui kontak', en: 'Refresh contacts', handler: 'refreshContacts' },
  { caption: 'Daftar broadcast', en: 'Broadcast list', handler: 'broadcastList' },
  { caption: 'Bandingkan harga', en: 'Compare prices', handler: 'comparePrices' },
];

/** Adds the Toko menu to the spreadsheet's UI, captions in the shop's language. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang = 'id'): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const line of MENU_LINES) {
    if (line === 'separator') menu.addSeparator();
    else menu.addItem(lang === 'en' ? line.en : line.caption, line.handler);
  }
  menu.addToUi();
}
