/**
 * The COD tally sheet (`Gudang · Rekap COD`, hidden) for the actions: one fixed block read with two calls
 * and written back with one, whatever the shop's history. A missing sheet reads as an empty tally and is
 * made again (hidden, plain text) the first time something is recorded; a read that fails while the
 * sheet is there fails the action (nothing is written before it).
 */
import { CodOutcome, CodTally, emptyTally, recordCodOutcomes, jakartaDay, TALLY_BUCKETS, tallyFromGrid, tallyToGrid } from '../domain/cod-tally';
import { COD_TALLY_SHEET } from '../sheets/schema';
import { readFixedBlock } from '../sheets/fixed-block';
import { ActionContext } from './action';

/** The block the tally lives in: the header row and one row per bucket, three columns. */
const TALLY_A1 = `'${COD_TALLY_SHEET.name}'!A1:C${TALLY_BUCKETS + 1}`;

/** The tally as read, and how to record endings in it. */
export interface OpenTally {
  readonly tally: CodTally;
  /** Records these endings (one write; nothing when nothing is new). */
  record(outcomes: readonly CodOutcome[]): void;
}

/** Reads the tally (an empty one when the sheet is missing). */
export function openCodTally(ctx: ActionContext): OpenTally {
  // No tally sheet (not made yet, or deleted) reads as an empty tally, made when recording; a failed read
  // of an existing one stops the action: a flag silently skipped would let a risky order pass.
  const block = readFixedBlock(ctx.ss, COD_TALLY_SHEET.name, TALLY_A1);
  let range = block?.range ?? null;
  let tally = block ? tallyFromGrid(block.values.slice(1)) : emptyTally();
  return {
    tally,
    record(outcomes) {
      if (outcomes.length === 0) return;
      const result = recordCodOutcomes(tally, outcomes, jakartaDay(ctx.now));
      if (!result.changed) return;
      if (!range) range = makeTallySheet(ctx.ss);
      range.setValues([COD_TALLY_SHEET.columns.map((c) => c.header), ...tallyToGrid(result.tally)]);
      tally = result.tally;
    },
  };
}

/** Makes the tally sheet (hidden, plain text), keeping the person's active sheet; returns its block. */
function makeTallySheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Range {
  const active = ss.getActiveSheet();
  const sheet = ss.getSheetByName(COD_TALLY_SHEET.name) ?? ss.insertSheet(COD_TALLY_SHEET.name);
  if (sheet.getMaxRows() < TALLY_BUCKETS + 1) sheet.insertRowsAfter(sheet.getMaxRows(), TALLY_BUCKETS + 1 - sheet.getMaxRows());
  if (sheet.getMaxColumns() < 3) sheet.insertColumnsAfter(sheet.getMaxColumns(), 3 - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, TALLY_BUCKETS + 1, 3);
  range.setNumberFormat('@');
  sheet.hideSheet();
  active.activate();
  return range;
}
