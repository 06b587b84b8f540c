/**
 * Toko → Pesanan baru (CS): the order-entry dialog. `orderEntryData` gives the page the stock and lists
 * it offers; `saveNewOrder` checks the draft again under the lock with the same domain rules the page
 * used (domain/order-entry.ts), appends one row to CS · Pesanan, and, when CS ticks it, confirms that
 * row at once through Konfirmasi pesanan's own use case. A request ID made by the page is remembered
 * in DocumentProperties, so a save clicked twice writes one row and answers the second click with the
 * first answer.
 */
import { Text, UserError } from '../domain/i18n';
import { checkOrderDraft, DraftField, draftRecord, isRequestId, OrderDraft, StockChoice } from '../domain/order-entry';
import { OrderRow } from '../domain/order-record';
import { findRememberedSave, readRememberedSaves, rememberSave } from '../domain/request-memory';
import { readStockLevel, availableOf } from '../domain/stock';
import { documentProperties } from '../gas/properties';
import { menuLanguage } from './menu-language';
import { htmlPage } from '../gas/html-page';
import { APPROVAL_SHEET, CHANNELS, ORDERS_SHEET, PAYMENT_METHODS, STOCK_SHEET } from '../sheets/schema';
import { sheetOf, Table } from '../sheets/table';
import { ActionContext, ActionSpec } from './action';
import { confirmRows } from './confirm-orders';
import { DialogReply, DialogResult, runDialogCall } from './dialog-call';

/** Who may take orders in the dialog, and the action's name in messages and the Log. */
export const NEW_ORDER_ACTION: ActionSpec = { name: 'Pesanan baru', divisions: ['CS'] };

/** The HTML file of the dialog (dist/PesananBaru.html, built from src/ui/). */
const DIALOG_FILE = 'PesananBaru';
/** The DocumentProperties key of the remembered saves. */
const SAVES_KEY = 'toko.pesananBaru.saves';

/** What the dialog needs to start: the shop, the stock it offers (with what is available), the lists. */
export interface OrderEntryData {
  readonly shopName: string;
  readonly stock: StockChoice[];
  readonly channels: string[];
  readonly paymentMethods: string[];
  readonly couriers: string[];
}

/** What a save tells the page. */
export interface SaveOutcome {
  readonly saved: boolean;
  /** True when this request ID was saved before: nothing new was written. */
  readonly duplicate: boolean;
  readonly rowNumber: number;
  readonly orderId: string;
  readonly confirmed: boolean;
  /** Problems that kept the draft from being saved, in the user's language, tied to fields. */
  readonly problems: Array<{ field: DraftField; line: number; message: string }>;
}

/** The SKUs of Gudang · Stok the dialog offers (rows with unreadable numbers are left out; the confirmation would refuse them). */
export function stockChoices(ctx: ActionContext): StockChoice[] {
  const choices: StockChoice[] = [];
  for (const row of Table.read(ctx.ss, STOCK_SHEET).rows) {
    const level = readStockLevel(row.record);
    if (!level.ok || level.level.sku === '') continue;
    const l = level.level;
    choices.push({ sku: l.sku, name: l.name, variant: l.variant, available: availableOf(l), sellingPrice: l.sellingPrice, costPrice: l.costPrice });
  }
  return choices;
}

/** The data the dialog starts with (see OrderEntryData). */
function entryData(ctx: ActionContext): DialogResult<OrderEntryData> {
  return {
    value: {
      shopName: ctx.settings.shopName,
      stock: stockChoices(ctx),
      channels: [...CHANNELS],
      paymentMethods: [...PAYMENT_METHODS],
      couriers: ctx.settings.couriers.map((c) => c.name),
    },
  };
}

const NOT_A_REQUEST: Text = {
  id: 'Dialog ini tidak mengirim ID permintaan yang sah. Tutup dialognya dan buka lagi Toko → Pesanan baru. Tidak ada yang disimpan.',
  en: 'This dialog did not send a valid request ID. Close it and open Toko → New order again. Nothing was saved.',
};

const savedText = (name: string, row: number): Text => ({
  id: `Pesanan ${name} disimpan di ${ORDERS_SHEET.name} baris ${row}. Bila sudah siap, pilih barisnya lalu Toko → Konfirmasi pesanan.`,
  en: `${name}'s order was saved in ${ORDERS_SHEET.name} row ${row}. When it is ready, select the row and run Toko → Confirm order.`,
});

