/**
 * A shop on the local runtime for the pipeline's end-to-end tests: the built bundle loaded, Setup run
 * through the menu, and helpers to type orders the way CS does, select rows, and read a sheet back as
 * records keyed by the schema (found by header, like the product does).
 */
import { LocalRuntime, type RuntimeOptions } from '../../emulator/runtime';
import { APPROVAL_SHEET, ORDER_COLUMNS, ORDERS_SHEET, SETTINGS_SHEET, SHIPPING_SHEET, SheetSpec } from '../../src/sheets/schema';
import { NOW } from './pipeline-fixtures';

export const OWNER = 'owner@toko.test';
export const CS = 'dewi@toko.test';
export const FINANCE = 'rina@toko.test';
export const WAREHOUSE = 'agus@toko.test';
export const WAREHOUSE_MAIL = 'gudang@toko.test';

/** The column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 1-based column of each schema key on a sheet, found by header text or alias. */
export function headerColumns(rt: LocalRuntime, spec: SheetSpec): Map<string, number> {
  const header = (rt.workbook.values(spec.name)[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const columns = new Map<string, number>();
  for (const column of spec.columns) {
    const at = [column.header, ...(column.aliases ?? [])].map((h) => header.indexOf(h.toLowerCase())).find((i) => i >= 0);
    if (at !== undefined) columns.set(column.key, at + 1);
  }
  return columns;
}

/** The sheet's data rows as records keyed by schema key (blank rows skipped); Dates become epoch ms. */
export function recordsOf(rt: LocalRuntime, spec: SheetSpec): Array<Record<string, unknown>> {
  const values = rt.workbook.values(spec.name);
  const columns = headerColumns(rt, spec);
  return values.slice(1)
    .filter((row) => row.some((cell) => cell !== '' && cell !== null))
    .map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        const cell = row[column - 1];
        record[key] = cell instanceof Date ? cell.getTime() : cell;
      }
      return record;
    });
}

/** A person types rows below the last one of a sheet (each value as typed text); returns their row numbers. */
export function typeRows(rt: LocalRuntime, spec: SheetSpec, rows: ReadonlyArray<Record<string, string>>, user = OWNER): number[] {
  const columns = headerColumns(rt, spec);
  const width = Math.max(...columns.values());
  const first = rt.workbook.values(spec.name).length + 1;
  const grid = rows.map((row) => {
    const cells = new Array<string>(width).fill('');
    for (const [key, value] of Object.entries(row)) {
      const column = columns.get(key);
      if (column === undefined) throw new Error(`typeRows: no column ${key} on ${spec.name}`);
      cells[column - 1] = value;
    }
    return cells;
  });
  const needed = first + rows.length - 1;
  rt.run(() => {
    const sheet = rt.workbook.spreadsheet.getSheetByName(spec.name) as GoogleAppsScript.Spreadsheet.Sheet;
    if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  });
  rt.edit(spec.name, `A${first}:${columnLetter(width)}${needed}`, grid, user);
  return rows.map((_, i) => first + i);
}

/** A good order as CS types it; any column may be changed. */
export function typedOrder(changes: Record<string, string> = {}): Record<string, string> {
  return {
    customerName: 'Siti Aminah', phone: '0812-3456-7890', address: 'Jl. Melati 5, Bandung', channel: 'WA',
    items: 'KAOS-HTM-L x2, TOPI-01 x1', variantConfirmed: 'Ya', paymentMethod: 'Transfer', shippingCost: '18000', ...changes,
  };
}

/** Sets one scalar setting in Pengaturan (the row whose Pengaturan cell is `label`). */
export function setSetting(rt: LocalRuntime, label: string, value: string): void {
  const columns = headerColumns(rt, SETTINGS_SHEET);
  const values = rt.workbook.values(SETTINGS_SHEET.name);
  const key = columns.get('settingKey') as number;
  const row = values.findIndex((r) => String(r[key - 1]).trim().toLowerCase() === label.toLowerCase());
  if (row < 0) throw new Error(`setSetting: no setting ${label}`);
  rt.edit(SETTINGS_SHEET.name, `${columnLetter(columns.get('settingValue') as number)}${row + 1}`, [[value]]);
}

