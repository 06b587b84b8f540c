/**
 * What the shop team sees, on the built bundle: after Setup, after a day in which every order action and
 * the cash book append rows, after a sort and a row deleted by hand, every data row of every sheet still
 * has its column's dropdown and number format; every column is wide enough for its header and for the IDs
 * and e-mail addresses it holds; and the sheets carry no leftovers or confusions (issue 13, items 1, 3, 4).
 */
import { LocalRuntime } from '../../emulator/runtime';
import { DEFAULT_COURIERS } from '../../src/domain/settings';
import {
  ALL_SHEETS, APPROVAL_SHEET, ColumnSpec, DONE_SHEET, LEDGER_CATEGORIES, LEDGER_SHEET, LOG_SHEET, ORDER_COLUMNS, ORDERS_SHEET, OUTBOX_SHEET, PURCHASES_SHEET,
  SETTINGS_BLOCKS, SETTINGS_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET,
} from '../../src/sheets/schema';
import { numberFormatFor } from '../../src/sheets/table';
import { columnLetter, FINANCE, headerColumns, OWNER, openShop, orderIds, recordsOf, selectRows, tickChecked, typedOrder, typeRows } from './pipeline-shop';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const sheetOf = (rt: LocalRuntime, name: string): Sheet => rt.workbook.spreadsheet.getSheetByName(name) as Sheet;

/** The dropdown values a column must offer on every data row, or undefined when it has none. */
function dropdownOf(spec: SheetSpec, column: ColumnSpec): readonly string[] | undefined {
  if (spec.columns === ORDER_COLUMNS && column.key === 'courier') return DEFAULT_COURIERS.map((c) => c.name);
  if (spec === LEDGER_SHEET && column.key === 'category') return LEDGER_CATEGORIES;
  return column.choices?.filter((c) => c !== '');
}

/** Every data row (2 to the last with content) where a column lacks its number format or dropdown: `sheet row key: what`. */
function unformattedCells(rt: LocalRuntime, spec: SheetSpec): string[] {
  const columns = headerColumns(rt, spec);
  return rt.run(() => {
    const sheet = sheetOf(rt, spec.name);
    const last = sheet.getLastRow();
    if (last < 2) return [];
    const problems: string[] = [];
    for (const column of spec.columns) {
      const range = sheet.getRange(2, columns.get(column.key) as number, last - 1, 1);
      const formats = range.getNumberFormats();
      const rules = range.getDataValidations();
      const wanted = dropdownOf(spec, column);
      for (let i = 0; i < last - 1; i++) {
        if (formats[i][0] !== numberFormatFor(column.format)) problems.push(`${spec.name} ${i + 2} ${column.key}: format ${formats[i][0]}`);
        const offered = rules[i][0]?.getCriteriaValues()[0] as string[] | undefined;
        if (wanted && JSON.stringify(offered) !== JSON.stringify([...wanted])) problems.push(`${spec.name} ${i + 2} ${column.key}: dropdown ${JSON.stringify(offered)}`);
      }
    }
    return problems;
  });
}

/** The width a text needs in Arial 10 (our own estimate, independent of the product's): bold headers, plain values. */
const headerNeeds = (text: string): number => 7 * text.length + 16;
const valueNeeds = (text: string): number => 6.5 * text.length + 12;

/** Columns holding identifiers and e-mail addresses that must show whole (free text may wrap or be cut). */
const IDENTIFIER_KEYS = new Set(['orderId', 'entryId', 'reference', 'poId', 'user', 'action', 'by', 'updatedBy', 'assignedCs', 'supplierEmail', 'teamEmail', 'from', 'to', 'mailId', 'sku', 'status']);

/** Every column too narrow for its header text, or for an identifier it holds: `sheet column: width < need (text)`. */
function narrowColumns(rt: LocalRuntime, spec: SheetSpec): string[] {
  const values = rt.workbook.values(spec.name);
  const header = values[0] ?? [];
  const columns = headerColumns(rt, spec);
  return rt.run(() => {
    const sheet = sheetOf(rt, spec.name);
    const problems: string[] = [];
    header.forEach((text, i) => {
      if (String(text) === '') return;
      const width = sheet.getColumnWidth(i + 1);
      if (width < headerNeeds(String(text))) problems.push(`${spec.name} ${text}: ${width} < ${headerNeeds(String(text))}`);
    });
    for (const [key, column] of columns) {
      if (!IDENTIFIER_KEYS.has(key)) continue;
      const width = sheet.getColumnWidth(column);
      for (const row of values.slice(1)) {
        const text = String(row[column - 1] ?? '');
        if (width < valueNeeds(text)) problems.push(`${spec.name} ${key} "${text}": ${width} < ${valueNeeds(text)}`);
      }
    }
    return problems;
  });
}

