/** Asking the user for a piece of text (an order ID, a reason, a resi, a month). */
import { say, Text } from '../domain/i18n';
import { ActionContext } from './action';

/** The text the user typed, trimmed; null when they pressed Cancel or closed the dialog, or there is no UI. */
export function askText(ctx: ActionContext, title: Text, prompt: Text): string | null {
  const ui = ctx.ui;
  if (!ui) return null;
  const response = ui.prompt(say(ctx.lang, title), say(ctx.lang, prompt), ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  return response.getResponseText().trim();
}
