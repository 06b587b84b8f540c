/**
 * TextFinder, as documented on developers.google.com/apps-script/reference/spreadsheet/text-finder:
 * case-insensitive by default, substring unless matchEntireCell, regular expressions on request,
 * matches in row order, findNext walking them; the cells it scans are not read into the script.
 */
import { newSpreadsheet, thrownBy } from './test-kit';

function sheetWithIds() {
  const kit = newSpreadsheet();
  kit.sheet.getRange('A1:B5').setValues([
    ['ID', 'Nama'],
    ['TK-2611-0001', 'Sari'],
    ['TK-2611-0002', 'Budi'],
    ['tk-2611-0010', 'Sari Dewi'],
    ['TK-2611-0001X', 'Andi'],
  ]);
  kit.state.resetCallCounts();
  return kit;
}

describe('TextFinder', () => {
  it('finds a substring in any case by default, row by row', () => {
    const { sheet } = sheetWithIds();
    const rows = sheet.createTextFinder('sari').findAll().map((r) => [r.getRow(), r.getColumn()]);
    expect(rows).toEqual([[2, 2], [4, 2]]);
  });

  it('matchEntireCell and matchCase narrow the match', () => {
    const { sheet } = sheetWithIds();
    const range = sheet.getRange('A2:A5');
    expect(range.createTextFinder('TK-2611-0001').matchEntireCell(true).findAll().map((r) => r.getA1Notation())).toEqual(['A2']);
    expect(range.createTextFinder('TK-2611-0010').matchEntireCell(true).matchCase(true).findAll()).toEqual([]);
    expect(range.createTextFinder('TK-2611-0010').matchEntireCell(true).findAll().map((r) => r.getA1Notation())).toEqual(['A4']);
  });

  it('a regular expression with matchEntireCell finds several IDs in one search', () => {
    const { sheet } = sheetWithIds();
    const found = sheet.getRange('A2:A5').createTextFinder('TK-2611-0001|TK-2611-0002').useRegularExpression(true).matchEntireCell(true).findAll();
    expect(found.map((r) => r.getRow())).toEqual([2, 3]);
  });

  it('findNext walks the matches and then returns null', () => {
    const { sheet } = sheetWithIds();
    const finder = sheet.getRange('A1:A5').createTextFinder('TK-2611-000');
    expect([finder.findNext()?.getRow(), finder.findNext()?.getRow(), finder.findNext()?.getRow(), finder.findNext()]).toEqual([2, 3, 5, null]);
  });

  it('scans without reading cells into the script, and counts its calls', () => {
    const { sheet, state } = sheetWithIds();
    sheet.getRange('A2:A5').createTextFinder('Budi').findAll();
    expect(state.callCounts()).toMatchObject({ total: 3, cellsRead: 0, byMethod: { 'Sheet.getRange': 1, 'Range.createTextFinder': 1, 'TextFinder.findAll': 1 } });
  });

  it('refuses an empty search text', () => {
    const { sheet } = sheetWithIds();
    expect(thrownBy(() => sheet.createTextFinder('')).message).toMatch(/cannot be empty/);
  });
});