/** A day at the shop: orders typed, confirmed, one rejected, approved, packed, shipped, delivered, one cancelled, stock received. */
function aDayAtTheShop(rt: LocalRuntime): void {
  const typed = typeRows(rt, ORDERS_SHEET, [
    typedOrder({ customerName: 'Siti Aminah', paymentStatus: 'Lunas', courier: 'JNE', trackingNumber: 'JNE0001' }),
    typedOrder({ customerName: 'Budi Santoso', paymentMethod: 'COD', courier: 'J&T', trackingNumber: 'JT0002', items: 'TOPI-01 x1' }),
    typedOrder({ customerName: 'Citra Lestari', paymentStatus: 'Lunas', courier: 'SiCepat', items: 'KAOS-PTH-M x1' }),
    typedOrder({ customerName: 'Dedi Kurniawan', items: 'KAOS-PTH-M x2' }),
    typedOrder({ customerName: 'Eka Putri', paymentStatus: 'Lunas', items: 'TOPI-01 x2' }),
  ]);
  selectRows(rt, ORDERS_SHEET, typed);
  rt.clickMenu('Konfirmasi pesanan');
  expect(orderIds(rt, APPROVAL_SHEET)).toHaveLength(5);

  rt.workbook.answerNext({ button: 'OK', text: 'Alamat tidak lengkap' });
  selectRows(rt, APPROVAL_SHEET, [5]); // Dedi
  rt.clickMenu('Tolak pesanan');
  selectRows(rt, APPROVAL_SHEET, [2, 3, 4, 5]);
  rt.clickMenu('Approve order');
  expect(orderIds(rt, SHIPPING_SHEET)).toHaveLength(4);

  tickChecked(rt, [3]);
  selectRows(rt, SHIPPING_SHEET, [3]);
  rt.clickMenu('Tandai dikemas (packing)');
  selectRows(rt, SHIPPING_SHEET, [2, 3]);
  rt.clickMenu('Tandai dikirim (resi)');
  selectRows(rt, SHIPPING_SHEET, [2, 3]);
  rt.clickMenu('Tandai diterima');
  rt.workbook.answerNext({ button: 'OK', text: 'Pelanggan minta batal' });
  selectRows(rt, SHIPPING_SHEET, [3]);
  rt.clickMenu('Batalkan pesanan');

  const [po] = typeRows(rt, PURCHASES_SHEET, [{ poId: 'PO-2611-001', supplier: 'CV Kain Jaya', supplierEmail: 'penjualan@kainjaya.test', sku: 'KAOS-HTM-L', quantity: '10', unitCost: '41000', status: 'Dipesan' }]);
  rt.workbook.select(PURCHASES_SHEET.name, `A${po}`);
  rt.clickMenu('Toko > Terima stok', FINANCE);
}

/** Someone sorts a sheet's data rows by its first column, Z to A (values move; every row is formatted alike, so formats need not). */
function sortByHand(rt: LocalRuntime, spec: SheetSpec): void {
  const [header, ...rows] = rt.workbook.values(spec.name);
  const sorted = rows.filter((row) => row.some((cell) => cell !== '')).sort((a, b) => String(b[0]).localeCompare(String(a[0])));
  rt.run(() => sheetOf(rt, spec.name).getRange(2, 1, sorted.length, header.length).setValues(sorted as unknown[][]), { user: OWNER });
}

/** Someone deletes a whole row by hand. */
function deleteRowByHand(rt: LocalRuntime, spec: SheetSpec, row: number): void {
  rt.run(() => sheetOf(rt, spec.name).deleteRow(row), { user: OWNER });
}

const CHECKED = [ORDERS_SHEET, APPROVAL_SHEET, LEDGER_SHEET, PURCHASES_SHEET, STOCK_SHEET, SHIPPING_SHEET, DONE_SHEET, LOG_SHEET, OUTBOX_SHEET];