/** Lists the team in Pengaturan (Email Tim / Nama / Divisi), from row 2 down. */
export function setTeam(rt: LocalRuntime, team: ReadonlyArray<{ email: string; name: string; division: string }>): void {
  const columns = headerColumns(rt, SETTINGS_SHEET);
  for (const [i, member] of team.entries()) {
    const row = i + 2;
    for (const [key, value] of [['teamEmail', member.email], ['teamName', member.name], ['teamDivision', member.division]] as const) {
      rt.edit(SETTINGS_SHEET.name, `${columnLetter(columns.get(key) as number)}${row}`, [[value]]);
    }
  }
}

/** The packer ticks Dicek (Ya) on data rows of Gudang · Pengiriman after checking colour and count: the packing check before Tandai dikemas. */
export function tickChecked(rt: LocalRuntime, rowNumbers: readonly number[], user = OWNER): void {
  const column = headerColumns(rt, SHIPPING_SHEET).get('checked');
  if (column === undefined) throw new Error('tickChecked: Gudang · Pengiriman has no Dicek column');
  for (const row of rowNumbers) rt.edit(SHIPPING_SHEET.name, `${columnLetter(column)}${row}`, [['Ya']], user);
}

/** Selects data rows on a sheet (each number a whole row of the order columns). */
export function selectRows(rt: LocalRuntime, spec: SheetSpec, rowNumbers: readonly number[]): void {
  const last = columnLetter(Math.max(spec.columns.length, 1));
  // Consecutive rows are one block, as a person drags over them; others are added with Ctrl/Cmd-click.
  const blocks: Array<[number, number]> = [];
  for (const r of rowNumbers) {
    const block = blocks[blocks.length - 1];
    if (block && r === block[1] + 1) block[1] = r;
    else blocks.push([r, r]);
  }
  rt.workbook.select(spec.name, blocks.map(([from, to]) => `A${from}:${last}${to}`));
}

/** A shop after Toko → Setup by the owner, with a warehouse address; the call counter is reset. */
export function openShop(options: RuntimeOptions = {}): LocalRuntime {
  const rt = LocalRuntime.load({ now: NOW, owner: OWNER, ...options });
  rt.open();
  rt.clickMenu('Setup');
  setSetting(rt, 'Email gudang', WAREHOUSE_MAIL);
  rt.state.resetCallCounts();
  return rt;
}

/** The order IDs on an order sheet, top to bottom. */
export function orderIds(rt: LocalRuntime, spec: SheetSpec): string[] {
  return recordsOf(rt, spec).map((r) => String(r.orderId));
}

export { ORDER_COLUMNS };

/** Number formats as Setup gives them, for host-side bulk writes. */
function formatOf(format: string): string {
  return format === 'text' ? '@' : format === 'rupiah' ? '"Rp"#,##0' : format === 'date' ? 'dd MMM yyyy' : format === 'datetime' ? 'dd MMM yyyy HH:mm' : '0';
}

/**
 * Appends records to a sheet in one host-side block (for large test and benchmark sheets), in the
 * sheet's own column order; epoch ms in date columns become Dates. Returns the first row written.
 */
