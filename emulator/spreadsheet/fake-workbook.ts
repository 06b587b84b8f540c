/**
 * The host-side handle tests use on an emulated spreadsheet: what the UI recorded, scripted answers,
 * a person's selection and typing, and plain reads. Its own methods are not counted as service calls.
 */
import { resolveA1 } from './a1-range';
import { StoredDate } from './cell-value';
import { FormulaError } from './formula';
import { SheetModel } from './sheet-model';
import type { RecordedMenu, SpreadsheetEnv, UiAnswer } from './spreadsheet-env';
import { toSerial } from '../time-zone';
import { ComputedValue, WorkbookModel } from './workbook-model';

/** A person's edit, as onEdit would describe it: strings for a single cell, none for several. */
export interface UserEdit {
  range: GoogleAppsScript.Spreadsheet.Range;
  value?: string;
  oldValue?: string;
}

/** The host-side handle; see the file comment. */
export class FakeWorkbook {
  constructor(private readonly env: SpreadsheetEnv) {}

  /** Menus added by addToUi (adding the same title again replaces it). */
  get menus(): RecordedMenu[] {
    return this.env.recordings.menus;
  }

  /** Toasts shown, in order. */
  get toasts(): Array<{ message: string; title: string; timeoutSeconds: number }> {
    return this.env.recordings.toasts;
  }

  /** Alerts and prompts shown, with the answer each got. */
  get alerts(): Array<{ kind: 'alert' | 'prompt'; title: string; message: string; answer: UiAnswer }> {
    return this.env.recordings.alerts;
  }

  /** Dialogs and sidebars shown, with their HTML. */
  get dialogs(): Array<{ kind: 'modal' | 'modeless' | 'sidebar'; title: string; html: string }> {
    return this.env.recordings.dialogs;
  }

  /** The emulated Spreadsheet itself (calls on it are counted like the script's). */
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.env.factories.spreadsheet();
  }

  /** The workbook data, for the xlsx writer and reader. */
  get model(): WorkbookModel {
    return this.env.model;
  }

  /** The owner shares the file with `email` as editor (new protections start with the file's editors). */
  share(email: string): void {
    this.env.model.addEditor(email);
  }

  /** The owner stops sharing the file with `email`. */
  unshare(email: string): void {
    this.env.model.removeEditor(email);
  }

  /** Queues the answer of the next alert or prompt (default: the set's first button, text ''). */
  answerNext(answer: UiAnswer): void {
    this.env.recordings.pendingAnswers.push({ ...answer });
  }

  private requireSheet(sheetName: string): SheetModel {
    const sheet = this.env.model.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
    return sheet;
  }

  /** The person selects ranges on a sheet: it becomes active, the last range active, its top-left cell current. */
  select(sheetName: string, a1: string | string[]): void {
    const sheet = this.requireSheet(sheetName);
    const list = Array.isArray(a1) ? a1 : [a1];
    if (list.length === 0) throw new Error('select needs at least one range');
    const areas = list.map((text) => resolveA1(this.env.model, sheet, text).area);
    const last = areas[areas.length - 1];
    sheet.selection = { ranges: areas, current: { row: last.row, column: last.column } };
    sheet.hidden = false;
    this.env.model.activeSheet = sheet;
  }

  /**
   * A person types into cells (parsed as typed, like the script's setValues). Refused with Google's
   * text when a protection blocks that person (default: the current execution's user, else the owner)
   * or a rejecting validation rule fails.
   */
  userEdit(sheetName: string, a1: string, values: string | string[][], user?: string): UserEdit {
    const model = this.env.model;
    const { sheet, area } = resolveA1(model, this.requireSheet(sheetName), a1);
    const grid = typeof values === 'string'
      ? Array.from({ length: area.numRows }, () => new Array<string>(area.numColumns).fill(values))
      : values;
    if (grid.length !== area.numRows || grid.some((row) => row.length !== area.numColumns)) {
      throw new Error(`userEdit: ${a1} is ${area.numRows}×${area.numColumns}, the values are not`);
    }
    model.assertMayEdit(sheet, area, user || this.env.user());
    const single = area.numRows === 1 && area.numColumns === 1;
    const oldValue = single ? this.eventString(model.computed(sheet, area.row, area.column)) : undefined;
    model.writeValues(sheet, area, grid);
    model.activeSheet = sheet;
    sheet.selection = { ranges: [area], current: { row: area.row, column: area.column } };
    const edit: UserEdit = { range: this.env.factories.range(sheet, area) };
    if (!single) return edit;
    const value = this.eventString(model.computed(sheet, area.row, area.column));
    if (value !== undefined) edit.value = value;
    if (oldValue !== undefined) edit.oldValue = oldValue;
    return edit;
  }

  /** How onEdit's e.value/e.oldValue spell a cell: numbers and dates (serial) as digits, TRUE/FALSE, text as is. */
  private eventString(value: ComputedValue): string | undefined {
    if (value === undefined) return undefined;
    if (value instanceof FormulaError) return value.code;
    if (value instanceof StoredDate) return String(toSerial(value.ms, this.env.model.timeZone));
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value);
  }

  private dataArea(sheet: SheetModel) {
    return { row: 1, column: 1, numRows: Math.max(1, sheet.lastRow()), numColumns: Math.max(1, sheet.lastColumn()) };
  }

  /** The sheet's data range as getValues gives it, with host Dates; throws if there is no such sheet. */
  values(sheetName: string): unknown[][] {
    const sheet = this.requireSheet(sheetName);
    return this.env.model.readValues(sheet, this.dataArea(sheet), (ms) => new Date(ms));
  }

  /** The sheet's data range as getDisplayValues gives it. */
  displayValues(sheetName: string): string[][] {
    const sheet = this.requireSheet(sheetName);
    return this.env.model.readDisplayValues(sheet, this.dataArea(sheet));
  }

  /** The tab names, left to right. */
  sheetNames(): string[] {
    return this.env.model.sheets.map((s) => s.name);
  }
}
