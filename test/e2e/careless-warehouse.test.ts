/**
 * The warehouse's two new checks in a careless team's hands, on the built bundle: Stock opname (counts in
 * Gudang · Stok) and the packing check (Dicek before Tandai dikemas) — a sorted sheet, a deleted row, odd
 * spellings, a click twice, the wrong person, an older sheet without the new columns.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET } from '../../src/sheets/schema';
import { CS, columnLetter, FINANCE, headerColumns, openShop, orderIds, OWNER, recordsOf, selectRows, setTeam, typedOrder, typeRows, WAREHOUSE } from './pipeline-shop';
import { everything, lastMessage, shopWithTeam, TEAM } from './careless-kit';


/** A person types one cell of a data row, found by its column's header. */
function typeCell(rt: LocalRuntime, spec: SheetSpec, key: string, row: number, value: string, user = WAREHOUSE): void {
  rt.edit(spec.name, `${columnLetter(headerColumns(rt, spec).get(key) as number)}${row}`, [[value]], user);
}
const rowOfSku = (rt: LocalRuntime, sku: string) => recordsOf(rt, STOCK_SHEET).findIndex((r) => r.sku === sku) + 2;
const rowOfOrder = (rt: LocalRuntime, id: string) => orderIds(rt, SHIPPING_SHEET).indexOf(id) + 2;
const onHand = (rt: LocalRuntime, sku: string) => recordsOf(rt, STOCK_SHEET).find((r) => r.sku === sku)?.onHand;

/** A person deletes a whole column by hand (a shop from before the column, or someone tidying up). */
function deleteColumn(rt: LocalRuntime, spec: SheetSpec, key: string): void {
  const column = headerColumns(rt, spec).get(key) as number;
  rt.run(() => (rt.workbook.spreadsheet.getSheetByName(spec.name) as GoogleAppsScript.Spreadsheet.Sheet).deleteColumn(column), { user: OWNER });
}

/** Two orders confirmed and approved: their IDs, in Gudang · Pengiriman. */
function twoToPack(rt: LocalRuntime): string[] {
  const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas' }), typedOrder({ customerName: 'Budi Santoso', phone: '0813-1111-2222', items: 'TOPI-01 x2', paymentMethod: 'COD' })]);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', CS);
  selectRows(rt, APPROVAL_SHEET, [2, 3]);
  rt.clickMenu('Approve order', FINANCE);
  return orderIds(rt, SHIPPING_SHEET);
}

