/** The Log on the local runtime: lines land below the last one in one write, and a full Log grows once in a while. */
import { LocalRuntime } from '../../emulator/runtime';
import { LOG_SHEET } from '../sheets/schema';
import { appendLog, LOG_HEADROOM } from './audit-log';

const AT = Date.UTC(2026, 10, 30, 3, 0, 0);
let rt: LocalRuntime;
let restore: () => void;
const ss = () => SpreadsheetApp.getActiveSpreadsheet();

/** A Log as Setup makes it, with `lines` lines and `spare` empty rows below them. */
function log(lines: number, spare: number): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = rt.run(() => {
    const made = ss().insertSheet(LOG_SHEET.name);
    const rows = 1 + lines + spare;
    if (made.getMaxRows() > rows) made.deleteRows(rows + 1, made.getMaxRows() - rows);
    else if (made.getMaxRows() < rows) made.insertRowsAfter(made.getMaxRows(), rows - made.getMaxRows());
    made.getRange(1, 1, 1, LOG_SHEET.columns.length).setValues([LOG_SHEET.columns.map((c) => c.header)]);
    made.getRange(2, 2, rows - 1, LOG_SHEET.columns.length - 1).setNumberFormat('@');
    if (lines) made.getRange(2, 1, lines, 3).setValues(Array.from({ length: lines }, () => [new Date(AT), 'cs@toko.test', 'Konfirmasi pesanan']));
    return made;
  });
  rt.state.resetCallCounts();
  return sheet;
}
const lines = () => rt.workbook.values(LOG_SHEET.name).slice(1).filter((row) => row.some((cell) => cell !== ''));

beforeEach(() => {
  rt = LocalRuntime.create();
  restore = rt.installGlobals();
});
afterEach(() => restore());

describe('appending to the Log', () => {
  it('writes fifty lines below the last one with three calls, whatever the Log holds', () => {
    const sheet = log(300, 100);
    const entries = Array.from({ length: 50 }, (_, i) => ({ action: 'Tandai dikirim', orderId: `TK-2611-${String(i + 1).padStart(4, '0')}`, details: 'Resi JP123' }));

    rt.run(() => appendLog(ss(), AT, 'gudang@toko.test', entries, sheet));

    const { total, byMethod } = rt.callCounts();
    expect(total - byMethod['SpreadsheetApp.getActiveSpreadsheet']).toBe(3);
    expect(rt.callCounts().cellsRead).toBe(0);
    expect(lines()).toHaveLength(350);
    expect(lines()[300].slice(1)).toEqual(['gudang@toko.test', 'Tandai dikirim', 'TK-2611-0001', '', '', 'Resi JP123']);
  });

  it(`a full Log grows by ${LOG_HEADROOM} rows more than it needs, so the next actions find room`, () => {
    const sheet = log(10, 0);

    rt.run(() => appendLog(ss(), AT, 'cs@toko.test', [{ action: 'Konfirmasi pesanan', orderId: 'TK-2611-0011' }], sheet));
    const maxRows = rt.run(() => sheet.getMaxRows());

    expect(lines()).toHaveLength(11);
    expect(maxRows).toBe(1 + 11 + LOG_HEADROOM);
  });

  it('a detail typed like a formula stays text in the Log', () => {
    const sheet = log(0, 10);
    rt.run(() => sheet.getRange(2, 1, 10, LOG_SHEET.columns.length).setNumberFormat('General'));

    rt.run(() => appendLog(ss(), AT, 'keuangan@toko.test', [{ action: 'Tolak pembayaran', orderId: 'TK-2611-0002', details: '=HYPERLINK("http://x")' }], sheet));

    expect(lines()[0][6]).toBe('=HYPERLINK("http://x")');
    expect(rt.run(() => sheet.getRange(2, 7).getFormula())).toBe('');
  });
});
