/**
 * Toko → Cari pelanggan / pesanan: the CS sidebar. `searchCustomer` finds a customer's orders on every
 * order sheet with TextFinder searches of one column each (phone, name or order ID), then reads only
 * the rows found — never a sheet's history — so "where is my order?" is answered in seconds whatever
 * the sheets' length. An order ID leads to the customer's number, and the number to all their orders.
 */
import { UserError } from '../domain/i18n';
import { CardEnv, classifyQuery, CustomerCard, customersOf, nameCellPattern, orderCard, OrderCard, phoneCellPattern, sortCards } from '../domain/customer-search';
import { CustomerSection, FoundCustomer } from '../domain/customer-sections';
import { OrderRow } from '../domain/order-record';
import { normalizePhone } from '../domain/phone';
import { APPROVAL_SHEET, DONE_SHEET, OrderColumnKey, ORDERS_SHEET, SHIPPING_SHEET, SheetSpec } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionSpec } from './action';
import { CUSTOMER_SECTIONS } from './customer-sections';
import { DialogReply, DialogResult, runDialogCall } from './dialog-call';
import { menuLanguage } from './menu-language';
import { htmlPage } from '../gas/html-page';

/** Who may search: every division that answers customers or handles their orders (the owner always). */
export const SEARCH_ACTION: ActionSpec = { name: 'Cari pelanggan / pesanan', divisions: ['CS', 'Keuangan', 'Gudang', 'Manajemen'] };

/** The HTML file of the sidebar (dist/CariPelanggan.html, built from src/ui/). */
const SIDEBAR_FILE = 'CariPelanggan';
/** The order sheets searched, in the order's way through the divisions. */
const ORDER_SHEETS: readonly SheetSpec<OrderColumnKey>[] = [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET];
/** Rows read per sheet at most (the newest, lowest in the sheet): a common name must not read a whole year. */
const ROWS_PER_SHEET = 25;
/** Orders shown at most. */
const ORDERS_SHOWN = 30;

/** What the sidebar shows for one search. */
export interface SearchResult {
  readonly query: string;
  readonly kind: 'phone' | 'orderId' | 'name';
  readonly customers: CustomerCard[];
  readonly orders: OrderCard[];
  /** Orders found beyond those shown. */
  readonly more: number;
  readonly sections: CustomerSection[];
}

/** The rows of one sheet found so far, by row number. */
type Hits = Map<SheetSpec<OrderColumnKey>, Set<number>>;

const addHits = (hits: Hits, spec: SheetSpec<OrderColumnKey>, rows: Iterable<number>) => {
  const set = hits.get(spec) ?? new Set<number>();
  for (const row of rows) set.add(row);
  hits.set(spec, set);
};

/** Searches (see the file comment). */
function search(ctx: ActionContext, typed: string): DialogResult<SearchResult> {
  const query = classifyQuery(typed);
  if (query.kind === 'invalid') throw new UserError(query.problem);
  const tables = new Map(ORDER_SHEETS.map((spec) => [spec, Table.open(ctx.ss, spec)] as const));
  const hits: Hits = new Map();
  const byPhone = (phone: string) => {
    for (const [spec, table] of tables) addHits(hits, spec, table.findMatching('phone', phoneCellPattern(phone)));
  };
  if (query.kind === 'phone') byPhone(query.phone);
  else if (query.kind === 'name') for (const [spec, table] of tables) addHits(hits, spec, table.findMatching('customerName', nameCellPattern(query.name)));
  else {
    const phones = new Set<string>();
    for (const [spec, table] of tables) {
      const rows = table.findRows('orderId', [query.orderId]) as OrderRow[];
      addHits(hits, spec, rows.map((r) => r.rowNumber));
      for (const row of rows) {
        const phone = normalizePhone(row.record.phone);
        if (phone.ok) phones.add(phone.phone);
      }
    }
    // The customer's other orders: at most a couple of numbers, one search per sheet each.
    for (const phone of [...phones].slice(0, 2)) byPhone(phone);
  }
  const env: CardEnv = { lang: ctx.lang, shopName: ctx.settings.shopName, couriers: ctx.settings.couriers };
  const cards: OrderCard[] = [];
  const recordOf = new Map<OrderCard, OrderRow['record']>();
  let skipped = 0;
  for (const [spec, rows] of hits) {
    const newest = [...rows].sort((a, b) => b - a);
    skipped += Math.max(0, newest.length - ROWS_PER_SHEET);
    const wanted = newest.slice(0, ROWS_PER_SHEET).map((r) => [r, r] as const);
    for (const row of (tables.get(spec) as Table<OrderColumnKey>).load(wanted) as OrderRow[]) {
      const card = orderCard(row.record, spec.name, env);
      recordOf.set(card, row.record);
      cards.push(card);
    }
  }
  const orders = sortCards(cards, ORDERS_SHOWN);
  const customers = customersOf(cards);
  const found: FoundCustomer = {
    lang: ctx.lang,
    phones: customers.map((c) => c.phone).filter((p) => p !== ''),
    orderIds: cards.map((c) => c.orderId).filter((id) => id !== ''),
    orders,
    records: orders.map((card) => recordOf.get(card) as OrderRow['record']),
    customers,
  };
  const sections = CUSTOMER_SECTIONS.map((provider) => provider(ctx, found)).filter((s): s is CustomerSection => s !== null);
  return {
    value: { query: typed, kind: query.kind, customers, orders, more: skipped + cards.length - orders.length, sections },
    message: cards.length ? undefined : { id: `Tidak ada pesanan untuk "${typed.trim()}".`, en: `No orders for "${typed.trim()}".` },
  };
}

/** google.script.run: the customer's orders and the sidebar's sections for a phone, name or order ID. */
export function searchCustomer(typed: string): DialogReply<SearchResult> {
  return runDialogCall(SEARCH_ACTION, (ctx) => search(ctx, String(typed ?? '')));
}

/** Menu entry: opens the sidebar. */
export function showCustomerSearch(): void {
  const lang = menuLanguage();
  const page = htmlPage(SIDEBAR_FILE, lang).setTitle(lang === 'en' ? 'Find customer / order' : 'Cari pelanggan / pesanan');
  SpreadsheetApp.getUi().showSidebar(page);
}
