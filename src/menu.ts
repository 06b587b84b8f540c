/** The Toko menu: one table of captions → entry-point names, so the menu and src/main.ts cannot drift. */

/** A menu line: an item calling an entry point, or a separator. */
export type MenuLine = { readonly caption: string; readonly handler: string } | 'separator';

/** The Toko menu, top to bottom. An item appears only once its feature is built. */
export const MENU_TITLE = 'Toko';
export const MENU_LINES: readonly MenuLine[] = [
  // Order pipeline (docs/pipeline.md)
  { caption: 'Setup', handler: 'setup' },
  'separator',
  { caption: 'Konfirmasi pesanan', handler: 'confirmOrder' },
  'separator',
  { caption: 'Approve order', handler: 'approveOrder' },
  { caption: 'Tolak pesanan', handler: 'rejectOrder' },
  'separator',
  { caption: 'Tandai dikemas (packing)', handler: 'markPacked' },
  { caption: 'Tandai dikirim (resi)', handler: 'markShipped' },
  { caption: 'Tandai diterima', handler: 'markDelivered' },
  'separator',
  { caption: 'Batalkan pesanan', handler: 'cancelOrder' },
  // Finance (docs/finance.md)
  'separator',
  { caption: 'Terima stok', handler: 'receiveStock' },
  { caption: 'Kirim PO ke supplier', handler: 'sendPurchaseOrder' },
  { caption: 'Periksa buku kas', handler: 'checkLedger' },
  { caption: 'Laporan bulanan sekarang', handler: 'monthlyReportNow' },
  { caption: 'Pasang laporan bulanan', handler: 'installMonthlyReport' },
];

/** Adds the Toko menu to the spreadsheet's UI. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const line of MENU_LINES) {
    if (line === 'separator') menu.addSeparator();
    else menu.addItem(line.caption, line.handler);
  }
  menu.addToUi();
}
