/**
 * The frame of every menu action: one lock, the settings read once, the user's division checked,
 * the action's own read-decide-write, then mail, the Log, a flush, and one message to the user.
 */
import { Lang, say, Text, UserError } from '../domain/i18n';
import { deliveryNote } from '../domain/mail-messages';
import { checkPermission } from '../domain/roles';
import { Settings } from '../domain/settings';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { activeUserEmail, spreadsheetOwnerEmail } from '../gas/session';
import { uiOrNull } from '../gas/ui';
import { Division, LOG_SHEET, OUTBOX_SHEET } from '../sheets/schema';
import { numberFormatFor } from '../sheets/table';
import { appendLog, LogEntry } from './audit-log';
import { Outbox } from './outbox';
import { readSettings } from './settings';

/** What an action's body gets: the spreadsheet, the time, who, the settings, the log and the outbox. */
export interface ActionContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The time of the action, epoch ms (one reading for the whole action). */
  readonly now: number;
  /** The user's e-mail, lower-cased; '' when Apps Script does not reveal it. */
  readonly user: string;
  readonly lang: Lang;
  readonly settings: Settings;
  /** The UI (asked lazily: one service call, only when an action needs to ask something). */
  readonly ui: GoogleAppsScript.Base.Ui | null;
  /**
   * Asks the user for a line of text; null on Cancel/Close or without a UI. The lock is never held
   * while a person types: the first time a question comes up the action stops (nothing is written
   * before a question), the lock is released, the question is asked, and the action runs again from
   * a fresh read with the answer.
   */
  ask(title: Text, prompt: Text): string | null;
  /** Records a Log line, written after the data. */
  log(entry: LogEntry): void;
  /** The run's mail: persisted to the Outbox with the data (`persist`), sent after it by the frame. */
  readonly outbox: Outbox;
}

/** How the action ends for the user: a toast, or an alert when it needs reading. */
export interface ActionOutcome {
  readonly message: Text;
  readonly alert?: boolean;
}

/** Which action this is and who may run it. */
export interface ActionSpec {
  /** The action's name in messages and the Log (the menu caption). */
  readonly name: string;
  readonly divisions: readonly Division[];
  /** Setup runs before Pengaturan exists: it gets the default settings then. */
  readonly settingsOptional?: boolean;
  /** Whether the action may send mail (then the Outbox sheet must exist before it writes anything). */
  readonly sendsMail?: boolean;
}

/**
 * Runs a menu action (see the file comment). A UserError from the body becomes an alert and, since
 * bodies validate before they write, nothing changed; any other error propagates to Apps Script.
 */
export function runAction(spec: ActionSpec, body: (ctx: ActionContext) => ActionOutcome): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let lang: Lang = 'id';
  let ui: GoogleAppsScript.Base.Ui | null | undefined;
  const getUi = (): GoogleAppsScript.Base.Ui | null => (ui === undefined ? (ui = uiOrNull()) : ui);
  const answers = new Map<string, string | null>();
  let outcome: ActionOutcome | undefined;
  try {
    while (outcome === undefined) {
      try {
        outcome = runOnce();
      } catch (e) {
        if (!(e instanceof QuestionFirst)) throw e;
        if (answers.size >= MAX_QUESTIONS) throw new UserError(SHEETS_KEEP_CHANGING);
        answers.set(e.key, askPerson(getUi(), lang, e.title, e.prompt)); // outside the lock
      }
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    tell(ss, getUi(), { message: e.text, alert: true }, lang, spec.name);
    return;
  }
  tell(ss, getUi, outcome, lang, spec.name);

  function runOnce(): ActionOutcome {
    return withDocumentLock(() => {
      const settings = readSettings(ss, spec.settingsOptional);
      lang = settings.language;
      const user = activeUserEmail();
      const permission = checkPermission(settings, user, () => spreadsheetOwnerEmail(ss), spec.divisions, spec.name);
      if (!permission.allowed) throw new UserError(permission.reason);
      // Setup makes every sheet itself (and tells a new spreadsheet by their absence).
      const system = spec.settingsOptional ? { log: undefined, outbox: undefined } : ensureSystemSheets(ss, spec.sendsMail === true);
      const entries: LogEntry[] = [];
      const now = nowMs();
      const outbox = new Outbox(ss, now, undefined, system.outbox);
      const ctx: ActionContext = {
        ss,
        now,
        user,
        lang,
        settings,
        get ui() {
          return getUi();
        },
        ask: (title, prompt) => {
          const key = `${title.id}\n${prompt.id}`;
          if (answers.has(key)) return answers.get(key) as string | null;
          if (!getUi()) return null;
          throw new QuestionFirst(key, title, prompt);
        },
        log: (entry) => entries.push(entry),
        outbox,
      };
      const result = body(ctx);
      const note = deliveryNote(outbox.deliver().mails);
      appendLog(ss, now, user, entries, system.log);
      return note ? { alert: result.alert || note.alert, message: { id: `${result.message.id}\n${note.text.id}`, en: `${result.message.en}\n${note.text.en}` } } : result;
    });
  }
}