describe('Stock opname in a careless team\'s hands', () => {
  it('Gudang · Stok sorted by hand after the counts were typed: each count still lands on its own SKU', () => {
    const rt = shopWithTeam();
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'KAOS-HTM-L'), '19');
    typeCell(rt, STOCK_SHEET, 'countReason', rowOfSku(rt, 'KAOS-HTM-L'), 'Rusak');
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'TOPI-01'), '10');
    const [header, ...rows] = rt.workbook.values(STOCK_SHEET.name);
    const sku = header.indexOf('SKU');
    rt.run(() => {
      const sheet = rt.workbook.spreadsheet.getSheetByName(STOCK_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange(2, 1, rows.length, header.length).setValues([...rows].sort((a, b) => String(b[sku]).localeCompare(String(a[sku]))) as unknown[][]);
    }, { user: OWNER });

    rt.clickMenu('Stock opname', WAREHOUSE);

    expect([onHand(rt, 'KAOS-HTM-L'), onHand(rt, 'KAOS-PTH-M'), onHand(rt, 'TOPI-01')]).toEqual([19, 15, 10]);
    expect(recordsOf(rt, LEDGER_SHEET).map((e) => `${e.entryId} ${e.amount}`)).toEqual(['SO-KAOS-HTM-L-1 40000']);
  });

  it('a counted SKU row deleted by hand before the click: the other counts are booked, the deleted one nowhere', () => {
    const rt = shopWithTeam();
    for (const [skuName, count] of [['KAOS-HTM-L', '18'], ['TOPI-01', '9']]) {
      typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, skuName), count);
      typeCell(rt, STOCK_SHEET, 'countReason', rowOfSku(rt, skuName), 'Hilang');
    }
    rt.run(() => (rt.workbook.spreadsheet.getSheetByName(STOCK_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet).deleteRow(rowOfSku(rt, 'KAOS-HTM-L')), { user: OWNER });

    rt.clickMenu('Stock opname', WAREHOUSE);

    expect(onHand(rt, 'TOPI-01')).toBe(9);
    expect(recordsOf(rt, LEDGER_SHEET).map((e) => e.entryId)).toEqual(['SO-TOPI-01-1']);
  });

  it('odd spellings of the reason and a count with spaces are read; a count with a unit is refused naming the row', () => {
    const rt = shopWithTeam();
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'KAOS-HTM-L'), ' 21 ');
    typeCell(rt, STOCK_SHEET, 'countReason', rowOfSku(rt, 'KAOS-HTM-L'), 'SALAH-HITUNG');
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'TOPI-01'), '9 pcs');
    typeCell(rt, STOCK_SHEET, 'countReason', rowOfSku(rt, 'TOPI-01'), 'hilang');
    const before = everything(rt);

    rt.clickMenu('Stock opname', WAREHOUSE);

    expect(lastMessage(rt)).toContain(`Baris ${rowOfSku(rt, 'TOPI-01')} (TOPI-01): Hasil Hitung "9 pcs" bukan angka bulat`);
    expect(everything(rt)).toEqual(before);

    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'TOPI-01'), '9');
    rt.clickMenu('Stock opname', WAREHOUSE);

    expect([onHand(rt, 'KAOS-HTM-L'), onHand(rt, 'TOPI-01')]).toEqual([21, 9]);
  });

  it('clicked twice: the second click says nothing is counted, and the loss is booked once', () => {
    const rt = shopWithTeam();
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'TOPI-01'), '8');
    typeCell(rt, STOCK_SHEET, 'countReason', rowOfSku(rt, 'TOPI-01'), 'Rusak');

    rt.clickMenu('Stock opname', WAREHOUSE);
    rt.clickMenu('Stock opname', WAREHOUSE);

    expect(lastMessage(rt)).toContain('Belum ada Hasil Hitung');
    expect(recordsOf(rt, LEDGER_SHEET).map((e) => `${e.entryId} ${e.amount}`)).toEqual(['SO-TOPI-01-1 40000']);
  });

  it('CS clicks Stock opname: refused as the warehouse\'s menu, nothing changes', () => {
    const rt = shopWithTeam();
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'TOPI-01'), '8', OWNER);
    typeCell(rt, STOCK_SHEET, 'countReason', rowOfSku(rt, 'TOPI-01'), 'Rusak', OWNER);
    const before = everything(rt);

    rt.clickMenu('Stock opname', CS);

    expect(lastMessage(rt)).toContain('Stock opname hanya untuk divisi Gudang');
    expect(everything(rt)).toEqual(before);
  });

  it('a stock sheet from before stock opname (no Hasil Hitung column): told to run Setup; after Setup the count works', () => {
    const rt = shopWithTeam();
    deleteColumn(rt, STOCK_SHEET, 'countReason');
    deleteColumn(rt, STOCK_SHEET, 'countedQty');

    rt.clickMenu('Stock opname', WAREHOUSE);
    expect(lastMessage(rt)).toContain('Jalankan Toko → Setup sekali');

    rt.clickMenu('Setup', OWNER);
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOfSku(rt, 'TOPI-01'), '10');
    rt.clickMenu('Stock opname', WAREHOUSE);
    expect(lastMessage(rt)).toContain('TOPI-01: 10, cocok dengan Stok Fisik');
  });
});