export function appendRecords(rt: LocalRuntime, spec: SheetSpec, records: ReadonlyArray<Record<string, string | number>>): number {
  if (records.length === 0) return rt.workbook.values(spec.name).length + 1;
  const columns = headerColumns(rt, spec);
  const width = Math.max(...columns.values());
  const first = rt.workbook.values(spec.name).length + 1;
  const keyAt = new Map([...columns].map(([key, column]) => [column, key]));
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  rt.run(() => {
    const sheet = rt.workbook.spreadsheet.getSheetByName(spec.name) as GoogleAppsScript.Spreadsheet.Sheet;
    const needed = first + records.length - 1;
    if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
    const range = sheet.getRange(first, 1, records.length, width);
    range.setNumberFormats(records.map(() => Array.from({ length: width }, (_, i) => formatOf(byKey.get(keyAt.get(i + 1) ?? '')?.format ?? 'text'))));
    range.setValues(records.map((record) => Array.from({ length: width }, (_, i) => {
      const key = keyAt.get(i + 1) ?? '';
      const value = record[key];
      const format = byKey.get(key)?.format;
      if (value === undefined) return '';
      return (format === 'date' || format === 'datetime') && typeof value === 'number' ? new Date(value) : value;
    })));
  });
  return first;
}

/** A confirmed order record as the sheets hold it (ID, normalised phone, totals, status). */
export function sheetOrder(orderId: string, changes: Record<string, string | number> = {}): Record<string, string | number> {
  return {
    orderId, orderDate: NOW, customerName: 'Pelanggan Lama', phone: '6281234567890', address: 'Jl. Kenanga 1, Depok', channel: 'Shopee',
    items: 'KAOS-HTM-L x1', variantConfirmed: 'Ya', paymentMethod: 'Transfer', paymentStatus: 'Lunas', shippingCost: 10000, discount: 0,
    subtotal: 85000, total: 95000, costOfGoods: 40000, fulfilment: 'Diterima', confirmedAt: NOW, ...changes,
  };
}

/** Fills the order sheets, the ledger, the stock and the Log with `rows` rows each, like a shop some months in. */
export function fillShop(rt: LocalRuntime, rows: number, sheets: { orders: SheetSpec[]; ledger: SheetSpec; stock: SheetSpec; log: SheetSpec }): void {
  const ids = Array.from({ length: rows }, (_, i) => i + 1);
  for (const [n, spec] of sheets.orders.entries()) {
    const status = ['Baru', 'Menunggu approval', 'Menunggu packing', 'Diterima'][n] ?? 'Diterima';
    appendRecords(rt, spec, ids.map((i) => sheetOrder(n === 0 ? '' : `OLD-${n}-${i}`, { fulfilment: status, customerName: `Pelanggan ${i}` })));
  }
  appendRecords(rt, sheets.ledger, ids.map((i) => ({ entryId: `PJ-OLD-${i}`, date: NOW, type: 'Pemasukan', category: 'Penjualan', amount: 95000, reference: `OLD-${i}`, note: '', by: OWNER })));
  appendRecords(rt, sheets.stock, ids.map((i) => ({ sku: `SKU-${i}`, name: `Produk ${i}`, variant: '', onHand: 10, reserved: 0, available: 10, reorderPoint: 2, costPrice: 10000, sellingPrice: 20000, orderTrail: '' })));
  appendRecords(rt, sheets.log, ids.map((i) => ({ at: NOW, user: OWNER, action: 'Konfirmasi pesanan', orderId: `OLD-${i}`, from: 'CS · Pesanan', to: 'Keuangan · Approval', details: '' })));
}

/** One paid order typed, confirmed and approved by the owner while the day's mail quota is spent: its packing list waits in Outbox. */
export function approveOneWithQuotaSpent(rt: LocalRuntime): void {
  const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas' })]);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', OWNER);
  selectRows(rt, APPROVAL_SHEET, [2]);
  rt.mailQuota.spend(100);
  rt.clickMenu('Approve order', OWNER);
}

/** Two orders confirmed and selected in Approval (TK-2611-0001 paid by transfer, TK-2611-0002 COD), call counts zeroed: ready for Approve order. */
export function confirmTwoForApproval(rt: LocalRuntime): LocalRuntime {
  const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas' }), typedOrder({ customerName: 'Budi Santoso', paymentMethod: 'COD', items: 'TOPI-01 x2' })]);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', OWNER);
  selectRows(rt, APPROVAL_SHEET, [2, 3]);
  rt.state.resetCallCounts();
  return rt;
}
