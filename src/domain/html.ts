/** HTML for e-mails: every piece of text that came from people goes through here. */

/** Escapes text for HTML element content and attribute values (`& < > " '`). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