describe('the packing check in a careless team\'s hands', () => {
  it('Gudang · Pengiriman sorted after Dicek was ticked: the tick travels with its order, so only that order is packed', () => {
    const rt = shopWithTeam();
    const [siti, budi] = twoToPack(rt);
    typeCell(rt, SHIPPING_SHEET, 'checked', rowOfOrder(rt, budi), 'Ya');
    const [header, ...rows] = rt.workbook.values(SHIPPING_SHEET.name);
    const id = header.indexOf('ID Pesanan');
    rt.run(() => {
      const sheet = rt.workbook.spreadsheet.getSheetByName(SHIPPING_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange(2, 1, rows.length, header.length).setValues([...rows].sort((a, b) => String(b[id]).localeCompare(String(a[id]))) as unknown[][]);
    }, { user: OWNER });

    selectRows(rt, SHIPPING_SHEET, [2, 3]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);

    const status = Object.fromEntries(recordsOf(rt, SHIPPING_SHEET).map((r) => [r.orderId, r.fulfilment]));
    expect(status).toEqual({ [siti]: 'Menunggu packing', [budi]: 'Sudah dikemas' });
    expect(lastMessage(rt)).toContain(`(${siti}): belum dicek`);
  });

  it('odd ticks (ya, Y, sudah, ✓) count as checked; Belum does not', () => {
    const rt = shopWithTeam();
    const [siti, budi] = twoToPack(rt);
    typeCell(rt, SHIPPING_SHEET, 'checked', rowOfOrder(rt, siti), ' ya ');
    typeCell(rt, SHIPPING_SHEET, 'checked', rowOfOrder(rt, budi), 'Belum');

    selectRows(rt, SHIPPING_SHEET, [2, 3]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
    expect(recordsOf(rt, SHIPPING_SHEET).map((r) => r.fulfilment)).toEqual(['Sudah dikemas', 'Menunggu packing']);

    typeCell(rt, SHIPPING_SHEET, 'checked', rowOfOrder(rt, budi), '✓');
    selectRows(rt, SHIPPING_SHEET, [3]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
    expect(recordsOf(rt, SHIPPING_SHEET).map((r) => r.fulfilment)).toEqual(['Sudah dikemas', 'Sudah dikemas']);
  });

  it('Dicek typed Ya by CS before confirming does not reach the warehouse: the order arrives unticked and waits for the packer', () => {
    const rt = shopWithTeam();
    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas', checked: 'Ya' })]);
    selectRows(rt, ORDERS_SHEET, rows);
    rt.clickMenu('Konfirmasi pesanan', CS);
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order', FINANCE);

    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);

    expect(recordsOf(rt, SHIPPING_SHEET)[0]).toMatchObject({ checked: '', fulfilment: 'Menunggu packing' });
  });

  it('clicked twice after packing: the second click says already packed and changes nothing', () => {
    const rt = shopWithTeam();
    const [siti] = twoToPack(rt);
    typeCell(rt, SHIPPING_SHEET, 'checked', rowOfOrder(rt, siti), 'Ya');
    selectRows(rt, SHIPPING_SHEET, [rowOfOrder(rt, siti)]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
    const before = everything(rt);

    selectRows(rt, SHIPPING_SHEET, [rowOfOrder(rt, siti)]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);

    expect(lastMessage(rt)).toContain('sudah dikemas sebelumnya');
    expect(everything(rt)).toEqual(before);
  });

  it('a Pengiriman sheet without the Dicek column (Setup not rerun): orders are packed as before, with a note to run Setup; after Setup the check applies', () => {
    const rt = shopWithTeam();
    const [siti, budi] = twoToPack(rt);
    deleteColumn(rt, SHIPPING_SHEET, 'checked');

    rt.workbook.select(SHIPPING_SHEET.name, [`A${rowOfOrder(rt, siti)}:C${rowOfOrder(rt, siti)}`]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
    expect(lastMessage(rt)).toContain('Kolom Dicek belum ada di Gudang · Pengiriman');
    expect(recordsOf(rt, SHIPPING_SHEET).find((r) => r.orderId === siti)?.fulfilment).toBe('Sudah dikemas');

    rt.clickMenu('Setup', OWNER);
    selectRows(rt, SHIPPING_SHEET, [rowOfOrder(rt, budi)]);
    rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
    expect(lastMessage(rt)).toContain(`(${budi}): belum dicek`);
  });
});