/** Questions one action may ask; more means the sheets keep changing under the person answering. */
const MAX_QUESTIONS = 5;
const SHEETS_KEEP_CHANGING: Text = {
  id: 'Data di sheet terus berubah selama Anda menjawab. Tidak ada yang diubah; pilih lagi barisnya, lalu coba lagi.',
  en: 'The sheets kept changing while you answered. Nothing was changed; select the rows again and retry.',
};

/** Thrown by `ctx.ask` the first time a question comes up: the action is asked again after the answer. */
class QuestionFirst extends Error {
  constructor(
    readonly key: string,
    readonly title: Text,
    readonly prompt: Text,
  ) {
    super('question first');
  }
}

/** Shows a prompt; the trimmed answer, or null on Cancel/Close. */
function askPerson(ui: GoogleAppsScript.Base.Ui | null, lang: Lang, title: Text, prompt: Text): string | null {
  if (!ui) return null;
  const response = ui.prompt(say(lang, title), say(lang, prompt), ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  return response.getResponseText().trim();
}

/**
 * Log and Outbox are where every action ends (its audit line, its mail). A person may delete them;
 * before anything is written they are recreated with their headers (Outbox only for actions that
 * mail), so an action never half-runs.
 */
export function ensureSystemSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, mails: boolean): { log: GoogleAppsScript.Spreadsheet.Sheet; outbox?: GoogleAppsScript.Spreadsheet.Sheet } {
  const [log, outbox] = (mails ? [LOG_SHEET, OUTBOX_SHEET] : [LOG_SHEET]).map((spec) => {
    const found = ss.getSheetByName(spec.name);
    if (found) return found;
    // insertSheet activates the new sheet; the person's selection stays where it was.
    const active = ss.getActiveSheet();
    const sheet = ss.insertSheet(spec.name);
    sheet.getRange(1, 1, 1, spec.columns.length).setValues([spec.columns.map((c) => c.header)]);
    // Every row formatted now, as Setup does: lines are written below without formats of their own.
    const rows = sheet.getMaxRows() - 1;
    sheet.getRange(2, 1, rows, spec.columns.length).setNumberFormats(Array.from({ length: rows }, () => spec.columns.map((c) => numberFormatFor(c.format))));
    sheet.setFrozenRows(1);
    active.activate();
    return sheet;
  });
  return { log, outbox };
}

/** Shows the outcome: an alert when it needs reading (and there is a UI), else a toast. */
function tell(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ui: GoogleAppsScript.Base.Ui | null | (() => GoogleAppsScript.Base.Ui | null),
  outcome: ActionOutcome,
  lang: Lang,
  title: string,
): void {
  const message = say(lang, outcome.message);
  if (outcome.alert) {
    const theUi = typeof ui === 'function' ? ui() : ui;
    if (theUi) {
      theUi.alert(title, message, theUi.ButtonSet.OK);
      return;
    }
  }
  ss.toast(message, title, 8);
}