describe('every data row keeps its dropdown and number format', () => {
  it('after Setup, a day of every order action, the cash book, a sort and a row deleted by hand, then more orders', () => {
    const rt = openShop();

    aDayAtTheShop(rt);
    sortByHand(rt, SHIPPING_SHEET);
    sortByHand(rt, LEDGER_SHEET);
    deleteRowByHand(rt, LEDGER_SHEET, 3);
    deleteRowByHand(rt, DONE_SHEET, 2);
    const [more] = typeRows(rt, ORDERS_SHEET, [typedOrder({ customerName: 'Fajar Nugroho', paymentStatus: 'Lunas' })]);
    selectRows(rt, ORDERS_SHEET, [more]);
    rt.clickMenu('Konfirmasi pesanan');

    expect(rt.failures).toEqual([]);
    expect(recordsOf(rt, LEDGER_SHEET).length).toBeGreaterThanOrEqual(3);
    expect(recordsOf(rt, DONE_SHEET).length).toBeGreaterThanOrEqual(1);
    expect(CHECKED.flatMap((spec) => unformattedCells(rt, spec))).toEqual([]);
  });

  it("Keuangan · Approval's first orders have the Status Bayar dropdown, and no row under the header takes its bold grey", () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    selectRows(rt, ORDERS_SHEET, [row]);

    rt.clickMenu('Konfirmasi pesanan');

    const status = headerColumns(rt, APPROVAL_SHEET).get('paymentStatus') as number;
    const cell = rt.run(() => sheetOf(rt, APPROVAL_SHEET.name).getRange(2, status));
    expect(rt.run(() => cell.getDataValidation()?.getCriteriaValues()[0])).toEqual(['Belum bayar', 'Lunas', 'Refund']);
    expect(rt.run(() => cell.getFontWeight())).not.toBe('bold');
  });

  it('on a spreadsheet where an earlier Toko inserted orders under the header, Setup makes those rows plain and gives them their dropdowns', () => {
    const rt = openShop();
    rt.run(() => {
      const approval = sheetOf(rt, APPROVAL_SHEET.name);
      approval.insertRowsAfter(1, 2); // what appends did before: the rows take the header's bold grey, no dropdown
      approval.getRange(2, 1, 2, 1).setValues([['TK-2611-0001'], ['TK-2611-0002']]);
    });
    expect(unformattedCells(rt, APPROVAL_SHEET)).not.toEqual([]);

    rt.clickMenu('Setup');

    expect(unformattedCells(rt, APPROVAL_SHEET)).toEqual([]);
    expect(rt.run(() => sheetOf(rt, APPROVAL_SHEET.name).getRange('A2:B3').getFontWeights())).toEqual([['normal', 'normal'], ['normal', 'normal']]);
    expect(rt.run(() => sheetOf(rt, APPROVAL_SHEET.name).getRange('A3').getBackground())).toBe('#ffffff');
  });

  it('a sheet full to its last row grows below it, and the new rows take a data row’s dropdown, not the header’s style', () => {
    const rt = openShop();
    rt.run(() => {
      const approval = sheetOf(rt, APPROVAL_SHEET.name);
      approval.deleteRows(3, approval.getMaxRows() - 2); // one prepared data row left
    });
    const typed = typeRows(rt, ORDERS_SHEET, [typedOrder(), typedOrder({ customerName: 'Budi' }), typedOrder({ customerName: 'Citra' })]);
    selectRows(rt, ORDERS_SHEET, typed);

    rt.clickMenu('Konfirmasi pesanan');

    expect(orderIds(rt, APPROVAL_SHEET)).toHaveLength(3);
    expect(unformattedCells(rt, APPROVAL_SHEET)).toEqual([]);
  });
});

describe('every column shows its header and its identifiers whole', () => {
  it('after Setup and a day at the shop', () => {
    const rt = openShop();

    aDayAtTheShop(rt);

    expect([...ALL_SHEETS].flatMap((spec) => narrowColumns(rt, spec))).toEqual([]);
  });
});

