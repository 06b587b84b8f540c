/**
 * The SpreadsheetApp global: the active spreadsheet and selection, flush, getUi (only where the
 * execution has a UI), newDataValidation and the enums. Methods count as `SpreadsheetApp.<method>`;
 * enums and the data-validation builder's steps are not counted.
 */
import { newDataValidationBuilder } from './data-validation';
import { BorderStyle, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from './enums';
import { appsScriptError } from './errors';
import { expose } from './exposed';
import { activateRange, activateSheet, activeRange, activeRangeList, currentCell, exposeSelection } from './selection';
import { sheetModelOf } from './spreadsheet';
import type { SpreadsheetEnv } from './spreadsheet-env';
import { FakeUi } from './ui';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Script-facing SpreadsheetApp; see the file comment. */
export class FakeSpreadsheetApp
  implements Pick<App,
    | 'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'getActiveRange' | 'getActiveRangeList'
    | 'getCurrentCell' | 'getSelection' | 'flush' | 'getUi' | 'newDataValidation' | 'setActiveSheet'
    | 'setActiveRange' | 'openById' | 'openByUrl'>
{
  readonly DataValidationCriteria = DataValidationCriteria as unknown as App['DataValidationCriteria'];
  readonly ProtectionType = ProtectionType as unknown as App['ProtectionType'];
  readonly BorderStyle = BorderStyle as unknown as App['BorderStyle'];
  readonly WrapStrategy = WrapStrategy as unknown as App['WrapStrategy'];
  readonly Dimension = Dimension as unknown as App['Dimension'];

  constructor(private readonly env: SpreadsheetEnv) {}

  private count(method: string): void {
    this.env.count(`SpreadsheetApp.${method}`);
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.count('getActive');
    return this.env.factories.spreadsheet();
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.count('getActiveSpreadsheet');
    return this.env.factories.spreadsheet();
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.count('getActiveSheet');
    return this.env.factories.sheet(this.env.model.activeSheet);
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

  /** Writes are applied at once in the emulator, so there is nothing to wait for. */
  flush(): void {
    this.count('flush');
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.count('getUi');
    if (!this.env.state.execution?.hasUi) throw appsScriptError('Cannot call SpreadsheetApp.getUi() from this context.');
    return expose<GoogleAppsScript.Base.Ui>(new FakeUi(this.env), 'Ui');
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.count('newDataValidation');
    return newDataValidationBuilder();
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    this.count('setActiveSheet');
    return activateSheet(this.env, sheetModelOf(sheet, 'SpreadsheetApp.SpreadsheetApp.setActiveSheet'));
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    this.count('setActiveRange');
    return activateRange(this.env, range, 'SpreadsheetApp.SpreadsheetApp.setActiveRange');
  }

  /** Only this spreadsheet exists; any other id fails as a missing file does in Apps Script. */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.count('openById');
    if (id !== this.env.model.id) throw appsScriptError('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.env.factories.spreadsheet();
  }

  openByUrl(url: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.count('openByUrl');
    if (!String(url).includes(`/d/${this.env.model.id}`)) {
      throw appsScriptError('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    }
    return this.env.factories.spreadsheet();
  }
}
