/**
 * What the COD risk flag costs Konfirmasi pesanan, on the built bundle: one read of the COD tally's fixed
 * block (Gudang · Rekap COD), whatever the history — the same service calls and cells with 200 or 2,000
 * closed orders in Gudang · Selesai and 20 or 2,000 COD returns and deliveries in the tally.
 */
import { emptyTally, jakartaDay, recordCodOutcomes, tallyToGrid } from '../../src/domain/cod-tally';
import { APPROVAL_SHEET, COD_TALLY_SHEET, DONE_SHEET, ORDERS_SHEET } from '../../src/sheets/schema';
import { NOW } from './pipeline-fixtures';
import { appendRecords, openShop, recordsOf, selectRows, sheetOrder, typedOrder, typeRows } from './pipeline-shop';

/** Konfirmasi pesanan of 10 COD orders in a shop with `history` closed orders and `endings` COD endings tallied; its cost and the flags. */
function confirmTen(history: number, endings: number) {
  const rt = openShop();
  appendRecords(rt, DONE_SHEET, Array.from({ length: history }, (_, i) => sheetOrder(`OLD-${i}`, { paymentMethod: 'COD' })));
  const outcomes = Array.from({ length: endings }, (_, i) => ({ orderId: `OLD-${i}`, kind: i % 4 === 0 ? 'returned' as const : 'delivered' as const, phone: `62811${String(i).padStart(7, '0')}`, city: i % 2 ? 'bandung' : 'medan', day: jakartaDay(NOW) - (i % 80) }));
  const tally = recordCodOutcomes(emptyTally(), outcomes, jakartaDay(NOW)).tally;
  rt.run(() => {
    const sheet = rt.workbook.spreadsheet.insertSheet(COD_TALLY_SHEET.name);
    if (sheet.getMaxRows() < 501) sheet.insertRowsAfter(sheet.getMaxRows(), 501 - sheet.getMaxRows());
    sheet.getRange(1, 1, 501, 3).setValues([COD_TALLY_SHEET.columns.map((c) => c.header), ...tallyToGrid(tally)]);
  });
  // A first confirmation sets the shop's order-ID counter (the first one ever looks for the highest ID once).
  selectRows(rt, ORDERS_SHEET, typeRows(rt, ORDERS_SHEET, [typedOrder({ items: 'TOPI-01 x1' })]));
  rt.clickMenu('Konfirmasi pesanan');
  const rows = typeRows(rt, ORDERS_SHEET, Array.from({ length: 10 }, (_, i) => typedOrder({ paymentMethod: 'COD', items: 'TOPI-01 x1', phone: `0811${String(i * 4).padStart(7, '0')}` })));
  selectRows(rt, ORDERS_SHEET, rows);
  rt.state.resetCallCounts();
  rt.clickMenu('Konfirmasi pesanan');
  const counts = rt.state.callCounts();
  if (process.env.COD_COST) console.log(history, endings, counts.total, counts.cellsRead);
  return { calls: counts.total, cells: counts.cellsRead, flagged: recordsOf(rt, APPROVAL_SHEET).filter((r) => r.codRisk !== '' && r.codRisk !== undefined).length };
}

describe('the COD risk flag’s cost at Konfirmasi pesanan', () => {
  it('is the same service calls and cells read with 200 or 2,000 closed orders and 20 or 2,000 tallied COD endings', () => {
    const small = confirmTen(200, 20);
    const large = confirmTen(2_000, 2_000);

    expect(small.flagged).toBeGreaterThan(0);
    expect(large.flagged).toBeGreaterThan(0);
    expect({ calls: large.calls, cells: large.cells }).toEqual({ calls: small.calls, cells: small.cells });
  });
});
