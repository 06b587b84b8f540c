/**
 * What every emulated Spreadsheet object shares: the runtime state (clock, calls, executions), the
 * workbook data, the recordings tests inspect, and the factories that hand objects to the script.
 */
import type { EmulatorState } from '../state';
import type { GridArea, ProtectionModel, SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';
import type { FakeTextFinder } from './text-finder';

/** A menu item recorded by addToUi. */
export interface RecordedMenuItem {
  caption: string;
  functionName: string;
}

/** A menu recorded by addToUi, with its items, separators and submenus in order. */
export interface RecordedMenu {
  title: string;
  items: Array<RecordedMenuItem | { separator: true } | { submenu: RecordedMenu }>;
}

/** A scripted answer to the next alert or prompt. */
export interface UiAnswer {
  button?: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text?: string;
}

/** Everything the UI did, for tests to read. */
export interface UiRecordings {
  readonly menus: RecordedMenu[];
  readonly toasts: Array<{ message: string; title: string; timeoutSeconds: number }>;
  readonly alerts: Array<{ kind: 'alert' | 'prompt'; title: string; message: string; answer: UiAnswer }>;
  readonly dialogs: Array<{ kind: 'modal' | 'modeless' | 'sidebar'; title: string; html: string }>;
  readonly pendingAnswers: UiAnswer[];
}

/** Factories that wrap workbook data into script-facing objects (set once by createSpreadsheetApp). */
export interface ObjectFactories {
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  range(sheet: SheetModel, area: GridArea): GoogleAppsScript.Spreadsheet.Range;
  protection(protection: ProtectionModel): GoogleAppsScript.Spreadsheet.Protection;
  textFinder(finder: FakeTextFinder): GoogleAppsScript.Spreadsheet.TextFinder;
}

/** The shared context of one emulated spreadsheet; see the file comment. */
export class SpreadsheetEnv {
  factories!: ObjectFactories;

  constructor(
    readonly state: EmulatorState,
    readonly model: WorkbookModel,
    readonly recordings: UiRecordings,
  ) {}

  /** Counts one service call (and runs the hooks, which may throw). */
  count(method: string): void {
    this.state.recordCall(method);
  }

  /** A Date of the script's realm. */
  date(ms: number): Date {
    return this.state.date(ms);
  }

  /** The account the current execution acts as (the clicker, or a trigger's installer); protections apply to it. */
  user(): string {
    return this.state.effectiveUser();
  }
}
