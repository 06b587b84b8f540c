/** Two languages, one word for one thing: Indonesian as shops speak it (default), English as a setting. */

/** The UI language. */
export type Lang = 'id' | 'en';

/** A message in both languages. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

/** The message in the given language. */
export function say(lang: Lang, text: Text): string {
  return text[lang];
}

/** A message that is the same in both languages (an order ID, a number). */
export function both(value: string): Text {
  return { id: value, en: value };
}

/** Joins messages line by line, in each language. */
export function joinTexts(texts: readonly Text[], separator = '\n'): Text {
  return { id: texts.map((t) => t.id).join(separator), en: texts.map((t) => t.en).join(separator) };
}

/** Reads the language setting: anything starting with "en"/"Inggris" is English, else Indonesian. */
export function parseLang(value: unknown): Lang {
  const text = String(value ?? '').trim().toLowerCase();
  return text.startsWith('en') || text.startsWith('inggris') ? 'en' : 'id';
}

/**
 * Bad input or a refused action: shown to the user in their language; the action changed nothing.
 * Expected business outcomes ("2 orders skipped: unpaid") are return values, not this.
 */
export class UserError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'UserError';
  }
}