const confirmedText = (name: string, orderId: string): Text => ({
  id: `Pesanan ${name} disimpan dan dikonfirmasi: ${orderId}, sekarang di ${APPROVAL_SHEET.name}.`,
  en: `${name}'s order was saved and confirmed: ${orderId}, now in ${APPROVAL_SHEET.name}.`,
});

const notConfirmedText = (name: string, row: number, why: Text): Text => ({
  id: `Pesanan ${name} disimpan di ${ORDERS_SHEET.name} baris ${row}, tetapi belum bisa dikonfirmasi:\n${why.id}`,
  en: `${name}'s order was saved in ${ORDERS_SHEET.name} row ${row}, but could not be confirmed yet:\n${why.en}`,
});

const repeatText = (earlier: Text): Text => ({
  id: `Sudah disimpan tadi — tidak disimpan dua kali. ${earlier.id}`,
  en: `Already saved — not saved twice. ${earlier.en}`,
});

/** Saves one draft (see the file comment). */
function saveDraft(ctx: ActionContext, draft: OrderDraft): DialogResult<SaveOutcome> {
  if (!draft || typeof draft !== 'object' || !isRequestId(draft.requestId)) throw new UserError(NOT_A_REQUEST);
  const properties = documentProperties();
  const saves = readRememberedSaves(properties.getProperty(SAVES_KEY));
  const earlier = findRememberedSave(saves, draft.requestId);
  if (earlier) {
    return {
      value: { saved: true, duplicate: true, rowNumber: earlier.rowNumber, orderId: earlier.orderId, confirmed: earlier.orderId !== '', problems: [] },
      message: repeatText(earlier.message),
    };
  }
  const check = checkOrderDraft(draft, stockChoices(ctx));
  if (check.problems.length) {
    return {
      value: { saved: false, duplicate: false, rowNumber: 0, orderId: '', confirmed: false, problems: check.problems.map((p) => ({ field: p.field, line: p.line ?? -1, message: p.text[ctx.lang] })) },
      message: { id: `Belum disimpan: ${check.problems.length} hal perlu diperbaiki.`, en: `Not saved: ${check.problems.length} thing(s) to fix.` },
    };
  }
  const sheet = sheetOf(ctx.ss, ORDERS_SHEET);
  const lastRow = sheet.getLastRow();
  const orders = Table.open(ctx.ss, ORDERS_SHEET, sheet, lastRow);
  const name = draft.customerName.trim();
  const record = draftRecord(draft, check, ctx.now, ctx.user);
  orders.append(record);
  orders.commit();
  const rowNumber = Math.max(lastRow, 1) + 1;
  ctx.log({ action: NEW_ORDER_ACTION.name, to: ORDERS_SHEET.name, details: `baris ${rowNumber}: ${name}, ${record.items}` });
  let message = savedText(name, rowNumber);
  // Remembered as soon as the row is there: a retry after anything below fails must not add a second row.
  const remember = (orderId: string, text: Text) =>
    properties.setProperty(SAVES_KEY, rememberSave(saves, { requestId: draft.requestId, at: ctx.now, rowNumber, orderId, message: text }));
  remember('', message);
  let orderId = '';
  if (draft.confirmNow === true) {
    const rows = orders.load([[rowNumber, rowNumber]]) as OrderRow[];
    const { outcome, plan } = confirmRows(ctx, orders, rows);
    orderId = plan.done[0] ?? '';
    message = orderId ? confirmedText(name, orderId) : notConfirmedText(name, rowNumber, outcome.message);
    if (orderId && plan.warnings.length) message = { id: `${message.id}\n${outcome.message.id}`, en: `${message.en}\n${outcome.message.en}` };
    remember(orderId, message);
  }
  return { value: { saved: true, duplicate: false, rowNumber, orderId, confirmed: orderId !== '', problems: [] }, message };
}

/** google.script.run: the dialog's starting data, after the lock and the roles check. */
export function orderEntryData(): DialogReply<OrderEntryData> {
  return runDialogCall(NEW_ORDER_ACTION, entryData);
}

/** google.script.run: saves the dialog's order (see the file comment). */
export function saveNewOrder(draft: OrderDraft): DialogReply<SaveOutcome> {
  return runDialogCall(NEW_ORDER_ACTION, (ctx) => saveDraft(ctx, draft));
}

/** Menu entry: opens the order-entry dialog (the page checks the user's division on its first call). */
export function showNewOrderDialog(): void {
  const lang = menuLanguage();
  const page = htmlPage(DIALOG_FILE, lang).setWidth(620).setHeight(680);
  SpreadsheetApp.getUi().showModalDialog(page, lang === 'en' ? 'New order' : 'Pesanan baru');
}
