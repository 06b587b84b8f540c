/**
 * Quick replies (`CS · Template`): texts the shop edits, with placeholders such as `{nama}` and `{resi}`.
 * Rendering is pure: a known placeholder becomes its value, an unknown one is reported (template and
 * placeholder named) and the text is never produced, so a typo is never sent to a customer.
 */
import { cellText } from './cell';
import { Text } from './i18n';

/** Every placeholder a template may use. Only customer-facing facts: nothing internal (cost, notes, e-mails) can reach a link. */
export const PLACEHOLDERS = ['nama', 'id', 'item', 'total', 'rekening', 'kurir', 'resi', 'link_lacak', 'toko'] as const;

/** One placeholder's name (without braces). */
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The values a rendering fills in; a placeholder without a value becomes ''. */
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** One template as the sheet holds it: its code (stable key), what it is for, and its text. */
export interface Template {
  readonly code: string;
  readonly purpose: string;
  readonly text: string;
  /** The sheet row, for messages (0 when the template is a built-in starter). */
  readonly rowNumber: number;
}

/** The shop's templates by code (lower-case). */
export type TemplateBook = ReadonlyMap<string, Template>;

/** One row of `CS · Template`, keyed by the schema's column keys. */
export type TemplateRecord = Readonly<Record<string, unknown>>;

/** A template's code as compared: trimmed, lower-case. */
export const templateKey = (code: string): string => code.trim().toLowerCase();

/** Reads the sheet's rows into a book; blank codes are skipped, and of two rows with one code the first counts. */
export function parseTemplates(rows: ReadonlyArray<{ rowNumber: number; record: TemplateRecord }>): TemplateBook {
  const book = new Map<string, Template>();
  for (const { rowNumber, record } of rows) {
    const code = cellText(record.code);
    if (code === '' || book.has(templateKey(code))) continue;
    book.set(templateKey(code), { code, purpose: cellText(record.purpose), text: cellText(record.text), rowNumber });
  }
  return book;
}

/** The `{…}` names in a text that are not placeholders, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1];
    if (!(PLACEHOLDERS as readonly string[]).includes(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

/** The list of usable placeholders, for messages: `{nama}, {id}, …`. */
export const PLACEHOLDER_LIST = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');

/** What is wrong with a template: its code, its row and the unknown placeholders, and what may be used instead. */
export function templateProblem(template: Template, unknown: readonly string[]): Text {
  const names = unknown.map((u) => `{${u}}`).join(', ');
  const where = template.rowNumber > 0 ? ` (baris ${template.rowNumber})` : '';
  const whereEn = template.rowNumber > 0 ? ` (row ${template.rowNumber})` : '';
  return {
    id: `Template "${template.code}"${where} di CS · Template memakai ${names} yang tidak dikenal. Perbaiki teksnya (yang bisa dipakai: ${PLACEHOLDER_LIST}), lalu coba lagi.`,
    en: `Template "${template.code}"${whereEn} in CS · Template uses ${names}, which is not a placeholder. Fix its text (usable: ${PLACEHOLDER_LIST}), then try again.`,
  };
}

/** A rendered text, or why it cannot be rendered. */
export type Rendered = { ok: true; text: string } | { ok: false; problem: Text };

/**
 * Fills a template's placeholders; an unknown placeholder gives the problem instead of a text. A line
 * whose placeholders are all empty (`Lacak di sini: {link_lacak}` for a courier without a tracking page)
 * is left out, so the customer never reads a label with nothing after it.
 */
export function renderTemplate(template: Template, values: PlaceholderValues): Rendered {
  const unknown = unknownPlaceholders(template.text);
  if (unknown.length) return { ok: false, problem: templateProblem(template, unknown) };
  const value = (name: string): string => (values[name as Placeholder] ?? '').trim();
  const lines = template.text.replace(/\r\n?/g, '\n').split('\n').flatMap((line) => {
    const names = [...line.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
    if (names.length > 0 && names.every((name) => value(name) === '')) return [];
    return [line.replace(/\{([^{}]*)\}/g, (_, name: string) => value(name))];
  });
  return { ok: true, text: lines.join('\n').trim() };
}
