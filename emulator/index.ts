/** The local Apps Script runtime ("the emulator"): the harness and the pieces tests reach for. */
export { LocalRuntime, repoRoot, type Failure, type RunAs, type RuntimeOptions } from './runtime';
export { EmulatorState, type EmulatorOptions, type Execution, type ExecutionMode, type CallHook } from './state';
export { renderEml } from './eml';
export type { SentMail, MailAttachment } from './services/mail';
export { formatDate } from './services/format-date';
export { scriptError } from './services/errors';
export type { FakeWorkbook, RecordedMenu, RecordedMenuItem, UiAnswer, UserEdit } from './spreadsheet/index';
