/**
 * Spreadsheet: the workbook as the script sees it — its sheets, the active sheet and selection,
 * locale and time zone, toasts and protections. Every public method counts as `Spreadsheet.<method>`.
 */
import { resolveA1 } from './a1-range';
import { ProtectionType } from './enums';
import { appsScriptError, signatureError } from './errors';
import { expose, unwrap } from './exposed';
import { FakeUser, emailOf } from './protection';
import { activateRange, activateSheet, activeRange, activeRangeList, currentCell, exposeSelection } from './selection';
import { SheetModel } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';
import { isKnownTimeZone } from '../time-zone';
import { WorkbookModel } from './workbook-model';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type EmulatedSpreadsheetMethods =
  | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'getNumSheets'
  | 'insertSheet' | 'deleteSheet' | 'moveActiveSheet' | 'setActiveSheet' | 'getActiveSheet' | 'getActiveRange' | 'getActiveRangeList'
  | 'getCurrentCell' | 'getSelection' | 'setActiveRange' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale' | 'setSpreadsheetLocale' | 'toast' | 'getRange' | 'getRangeByName' | 'getOwner'
  | 'getProtections' | 'getEditors' | 'addEditor' | 'addEditors' | 'removeEditor';

/** The sheet model behind a Sheet the script passes in. */
export function sheetModelOf(sheet: unknown, qualifiedMethod: string): SheetModel {
  const inner = unwrap<{ sheet: SheetModel }>(sheet);
  if (!inner || !inner.sheet) throw signatureError([sheet], qualifiedMethod);
  return inner.sheet;
}

/** Script-facing spreadsheet; see the file comment. */
export class FakeSpreadsheet implements Pick<Spreadsheet, EmulatedSpreadsheetMethods> {
  constructor(private readonly env: SpreadsheetEnv) {}

  private count(method: string): void {
    this.env.count(`Spreadsheet.${method}`);
  }

  private get model(): WorkbookModel {
    return this.env.model;
  }

  getId(): string {
    this.count('getId');
    return this.model.id;
  }

  getName(): string {
    this.count('getName');
    return this.model.name;
  }

  rename(newName: string): void {
    this.count('rename');
    this.model.name = String(newName);
  }

