/** What Table's reads and writes cost and keep, on the local runtime's Spreadsheet service. */
import { LocalRuntime } from '../../emulator/runtime';
import { SheetSpec } from './schema';
import { Table } from './table';

/** A small sheet of ours: an ID, a count, an order trail and a resi. */
const PARCELS: SheetSpec<'id' | 'count' | 'trail' | 'resi'> = {
  name: 'Paket',
  division: 'Gudang',
  tabColor: '#000000',
  columns: [
    { key: 'id', header: 'ID', format: 'text' },
    { key: 'count', header: 'Jumlah', format: 'integer' },
    { key: 'trail', header: 'Jejak', format: 'text' },
    { key: 'resi', header: 'Resi', format: 'text' },
  ],
};

let rt: LocalRuntime;
let restore: () => void;
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

/** A sheet of `rows` parcels with `maxRows` grid rows, written through the service before counting starts. */
function parcels(rows: number, maxRows: number): void {
  rt.run(() => {
    const sheet = ss().insertSheet(PARCELS.name);
    if (sheet.getMaxRows() > maxRows) sheet.deleteRows(maxRows + 1, sheet.getMaxRows() - maxRows);
    sheet.getRange(1, 1, maxRows, 4).setNumberFormat('@');
    sheet.getRange(1, 1, 1, 4).setValues([PARCELS.columns.map((c) => c.header)]);
    sheet.setFrozenRows(1);
    if (rows) sheet.getRange(2, 1, rows, 4).setValues(Array.from({ length: rows }, (_, i) => [`TK-2611-${String(i + 1).padStart(4, '0')}`, 1, '', '']));
  });
  rt.state.resetCallCounts();
}
const calls = (method: string) => rt.callCounts().byMethod[method] ?? 0;

beforeEach(() => {
  rt = LocalRuntime.create();
  restore = rt.installGlobals();
});
afterEach(() => restore());

describe('reading what an action selected', () => {
  it('opening a sheet and loading the selected rows reads the header in one call and the rows in one, and never asks for the last row', () => {
    parcels(20, 30);

    const rows = rt.run(() => Table.open(ss(), PARCELS).load([[5, 7]]));

    expect(rows.map((r) => r.record.id)).toEqual(['TK-2611-0004', 'TK-2611-0005', 'TK-2611-0006']);
    expect(calls('Sheet.getLastRow')).toBe(0);
    expect(calls('Sheet.getSheetValues')).toBe(2);
    expect(rt.callCounts().total).toBe(4); // the spreadsheet, getSheetByName, the header, the rows
  });

  it('a whole column selected is read only down to the last row', () => {
    parcels(3, 30);

    const rows = rt.run(() => Table.open(ss(), PARCELS).load([[1, Infinity]]));

    expect(rows).toHaveLength(3);
    // The header row up to its last column with data and rows 2–4 of our 4 columns: not the 26 empty rows below.
    expect(rt.callCounts().cellsRead).toBe(4 + 3 * 4);
  });
});

describe('writing back', () => {
  it('a write of counts and order trails sets no number formats: nothing in it can be misread', () => {
    parcels(5, 30);

    rt.run(() => {
      const table = Table.open(ss(), PARCELS);
      table.load([[2, 3]]);
      table.update(2, { count: 0, trail: 'TK-2611-0001:R TK-2611-0002:S' });
      table.update(3, { count: 4, trail: '' });
      table.commit();
    });

    expect(calls('Range.setNumberFormats')).toBe(0);
    expect(rt.workbook.values(PARCELS.name)[1]).toEqual(['TK-2611-0001', 0, 'TK-2611-0001:R TK-2611-0002:S', '']);
  });

  it('a resi of digits is written as plain text, so it keeps its leading zeros', () => {
    parcels(5, 30);
    rt.run(() => ss().getSheetByName(PARCELS.name)?.getRange('D2:D3').setNumberFormat('General'));

    rt.run(() => {
      const table = Table.open(ss(), PARCELS);
      table.load([[2, 2]]);
      table.update(2, { resi: '0012345678' });
      table.commit();
    });

    expect(calls('Range.setNumberFormats')).toBe(1);
    expect(rt.workbook.values(PARCELS.name)[1][3]).toBe('0012345678');
  });

  it('removing every order of a sheet with no spare row keeps the header and one empty row', () => {
    parcels(3, 4);

    rt.run(() => {
      const table = Table.open(ss(), PARCELS);
      table.load([[2, 4]]);
      for (const row of [2, 3, 4]) table.remove(row);
      table.commit();
    });

    const sheet = rt.run(() => ss().getSheetByName(PARCELS.name) as GoogleAppsScript.Spreadsheet.Sheet);
    expect(rt.run(() => [sheet.getLastRow(), sheet.getMaxRows()])).toEqual([1, 2]);
  });
});
