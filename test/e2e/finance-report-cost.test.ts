/**
 * What the monthly report reads, on the built bundle: only the columns it needs, so columns people add
 * cost nothing; only the rows of Gudang · Selesai that can matter to the three months, so years of
 * history closed before them cost three cells a row; and the same figures whatever the layout.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { DONE_SHEET, LEDGER_SHEET, ORDER_COLUMNS, SHIPPING_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { FINANCE_NOW, ORDERS, OWNER, seedShop, writeSheet } from './finance-fixtures';

const J = jakartaInstant;
const FIRST_OF_DECEMBER_7AM = J(2026, 12, 1, 7);

function shop(): LocalRuntime {
  const rt = LocalRuntime.load({ now: FINANCE_NOW });
  seedShop(rt);
  rt.open(OWNER);
  return rt;
}

/** Runs the monthly trigger on 1 December 07.00 WIB; returns its calls, its cells read, and the report's values. */
function reportOnSchedule(rt: LocalRuntime) {
  rt.state.setNow(FIRST_OF_DECEMBER_7AM);
  rt.state.resetCallCounts();
  rt.call('monthlyReportTrigger', [], { mode: 'time-trigger' });
  const counts = rt.callCounts();
  const report = rt.workbook.values('Laporan 2026-11').map((row) => row.map((cell) => (cell instanceof Date ? 'built at' : cell)));
  return { calls: counts.total, cellsRead: counts.cellsRead, report, failures: rt.failures };
}

/** Adds a column a person made at the end of a sheet, filled on every row. */
function addOwnColumn(rt: LocalRuntime, sheetName: string, header: string): void {
  const sheet = rt.workbook.spreadsheet.getSheetByName(sheetName)!;
  const column = sheet.getLastColumn() + 1;
  const rows = sheet.getLastRow();
  if (sheet.getMaxColumns() < column) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
  sheet.getRange(1, column, rows, 1).setValues([[header], ...Array.from({ length: rows - 1 }, (_, i) => [`catatan ${i + 1}`])]);
}

describe('the monthly report reads only what it needs (built bundle)', () => {
  it('columns people add to the order sheets, the cash book and the stock sheet cost no call, and no cell but their header in Selesai', () => {
    const plain = reportOnSchedule(shop());
    const rt = shop();
    for (const name of [DONE_SHEET.name, SHIPPING_SHEET.name, LEDGER_SHEET.name, STOCK_SHEET.name]) {
      addOwnColumn(rt, name, 'Catatan Internal');
      addOwnColumn(rt, name, 'Cek Manual');
    }

    const withOwnColumns = reportOnSchedule(rt);

    expect(withOwnColumns.failures).toEqual([]);
    expect(withOwnColumns.report).toEqual(plain.report);
    expect(withOwnColumns.calls).toBe(plain.calls);
    // Selesai's header row is read whole to find the columns (one cell per added column); no data cell of an added column is read.
    expect(withOwnColumns.cellsRead - plain.cellsRead).toBe(2);
    // 39 for the report itself (3 of them read Keuangan · Pembelian for the payables, 2 the month's targets in
    // Manajemen · Rencana; the cash book's Akun and Channel Iklan are one block apart from its other columns, so
    // Catatan and Oleh are not read), 1 for the spreadsheet link in its mail, 10 for the mail through the
    // transactional outbox, 1 for the lock's flush.
    expect(plain.calls).toBeLessThanOrEqual(51);
  });

  it('a year of orders closed before the three months costs three cells a row of Gudang · Selesai, and changes no figure', () => {
    const plain = reportOnSchedule(shop());
    const rt = shop();
    const blank = Object.fromEntries(ORDER_COLUMNS.map((c) => [c.key, '']));
    const lastYear = Array.from({ length: 500 }, (_, i) => ({
      ...blank, orderId: `TK-25-${i + 1}`, channel: 'WA', items: 'KAOS-HTM-L x1', paymentMethod: i % 3 === 0 ? 'COD' : 'Transfer', paymentStatus: 'Lunas',
      subtotal: 85000, shippingCost: 10000, total: 95000, costOfGoods: 40000, fulfilment: 'Diterima', customerName: 'Dewi', address: 'Jl. Kenanga 1',
      approvedAt: J(2025, 11, 1) + i * 3600000, shippedAt: J(2025, 11, 2) + i * 3600000, deliveredAt: J(2025, 11, 4) + i * 3600000,
    }));
    writeSheet(rt.workbook.spreadsheet, DONE_SHEET, [...lastYear, ...ORDERS.done]);

    const withHistory = reportOnSchedule(rt);

    expect(withHistory.report).toEqual(plain.report);
    expect(withHistory.calls).toBe(plain.calls);
    expect(withHistory.cellsRead - plain.cellsRead).toBeLessThanOrEqual(3 * 500);
  });

  it('with the order sheets’ columns moved by a person, the figures are the same', () => {
    const plain = reportOnSchedule(shop());
    const rt = shop();
    for (const name of [DONE_SHEET.name, SHIPPING_SHEET.name, LEDGER_SHEET.name, STOCK_SHEET.name]) {
      rt.workbook.spreadsheet.getSheetByName(name)!.insertColumnsBefore(2, 2);
    }

    const moved = reportOnSchedule(rt);

    expect(moved.failures).toEqual([]);
    expect(moved.report).toEqual(plain.report);
  });
});
