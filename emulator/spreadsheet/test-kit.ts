/** Test helpers for the Spreadsheet emulator's own suite: a fresh runtime with one spreadsheet. */
import { EmulatorState, ExecutionMode } from '../state';
import { createSpreadsheetApp } from './index';

/** A new runtime (fixed clock 2026-11-28 09.00 WIB) with a new "Toko" spreadsheet in id_ID. */
export function newSpreadsheet(options: { locale?: string } = {}) {
  const state = new EmulatorState();
  const app = createSpreadsheetApp(state, { locale: options.locale });
  const sheet = app.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  return { state, ...app, spreadsheet: app.workbook.spreadsheet, sheet };
}

/** Runs `body` as an execution of the given mode (default: a menu click by the owner). */
export function runAs<T>(state: EmulatorState, body: () => T, mode: ExecutionMode = 'menu', user?: string): T {
  return state.runExecution({ mode, user }, () => body());
}

/** The error `body` throws (fails the test when it does not throw). */
export function thrownBy(body: () => unknown): Error {
  try {
    body();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}