describe('no leftovers, no confusions', () => {
  it("a new Toko spreadsheet has no empty Sheet1, and its tabs go CS, Keuangan, Gudang, then Pengaturan, Log and Outbox", () => {
    const rt = openShop();

    expect(rt.workbook.sheetNames()).toEqual(ALL_SHEETS.map((spec) => spec.name));
  });

  it('Setup keeps a first sheet someone already wrote in, and puts it after the divisions’ sheets', () => {
    const rt = LocalRuntime.load({ owner: OWNER });
    rt.edit('Sheet1', 'A1', [['catatan saya']]);
    rt.open();

    rt.clickMenu('Setup');

    const names = rt.workbook.sheetNames();
    expect(names).toContain('Sheet1');
    expect(names.slice(-4)).toEqual(['Sheet1', SETTINGS_SHEET.name, LOG_SHEET.name, OUTBOX_SHEET.name]);
  });

  it('Gudang · Stok says Di-booking for stock held by customers’ orders; an old sheet’s Dipesan column is renamed in place, its numbers kept', () => {
    const rt = openShop();
    const reserved = headerColumns(rt, STOCK_SHEET).get('reserved') as number;
    expect(rt.workbook.values(STOCK_SHEET.name)[0][reserved - 1]).toBe('Di-booking');
    rt.edit(STOCK_SHEET.name, `${columnLetter(reserved)}1:${columnLetter(reserved)}2`, [['Dipesan'], ['3']]);

    rt.clickMenu('Setup');

    const after = rt.workbook.values(STOCK_SHEET.name);
    expect(after[0].filter((h) => h === 'Di-booking' || h === 'Dipesan')).toEqual(['Di-booking']);
    expect(after[1][reserved - 1]).toBe(3);
  });

  it('Tersedia follows Stok Fisik edited by hand, and stays a formula after Toko writes the row', () => {
    const rt = openShop();
    const columns = headerColumns(rt, STOCK_SHEET);
    const onHand = columnLetter(columns.get('onHand') as number);
    const available = () => recordsOf(rt, STOCK_SHEET).find((r) => r.sku === 'KAOS-HTM-L')?.available;

    rt.edit(STOCK_SHEET.name, `${onHand}2`, [['25']]);
    expect(available()).toBe(25);
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');
    rt.edit(STOCK_SHEET.name, `${onHand}2`, [['30']]);

    expect(available()).toBe(28);
    const formula = rt.run(() => sheetOf(rt, STOCK_SHEET.name).getRange(2, columns.get('available') as number).getFormula());
    expect(formula).toMatch(/^=[A-Z]+2-[A-Z]+2$/);
  });

  it('Jejak Pesanan is kept but hidden, with a note on its header saying what it is', () => {
    const rt = openShop();
    const trail = headerColumns(rt, STOCK_SHEET).get('orderTrail') as number;

    const [hidden, note] = rt.run(() => {
      const stock = sheetOf(rt, STOCK_SHEET.name);
      return [stock.isColumnHiddenByUser(trail), stock.getRange(1, trail).getNote()];
    });

    expect(hidden).toBe(true);
    expect(note).toContain('disembunyikan');
  });

  it('Pengaturan gives each table a title with an empty column of room, and Bahasa and Kirim PO ke supplier a dropdown', () => {
    const rt = openShop();
    const [header] = rt.workbook.values(SETTINGS_SHEET.name);
    const columns = headerColumns(rt, SETTINGS_SHEET);
    const values = rt.workbook.values(SETTINGS_SHEET.name);
    const key = (columns.get('settingKey') as number) - 1;
    const rowOf = (label: string) => values.findIndex((r) => r[key] === label) + 1;
    const value = columns.get('settingValue') as number;

    for (const block of SETTINGS_BLOCKS) {
      const title = header.indexOf(block.title);
      expect(title).toBeGreaterThanOrEqual(0);
      expect(header[title + 1]).toBe(SETTINGS_SHEET.columns.find((c) => c.key === block.keys[0])?.header);
      expect(values.slice(1).every((row) => row[title] === '')).toBe(true);
    }
    const dropdown = (label: string) => rt.run(() => sheetOf(rt, SETTINGS_SHEET.name).getRange(rowOf(label), value).getDataValidation()?.getCriteriaValues()[0]);
    expect(dropdown('Bahasa')).toEqual(['Indonesia', 'English']);
    expect(dropdown('Kirim PO ke supplier')).toEqual(['Ya', 'Tidak']);
    expect(dropdown('Nama toko')).toBeUndefined();
  });

  it('an existing Pengaturan with its tables glued together gets the titles inserted as new columns, every setting kept', () => {
    const rt = openShop();
    rt.run(() => {
      const settings = sheetOf(rt, SETTINGS_SHEET.name);
      for (const title of [...SETTINGS_BLOCKS].reverse().map((b) => b.title)) {
        settings.deleteColumn(rt.workbook.values(SETTINGS_SHEET.name)[0].indexOf(title) + 1); // the layout before titles
      }
    });
    const before = recordsOf(rt, SETTINGS_SHEET);

    rt.clickMenu('Setup');

    const [header] = rt.workbook.values(SETTINGS_SHEET.name);
    expect(SETTINGS_BLOCKS.map((b) => header[header.indexOf(b.title) + 1])).toEqual(['Pengaturan', 'Email Tim', 'Kurir', 'Kategori Kas', 'Jenis Komplain', 'Marketplace']);
    expect(recordsOf(rt, SETTINGS_SHEET)).toEqual(before);
  });
});
