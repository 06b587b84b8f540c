/**
 * Checklist items and open points of docs/apps-script-fidelity.md that only show inside the script's
 * own realm: menus resolving global functions, what void methods return, what GmailApp returns, the
 * onEdit event's source, and the name every service error carries.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalRuntime } from './runtime';

const JAKARTA_0900 = Date.UTC(2026, 10, 28, 2, 0, 0);

/** A small bundle, written the way the build emits plain Apps Script. */
const FIXTURE_BUNDLE = `
var ran = [];
function onOpen() {
  SpreadsheetApp.getUi().createMenu('M').addItem('Do it', 'fn').addSeparator().addItem('Gone', 'missingFn').addToUi();
}
function fn() { ran.push('fn'); return 'done'; }
function ranLog() { return ran.slice(); }
var lastEvent = null;
function onEdit(e) {
  lastEvent = {
    sameSpreadsheet: e.source.getId() === SpreadsheetApp.getActiveSpreadsheet().getId(),
    sourceHasSheets: typeof e.source.getSheets === 'function',
    rangeSheet: e.range.getSheet().getName(), rangeA1: e.range.getA1Notation(), rangeValue: e.range.getValue(),
  };
}
function editEvent() { return lastEvent; }
function gmailChains() {
  var returned = GmailApp.sendEmail('gudang@toko.test', 'Packing', 'isi');
  return { isGmailApp: returned === GmailApp, mailApp: typeof MailApp.sendEmail('gudang@toko.test', 'Packing', 'isi') };
}
function voidResults() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheets()[0];
  var lock = LockService.getScriptLock();
  var trigger = ScriptApp.newTrigger('fn').timeBased().everyDays(1).create();
  var extra = ss.insertSheet('Log');
  var results = {
    'Sheet.deleteRows': sheet.deleteRows(2, 3),
    'Spreadsheet.deleteSheet': ss.deleteSheet(extra),
    'Spreadsheet.toast': ss.toast('Selesai'),
    'Lock.waitLock': lock.waitLock(1000),
    'Lock.releaseLock': lock.releaseLock(),
    'Cache.put': CacheService.getScriptCache().put('k', 'v'),
    'Cache.remove': CacheService.getScriptCache().remove('k'),
    'ScriptApp.deleteTrigger': ScriptApp.deleteTrigger(trigger),
    'Utilities.sleep': Utilities.sleep(10),
    'MailApp.sendEmail': MailApp.sendEmail('gudang@toko.test', 's', 'b'),
    'Protection.remove': sheet.protect().remove(),
  };
  var kinds = {};
  for (var name in results) kinds[name] = results[name] === undefined ? 'undefined' : results[name] === null ? 'null' : typeof results[name];
  return kinds;
}
function errorOf(body) {
  try { body(); } catch (e) { return { name: e.name, isError: e instanceof Error, message: e.message }; }
  return null;
}
function serviceErrors() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return [
    errorOf(function () { sheet.getRange(0, 1); }),
    errorOf(function () { sheet.getRange(1, 1, 2, 1).setValues([[1]]); }),
    errorOf(function () { SpreadsheetApp.getActiveSpreadsheet().deleteSheet(sheet); }),
    errorOf(function () { MailApp.sendEmail('bukan-email', 's', 'b'); }),
    errorOf(function () { ScriptApp.newTrigger('fn').timeBased().everyMinutes(7); }),
    errorOf(function () { PropertiesService.getScriptProperties().setProperty('big', new Array(9 * 1024 + 2).join('x')); }),
    errorOf(function () { CacheService.getScriptCache().put(new Array(252).join('k'), 'v'); }),
    errorOf(function () { HtmlService.createHtmlOutputFromFile('Nope'); }),
    errorOf(function () { Utilities.formatDate(new Date(), 'GMT', 'qq'); }),
  ];
}
function uiError() { return errorOf(function () { SpreadsheetApp.getUi(); }); }
`;

function loadFixture(): LocalRuntime {
  const dir = mkdtempSync(join(tmpdir(), 'toko-realm-'));
  const bundle = join(dir, 'Code.js');
  writeFileSync(bundle, FIXTURE_BUNDLE);
  return LocalRuntime.load({ bundle, now: JAKARTA_0900 });
}

describe('menus in the script realm', () => {
  it("createMenu('M').addItem('Do it','fn').addSeparator().addToUi() is recorded and clicking it runs the global fn", () => {
    const rt = loadFixture();
    rt.open();

    const result = rt.clickMenu('M > Do it');

    expect(rt.workbook.menus).toEqual([{
      title: 'M',
      items: [{ caption: 'Do it', functionName: 'fn' }, { separator: true }, { caption: 'Gone', functionName: 'missingFn' }],
    }]);
    expect(result).toBe('done');
    expect(rt.call('ranLog')).toEqual(['fn']);
  });

  it('clicking an item whose function does not exist raises "Script function not found: <fn>"', () => {
    const rt = loadFixture();
    rt.open();

    let caught: Error | undefined;
    try { rt.clickMenu('M > Gone'); } catch (error) { caught = error as Error; }

    expect(caught?.message).toBe('Script function not found: missingFn');
  });
});

describe('the onEdit event in the script realm', () => {
  it('e.source is the active Spreadsheet and e.range the edited cell', () => {
    const rt = loadFixture();
    const sheet = rt.workbook.sheetNames()[0];

    rt.edit(sheet, 'C4', 'Kaos');

    expect(rt.call('editEvent')).toEqual({ sameSpreadsheet: true, sourceHasSheets: true, rangeSheet: sheet, rangeA1: 'C4', rangeValue: 'Kaos' });
  });
});

describe('return values seen by the script', () => {
  it('GmailApp.sendEmail returns GmailApp itself; MailApp.sendEmail returns undefined', () => {
    const rt = loadFixture();

    expect(rt.call('gmailChains')).toEqual({ isGmailApp: true, mailApp: 'undefined' });
  });

  it('void service methods return undefined, not null (our choice for the open point)', () => {
    const rt = loadFixture();

    const kinds = rt.call('voidResults') as Record<string, string>;

    expect(Object.keys(kinds)).toHaveLength(11);
    expect(Object.values(kinds)).toEqual(Array(11).fill('undefined'));
  });
});

describe('service errors in the script realm', () => {
  it("every Apps Script error a service throws is an Error named 'Exception' (our choice for the open point)", () => {
    const rt = loadFixture();

    const errors = rt.call('serviceErrors') as Array<{ name: string; isError: boolean; message: string }>;

    expect(errors.map((e) => e.message)).toEqual([
      'The starting row of the range is too small.',
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      "You can't remove all the sheets in a document.",
      'Invalid email: bukan-email',
      'Invalid argument: everyMinutes(7). The interval must be one of 1, 5, 10, 15 or 30.',
      'Argument too large: value',
      'Argument too large: key',
      'No HTML file named Nope was found.',
      "Illegal pattern character 'q'",
    ]);
    expect(errors.every((e) => e.name === 'Exception' && e.isError)).toBe(true);
  });

  it("getUi() from the editor's Run button fails with an Exception carrying Google's text", () => {
    const rt = loadFixture();

    expect(rt.call('uiError', [], { mode: 'editor' })).toEqual({
      name: 'Exception', isError: true, message: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
  });
});
