/**
 * Toko → Periksa buku kas: reads `Keuangan · Kas` once and lists every row the monthly report cannot
 * count (bad date, type, category or amount, an ID used twice), each with its row number. Changes nothing.
 */
import { financeActionTexts as T } from '../domain/finance-messages';
import { checkLedgerRows } from '../domain/ledger';
import { LEDGER_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, runAction } from './action';

/** The menu caption and Log name of the action. */
export const VALIDATE_LEDGER_ACTION = 'Periksa buku kas';

/** How many bad rows the message lists before "… and N more". */
export const LISTED_PROBLEMS = 20;

/** Checks the ledger rows against the categories in Pengaturan; the message lists what to fix. */
export function validateLedger(ctx: ActionContext): ActionOutcome {
  const ledger = Table.read(ctx.ss, LEDGER_SHEET);
  const { problems } = checkLedgerRows(ledger.rows, ctx.settings.ledgerCategories);
  if (problems.length === 0) return { message: T.ledgerOk(ledger.rows.length) };
  const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => p.text);
  return { message: T.ledgerBad(problems.length, ledger.rows.length, listed, problems.length - listed.length), alert: true };
}

/** Toko → Periksa buku kas, for Keuangan. */
export function validateLedgerFromMenu(): void {
  runAction({ name: VALIDATE_LEDGER_ACTION, divisions: ['Keuangan'] }, validateLedger);
}
