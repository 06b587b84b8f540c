/**
 * Reads `CS · Template` for the actions that write an order's WhatsApp link: one fixed block read
 * (`'CS · Template'!A1:C<n>`, two service calls, no sheet look-up), whatever else the sheet holds
 * below. A missing sheet falls back to the built-in starter texts (and the action says so); a template
 * the action will use with an unknown placeholder stops the action before it writes anything.
 */
import { builtInNote, MessageEnv, templatesProblem } from '../domain/customer-message';
import { Text, UserError } from '../domain/i18n';
import { parseTemplates, TemplateBook } from '../domain/templates';
import { TEMPLATE_SHEET } from '../sheets/schema';
import { indexColumns, Table } from '../sheets/table';
import { PlanEnv } from '../domain/order-plan';
import { ActionContext } from './action';
import { planEnvOf } from './apply-order-plan';

/** Rows read from the top of `CS · Template` (the header and up to this many templates less one). */
export const TEMPLATE_ROWS = 120;

/** The shop's templates, or undefined when the sheet is missing (the built-in starters are used then). */
export function readTemplates(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TemplateBook | undefined {
  let grid: unknown[][];
  try {
    grid = ss.getRange(`'${TEMPLATE_SHEET.name}'!A1:C${TEMPLATE_ROWS}`).getValues();
  } catch {
    // The sheet is missing, or someone made it shorter or moved columns past C: read it the long way.
    if (!ss.getSheetByName(TEMPLATE_SHEET.name)) return undefined;
    return parseTemplates(Table.read(ss, TEMPLATE_SHEET).rows);
  }
  const { positions, missing } = indexColumns(grid[0] ?? [], TEMPLATE_SHEET.columns);
  if (missing.length) {
    // Columns moved beyond the block (a person inserted some): the whole sheet has them, or Table.read names the missing one.
    return parseTemplates(Table.read(ss, TEMPLATE_SHEET).rows);
  }
  const rows = grid.slice(1).map((cells, i) => ({
    rowNumber: i + 2,
    record: Object.fromEntries(TEMPLATE_SHEET.columns.map((c) => [c.key, cells[positions.get(c.key) as number] ?? ''])),
  }));
  return parseTemplates(rows);
}

/**
 * The templates for an action that will use `codes`: read, checked (a template with an unknown
 * placeholder is a UserError naming it — nothing is written), and a note when a code fell back on its
 * built-in text.
 */
export function templatesFor(ctx: ActionContext, codes: readonly string[]): { templates: TemplateBook | undefined; note: Text | null } {
  const templates = readTemplates(ctx.ss);
  const env: MessageEnv = { lang: ctx.lang, settings: ctx.settings, templates };
  const problem = templatesProblem(env, codes);
  if (problem) throw new UserError({ id: `${problem.id} Tidak ada yang diubah.`, en: `${problem.en} Nothing was changed.` });
  return { templates, note: builtInNote(env, codes) };
}

/** The planner's view of the action with the shop's templates checked for `codes` (see `templatesFor`), and the note to add when orders moved. */
export function planEnvWithTemplates(ctx: ActionContext, codes: readonly string[]): { env: PlanEnv; note: Text | null } {
  const { templates, note } = templatesFor(ctx, [...new Set(codes)]);
  return { env: { ...planEnvOf(ctx), templates }, note };
}
