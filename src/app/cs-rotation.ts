/**
 * CS rotation for Konfirmasi pesanan: the team's CS (from Pengaturan, read already), and who served
 * each phone of the selection last, from `CS · Indeks` — one fixed block of cells read and, after the
 * order IDs are written, written back (two calls each way), so the cost never grows with the shop's
 * history or its number of customers. A deleted index is made again (the rotation forgets who served
 * whom, and keeps rotating).
 */
import { csPeople, CsPerson } from '../domain/cs-assignment';
import { CsIndex, INDEX_BUCKETS, lastCsOf, updateIndex } from '../domain/cs-index';
import { Text } from '../domain/i18n';
import { CS_INDEX_SHEET } from '../sheets/schema';
import { readFixedBlock } from '../sheets/fixed-block';
import { ActionContext } from './action';

/** The block the index lives in: the header and one cell per bucket. */
const INDEX_A1 = `'${CS_INDEX_SHEET.name}'!A1:A${INDEX_BUCKETS + 1}`;

/** What Konfirmasi pesanan needs of the rotation, and how to record who served whom. */
export interface CsRotation {
  readonly people: readonly CsPerson[];
  readonly warnings: readonly Text[];
  readonly lastCsByPhone: ReadonlyMap<string, string>;
  /** Records these phones' last CS (nothing is written when there is nothing new). */
  save(lastCs: ReadonlyMap<string, string>): void;
}

/** The rotation for the selection's phones; without CS in the team nothing is read. */
export function openCsRotation(ctx: ActionContext, phones: readonly string[]): CsRotation {
  const { people, warnings } = csPeople(ctx.settings.team, ctx.now);
  if (people.length === 0 || phones.length === 0) return { people, warnings, lastCsByPhone: new Map(), save: () => undefined };
  // No index sheet (deleted): made again when saving; a failed read of an existing one stops the action.
  const block = readFixedBlock(ctx.ss, CS_INDEX_SHEET.name, INDEX_A1);
  let range = block?.range ?? null;
  const index: CsIndex = { buckets: block ? block.values.slice(1).map((row) => String(row[0] ?? '')) : [] };
  const lastCsByPhone = lastCsOf(index, phones);
  return {
    people,
    warnings,
    lastCsByPhone,
    save(lastCs) {
      const changed = [...lastCs].filter(([phone, email]) => lastCsByPhone.get(phone) !== email);
      if (changed.length === 0) return;
      const updated = updateIndex(index, new Map(changed));
      if (!range) range = recreateIndex(ctx.ss);
      range.setValues([[CS_INDEX_SHEET.columns[0].header], ...updated.buckets.map((b) => [b])]);
    },
  };
}

/** Makes the index sheet again (hidden, plain text), keeping the person's active sheet; returns its block. */
function recreateIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Range {
  const active = ss.getActiveSheet();
  const sheet = ss.getSheetByName(CS_INDEX_SHEET.name) ?? ss.insertSheet(CS_INDEX_SHEET.name);
  if (sheet.getMaxRows() < INDEX_BUCKETS + 1) sheet.insertRowsAfter(sheet.getMaxRows(), INDEX_BUCKETS + 1 - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, INDEX_BUCKETS + 1, 1);
  range.setNumberFormat('@');
  sheet.hideSheet();
  active.activate();
  return range;
}
