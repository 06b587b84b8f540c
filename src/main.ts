/**
 * Every function Apps Script can call, and nothing else: menus, triggers and dialog endpoints.
 * Each entry point is one line that delegates; build.mjs turns each export into a top-level function.
 */
import { buildMenu } from './menu';
import { menuLanguage } from './app/menu-language';
import { approveOrders } from './app/approve-orders';
import { cancelOrders } from './app/cancel-orders';
import { confirmOrders } from './app/confirm-orders';
import { deliverOrders } from './app/deliver-orders';
import { packOrders } from './app/pack-orders';
import { rejectOrders } from './app/reject-orders';
import { setup as runSetup } from './app/setup';
import { shipOrders } from './app/ship-orders';
import { monthlyReportFromMenu, monthlyReportOnSchedule } from './app/monthly-report';
import { installMonthlyReportFromMenu, retryOutboxOnSchedule } from './app/report-trigger';
import { receiveSelectedStock } from './app/receive-stock';
import { stockCount as countStockFromMenu } from './app/stock-count';
import { sendSelectedPurchaseOrders } from './app/send-purchase-order';
import { validateLedgerFromMenu } from './app/validate-ledger';
import { searchCustomer as searchCustomerOrders, showCustomerSearch } from './app/customer-search';
import { orderEntryData as newOrderEntryData, saveNewOrder as saveNewOrderDraft, showNewOrderDialog } from './app/new-order';
import type { OrderDraft } from './domain/order-entry';
import { recordComplaintFromMenu } from './app/record-complaint';
import { forwardComplaintFromMenu } from './app/forward-complaint';
import { solveComplaintFromMenu } from './app/solve-complaint';
import { watchComplaintSlaOnSchedule } from './app/complaint-sla-watch';
import { dashboardOnSchedule, refreshDashboardFromMenu } from './app/dashboard';
import { contentDigestOnSchedule } from './app/content-digest';
import { dailyDigestOnSchedule } from './app/daily-digest';
import { refreshContactsFromMenu } from './app/refresh-contacts';
import { returnOrders } from './app/return-orders';
import { buildBroadcastListFromMenu } from './app/broadcast-list';
import { refreshContactsOnSchedule } from './app/contacts-trigger';
import { comparePricesFromMenu } from './app/compare-prices';
import { recordPayouts } from './app/record-payout';

/** Simple trigger: adds the Toko menu, in the shop's language, when the spreadsheet opens. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi(), menuLanguage());
}

// Order pipeline (docs/pipeline.md)
/** Toko → Setup. */
export function setup(): void { runSetup(); }
/** Toko → Konfirmasi pesanan. */
export function confirmOrder(): void { confirmOrders(); }
/** Toko → Approve order. */
export function approveOrder(): void { approveOrders(); }
/** Toko → Tolak pesanan. */
export function rejectOrder(): void { rejectOrders(); }
/** Toko → Tandai dikemas (packing). */
export function markPacked(): void { packOrders(); }
/** Toko → Tandai dikirim (resi). */
export function markShipped(): void { shipOrders(); }
/** Toko → Tandai diterima. */
export function markDelivered(): void { deliverOrders(); }
/** Toko → Tandai retur. */
export function markReturned(): void { returnOrders(); }
/** Toko → Batalkan pesanan. */
export function cancelOrder(): void { cancelOrders(); }

// Finance (docs/finance.md)
/** Toko → Terima stok. */
export function receiveStock(): void { receiveSelectedStock(); }
/** Toko → Stock opname. */
export function stockCount(): void { countStockFromMenu(); }
/** Toko → Kirim PO ke supplier. */
export function sendPurchaseOrder(): void { sendSelectedPurchaseOrders(); }
/** Toko → Catat pencairan. */
export function recordPayout(): void { recordPayouts(); }
/** Toko → Periksa buku kas. */
export function checkLedger(): void { validateLedgerFromMenu(); }
/** Toko → Buat laporan bulanan sekarang. */
export function monthlyReportNow(): void { monthlyReportFromMenu(); }
/** Toko → Aktifkan laporan bulanan otomatis. */
export function installMonthlyReport(): void { installMonthlyReportFromMenu(); }
/** Time-driven trigger, the 1st at 07.00 WIB: last month's report (no UI; errors show in Executions). */
export function monthlyReportTrigger(): void { monthlyReportOnSchedule(); }
/** Time-driven trigger, hourly: sends mail waiting in Outbox. */
export function outboxRetryTrigger(): void { retryOutboxOnSchedule(); }

// Customer Service pages (docs/architecture.md, "Dialogs and sidebars")
/** Toko → Cari pelanggan / pesanan: opens the CS sidebar. */
export function customerSearch(): void { showCustomerSearch(); }
/** google.script.run from the sidebar: a customer's orders for a phone, name or order ID. */
export function searchCustomer(query: string) { return searchCustomerOrders(query); }
/** Toko → Pesanan baru: opens the order-entry dialog. */
export function newOrder(): void { showNewOrderDialog(); }
/** google.script.run from the dialog: the stock and lists it offers. */
export function orderEntryData() { return newOrderEntryData(); }
/** google.script.run from the dialog: saves the order once per request ID. */
export function saveNewOrder(draft: OrderDraft) { return saveNewOrderDraft(draft); }
// Complaints (docs/pipeline.md, docs/panduan/komplain.md)
/** Toko → Catat komplain. */
export function recordComplaint(): void { recordComplaintFromMenu(); }
/** Toko → Teruskan komplain. */
export function forwardComplaint(): void { forwardComplaintFromMenu(); }
/** Toko → Selesaikan komplain. */
export function solveComplaint(): void { solveComplaintFromMenu(); }
/** Time-driven trigger, hourly: marks complaints past their SLA and mails CS and the owner a digest. */
export function complaintSlaTrigger(): void { watchComplaintSlaOnSchedule(); }
// Management (docs/management.md)
/** Toko → Perbarui dashboard. */
export function refreshDashboard(): void { refreshDashboardFromMenu(); }
/** Time-driven trigger, daily at 06.00 WIB: rebuilds the dashboard for the team's day. */
export function dashboardTrigger(): void { dashboardOnSchedule(); }
/** Time-driven trigger, daily at Jam ringkasan harian (20.00 WIB): the owner's evening digest, with the dashboard rebuilt. */
export function dailyDigestTrigger(): void { dailyDigestOnSchedule(); }
// Marketing (docs/marketing.md)
/** Toko → Perbarui kontak. */
export function refreshContacts(): void { refreshContactsFromMenu(); }
/** Toko → Bandingkan harga: our price vs competitors' per SKU, from Marketing · Riset, into Marketing · Harga. */
export function comparePrices(): void { comparePricesFromMenu(); }
/** Time-driven trigger, Monday 08.00 WIB: the content calendar's weekly digest to marketing. */
export function contentDigestTrigger(): void { contentDigestOnSchedule(); }
/** Toko → Daftar broadcast. */
export function broadcastList(): void { buildBroadcastListFromMenu(); }
/** Time-driven trigger, daily at 05.00 WIB: Marketing · Kontak refreshed (new deliveries, segments). */
export function contactsRefreshTrigger(): void { refreshContactsOnSchedule(); }
