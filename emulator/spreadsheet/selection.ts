/**
 * The person's selection: the active sheet, its selected ranges and the current cell. With nothing
 * selected (or from a trigger or the editor) it is A1 of the active sheet — the open point the
 * README records.
 */
import { signatureError } from './errors';
import { expose, unwrap } from './exposed';
import { exposeRangeList } from './range-list';
import { GridArea, SheetModel, SheetSelection } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';

type Selection = GoogleAppsScript.Spreadsheet.Selection;

/** The active sheet's selection, defaulting to A1. */
export function currentSelection(env: SpreadsheetEnv): SheetSelection {
  const sheet = env.model.activeSheet;
  return sheet.selection ?? { ranges: [{ row: 1, column: 1, numRows: 1, numColumns: 1 }], current: { row: 1, column: 1 } };
}

/** The active range: the last selected range of the active sheet. */
export function activeRange(env: SpreadsheetEnv): GoogleAppsScript.Spreadsheet.Range {
  const { ranges } = currentSelection(env);
  return env.factories.range(env.model.activeSheet, ranges[ranges.length - 1]);
}

/** All selected ranges of the active sheet. */
export function activeRangeList(env: SpreadsheetEnv): GoogleAppsScript.Spreadsheet.RangeList {
  const sheet = env.model.activeSheet;
  return exposeRangeList(env, currentSelection(env).ranges.map((area) => ({ sheet, area })));
}

/** The cell with the cursor. */
export function currentCell(env: SpreadsheetEnv): GoogleAppsScript.Spreadsheet.Range {
  const { current } = currentSelection(env);
  return env.factories.range(env.model.activeSheet, { ...current, numRows: 1, numColumns: 1 });
}

/** setActiveSheet (SpreadsheetApp's and Spreadsheet's): shows the sheet, makes it active and returns it. */
export function activateSheet(env: SpreadsheetEnv, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet {
  sheet.hidden = false;
  env.model.activeSheet = sheet;
  return env.factories.sheet(sheet);
}

/**
 * setActiveRange (SpreadsheetApp's and Spreadsheet's): the range's sheet becomes active (a hidden sheet stays
 * hidden) with the range as its only selection and the cursor on its top-left cell; a non-Range fails as
 * `qualifiedMethod` with the wrong argument.
 */
export function activateRange(env: SpreadsheetEnv, range: unknown, qualifiedMethod: string): GoogleAppsScript.Spreadsheet.Range {
  const inner = unwrap<{ sheet: SheetModel; area: GridArea }>(range);
  if (!inner || !inner.area) throw signatureError([range], qualifiedMethod);
  env.model.activeSheet = inner.sheet;
  inner.sheet.selection = { ranges: [inner.area], current: { row: inner.area.row, column: inner.area.column } };
  return env.factories.range(inner.sheet, inner.area);
}

/** SpreadsheetApp.getSelection(); methods count as `Selection.<method>`. */
export class FakeSelection implements Pick<Selection, 'getActiveRange' | 'getActiveRangeList' | 'getActiveSheet' | 'getCurrentCell'> {
  constructor(private readonly env: SpreadsheetEnv) {}

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    this.env.count('Selection.getActiveRange');
    return activeRange(this.env);
  }

  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList {
    this.env.count('Selection.getActiveRangeList');
    return activeRangeList(this.env);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.env.count('Selection.getActiveSheet');
    return this.env.factories.sheet(this.env.model.activeSheet);
  }

  getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    this.env.count('Selection.getCurrentCell');
    return currentCell(this.env);
  }
}

/** A script-facing Selection. */
export function exposeSelection(env: SpreadsheetEnv): Selection {
  return expose<Selection>(new FakeSelection(env), 'Selection');
}
