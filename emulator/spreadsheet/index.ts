/**
 * The emulated Spreadsheet service (SpreadsheetApp, the workbook, Charts enums) and the host-side
 * FakeWorkbook. This file is the seam the rest of the emulator imports; see README.md beside it.
 */
import { FakeTextFinder } from './text-finder';
import type { EmulatorState } from '../state';
import { createCharts } from './chart';
import { expose } from './exposed';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import { ProtectionModel, SheetModel } from './sheet-model';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { SpreadsheetEnv, UiRecordings } from './spreadsheet-env';
import { FakeWorkbook } from './fake-workbook';
import { WorkbookModel } from './workbook-model';

export type { RecordedMenu, RecordedMenuItem, UiAnswer } from './spreadsheet-env';
export type { UserEdit } from './fake-workbook';
export { FakeWorkbook } from './fake-workbook';

let spreadsheetsCreated = 0;

/** Options of a new emulated spreadsheet. */
export interface SpreadsheetOptions {
  /** The file name. Default 'Toko'. */
  name?: string;
  /** The spreadsheet locale. Default 'id_ID'. */
  locale?: string;
  /** Who the file is shared with as editor, besides the owner. Default: nobody. */
  editors?: readonly string[];
}

/** A new bound spreadsheet with one empty 1000 × 26 sheet "Sheet1", its SpreadsheetApp, Charts and host handle. */
export function createSpreadsheetApp(
  state: EmulatorState,
  options: SpreadsheetOptions = {},
): {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  workbook: FakeWorkbook;
} {
  spreadsheetsCreated++;
  const id = `1Toko${String(spreadsheetsCreated).padStart(4, '0')}EmulatedSpreadsheet_x9Qv`;
  const model = new WorkbookModel(id, options.name ?? 'Toko', options.locale ?? 'id_ID', state.timeZone, state.owner);
  for (const email of options.editors ?? []) model.addEditor(email);
  const recordings: UiRecordings = { menus: [], toasts: [], alerts: [], dialogs: [], pendingAnswers: [] };
  const env = new SpreadsheetEnv(state, model, recordings);
  const spreadsheet = new FakeSpreadsheet(env);
  const sheets = new WeakMap<SheetModel, FakeSheet>();
  const protections = new WeakMap<ProtectionModel, FakeProtection>();
  env.factories = {
    spreadsheet: () => expose(spreadsheet, 'Spreadsheet'),
    sheet: (sheet) => {
      let target = sheets.get(sheet);
      if (!target) {
        target = new FakeSheet(env, sheet);
        sheets.set(sheet, target);
      }
      return expose(target, 'Sheet');
    },
    range: (sheet, area) => expose(new FakeRange(env, sheet, { ...area }), 'Range'),
    textFinder: (finder) => expose(finder, 'TextFinder'),
    protection: (protection) => {
      let target = protections.get(protection);
      if (!target) {
        target = new FakeProtection(env, protection);
        protections.set(protection, target);
      }
      return expose(target, 'Protection');
    },
  };
  return {
    SpreadsheetApp: expose(new FakeSpreadsheetApp(env), 'SpreadsheetApp'),
    Charts: createCharts(),
    workbook: new FakeWorkbook(env),
  };
}