  getUrl(): string {
    this.count('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }

  getSheets(): Sheet[] {
    this.count('getSheets');
    return this.model.sheets.map((s) => this.env.factories.sheet(s));
  }

  getNumSheets(): number {
    this.count('getNumSheets');
    return this.model.sheets.length;
  }

  /** The leftmost sheet with this exact name, or null. */
  getSheetByName(name: string): Sheet | null {
    this.count('getSheetByName');
    const sheet = this.model.sheetByName(name);
    return sheet ? this.env.factories.sheet(sheet) : null;
  }

  getSheetById(id: number): Sheet | null {
    this.count('getSheetById');
    const sheet = this.model.sheets.find((s) => s.sheetId === id);
    return sheet ? this.env.factories.sheet(sheet) : null;
  }

  /** insertSheet(), (name), (index), (name, index), with options ignored; the new sheet becomes active. */
  insertSheet(...args: any[]): Sheet {
    this.count('insertSheet');
    const name = typeof args[0] === 'string' ? args[0] : undefined;
    const indexArg = typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : undefined;
    if (args[0] !== undefined && name === undefined && indexArg === undefined && typeof args[0] !== 'object') {
      throw signatureError(args, 'SpreadsheetApp.Spreadsheet.insertSheet');
    }
    const sheetName = name ?? this.model.defaultSheetName();
    this.model.assertSheetName(sheetName);
    this.model.assertCellLimit(WorkbookModel.NEW_SHEET_CELLS);
    const index = Math.min(Math.max(0, indexArg ?? this.model.sheets.length), this.model.sheets.length);
    const sheet = this.model.addSheet(sheetName, index);
    this.model.activeSheet = sheet;
    return this.env.factories.sheet(sheet);
  }

  deleteSheet(sheet: Sheet): void {
    this.count('deleteSheet');
    const model = sheetModelOf(sheet, 'SpreadsheetApp.Spreadsheet.deleteSheet');
    const at = this.model.sheets.indexOf(model);
    if (at < 0) throw appsScriptError('Emulator: deleteSheet of a sheet that is no longer in the spreadsheet');
    if (this.model.sheets.length === 1) throw appsScriptError("You can't remove all the sheets in a document.");
    this.model.sheets.splice(at, 1);
    if (this.model.activeSheet === model) this.model.activeSheet = this.model.sheets[Math.max(0, at - 1)];
  }

  /** Moves the active sheet to 1-based tab position `pos` (the other tabs keep their order). */
  moveActiveSheet(pos: number): void {
    this.count('moveActiveSheet');
    if (!Number.isInteger(pos) || pos < 1 || pos > this.model.sheets.length) throw appsScriptError('Emulator: moveActiveSheet position out of range');
    const sheet = this.model.activeSheet;
    this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
    this.model.sheets.splice(pos - 1, 0, sheet);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.count('setActiveSheet');
    return activateSheet(this.env, sheetModelOf(sheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet'));
  }

  getActiveSheet(): Sheet {
    this.count('getActiveSheet');
    return this.env.factories.sheet(this.model.activeSheet);
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    this.count('getActiveRange');
    return activeRange(this.env);
  }

  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList {
    this.count('getActiveRangeList');
    return activeRangeList(this.env);
  }

  getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    this.count('getCurrentCell');
    return currentCell(this.env);
  }

  getSelection(): GoogleAppsScript.Spreadsheet.Selection {
    this.count('getSelection');
    return exposeSelection(this.env);
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    this.count('setActiveRange');
    return activateRange(this.env, range, 'SpreadsheetApp.Spreadsheet.setActiveRange');
  }

  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.model.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.count('setSpreadsheetTimeZone');
    if (!isKnownTimeZone(timezone)) throw appsScriptError(`Invalid argument: ${timezone}`);
    this.model.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return this.model.localeCode;
  }

  setSpreadsheetLocale(locale: string): void {
    this.count('setSpreadsheetLocale');
    this.model.localeCode = String(locale);
  }

  /** Recorded with timeout 5 s by default; a negative timeout means it stays until dismissed. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.count('toast');
    this.env.recordings.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  /** `Sheet!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    this.count('getRange');
    const { sheet, area } = resolveA1(this.model, this.model.activeSheet, a1Notation);
    return this.env.factories.range(sheet, area);
  }

  /** No named ranges are emulated: always null, as for an unknown name. */
  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    this.count('getRangeByName');
    void name;
    return null;
  }

  getOwner(): GoogleAppsScript.Base.User {
    this.count('getOwner');
    return expose<GoogleAppsScript.Base.User>(new FakeUser(this.model.owner), 'User');
  }

  /** The people the file is shared with as editors (the owner is not listed; our choice, as for protections). */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.count('getEditors');
    return this.model.editors.map((email) => expose<GoogleAppsScript.Base.User>(new FakeUser(email), 'User'));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Spreadsheet {
    this.count('addEditor');
    this.model.addEditor(emailOf(emailAddress));
    return this.env.factories.spreadsheet();
  }

  addEditors(emailAddresses: string[]): Spreadsheet {
    this.count('addEditors');
    for (const email of emailAddresses) this.model.addEditor(emailOf(email));
    return this.env.factories.spreadsheet();
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Spreadsheet {
    this.count('removeEditor');
    this.model.removeEditor(emailOf(emailAddress));
    return this.env.factories.spreadsheet();
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.count('getProtections');
    const kind = String(type);
    if (kind !== String(ProtectionType.SHEET) && kind !== String(ProtectionType.RANGE)) {
      throw signatureError([type], 'SpreadsheetApp.Spreadsheet.getProtections');
    }
    const list = this.model.sheets.flatMap((s) =>
      kind === 'SHEET' ? (s.sheetProtection ? [s.sheetProtection] : []) : s.rangeProtections,
    );
    return list.map((p) => this.env.factories.protection(p));
  }
}
