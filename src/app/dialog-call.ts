/**
 * The frame of a server function a dialog or sidebar calls (google.script.run): the same as a menu
 * action's — one lock, the settings read once, the user's division checked, Log and mail after the
 * data, a flush — but the answer goes back to the page instead of an alert: a refusal (UserError)
 * becomes `{ ok: false, message }` in the user's language, and nothing was changed.
 */
import { Lang, say, Text, UserError } from '../domain/i18n';
import { deliveryNote } from '../domain/mail-messages';
import { checkPermission } from '../domain/roles';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { activeUserEmail, spreadsheetOwnerEmail } from '../gas/session';
import { appendLog, LogEntry } from './audit-log';
import { ActionContext, ActionSpec, ensureSystemSheets } from './action';
import { Outbox } from './outbox';
import { readSettings } from './settings';

/** What a page receives: the call's value and a message, or the refusal. Plain data only (google.script.run). */
export type DialogReply<T> = { ok: true; value: T; message: string; lang: Lang } | { ok: false; message: string; lang: Lang };

/** What a body returns: the value for the page, and optionally a message in both languages. */
export interface DialogResult<T> {
  readonly value: T;
  readonly message?: Text;
}

/**
 * Runs a page's server call (see the file comment). Questions cannot be asked here (`ask` answers
 * null): the page asks before it calls. Any other error propagates, so the page's failure handler and
 * Executions show it.
 */
export function runDialogCall<T>(spec: ActionSpec, body: (ctx: ActionContext) => DialogResult<T>): DialogReply<T> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let lang: Lang = 'id';
  try {
    return withDocumentLock(() => {
      const settings = readSettings(ss);
      lang = settings.language;
      const user = activeUserEmail();
      const permission = checkPermission(settings, user, () => spreadsheetOwnerEmail(ss), spec.divisions, spec.name);
      if (!permission.allowed) throw new UserError(permission.reason);
      const system = ensureSystemSheets(ss, spec.sendsMail === true);
      const entries: LogEntry[] = [];
      const now = nowMs();
      const outbox = new Outbox(ss, now, undefined, system.outbox);
      const ctx: ActionContext = { ss, now, user, lang, settings, ui: null, ask: () => null, log: (entry) => entries.push(entry), outbox };
      const result = body(ctx);
      const note = deliveryNote(outbox.deliver().mails);
      appendLog(ss, now, user, entries, system.log);
      const message = [result.message ? say(lang, result.message) : '', note ? say(lang, note.text) : ''].filter((m) => m !== '').join('\n');
      return { ok: true as const, value: result.value, message, lang };
    });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { ok: false, message: say(lang, e.text), lang };
  }
}
