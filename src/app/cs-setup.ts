/**
 * What Setup does for CS quick replies and rotation: starter templates in a new `CS · Template` (in the
 * shop's language), the `CS` column's dropdown of the team's CS, and the rotation's index kept hidden.
 */
import { csPeople } from '../domain/cs-assignment';
import { Text } from '../domain/i18n';
import { starterTemplates } from '../domain/template-starters';
import { CS_INDEX_SHEET, TEMPLATE_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext } from './action';

/** What the `CS` column's dropdown lists: each CS's name (or e-mail when the name is blank or shared). */
export function csChoices(ctx: ActionContext): string[] {
  return csPeople(ctx.settings.team, ctx.now).people.map((p) => p.label);
}

/**
 * Writes the starter templates when `CS · Template` was just created, and hides the rotation's index;
 * returns a line for Setup's message, or null.
 */
export function setupCsSheets(ctx: ActionContext, created: ReadonlySet<string>): Text | null {
  ctx.ss.getSheetByName(CS_INDEX_SHEET.name)?.hideSheet();
  if (!created.has(TEMPLATE_SHEET.name)) return null;
  const table = Table.read(ctx.ss, TEMPLATE_SHEET);
  const starters = starterTemplates(ctx.lang);
  for (const starter of starters) table.append({ code: starter.code, purpose: starter.purpose, text: starter.text });
  table.commit();
  return {
    id: `${starters.length} template balasan ditambahkan di ${TEMPLATE_SHEET.name} — ubah teksnya sesuai gaya toko Anda; kolom Kode jangan diganti.`,
    en: `${starters.length} quick-reply templates added to ${TEMPLATE_SHEET.name} — edit the texts in your shop's voice; keep the Code column as it is.`,
  };
}
