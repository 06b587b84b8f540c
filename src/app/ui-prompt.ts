/** Asking the user for a piece of text (an order ID, a reason, a resi, a month). */
import { Text } from '../domain/i18n';
import { ActionContext } from './action';

/**
 * The text the user typed, trimmed; null when they pressed Cancel or closed the dialog, or there is
 * no UI. Call it before the action writes anything: the lock is released while the person types.
 */
export function askText(ctx: ActionContext, title: Text, prompt: Text): string | null {
  return ctx.ask(title, prompt);
}
