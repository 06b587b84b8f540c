/**
 * Toko → Periksa buku kas: reads `Keuangan · Kas` once and lists every row the monthly report cannot
 * count (bad date, type, category, amount or account, an ID used twice), each with its row number, then
 * each cash account's balance today (opening balance + income − expenses of the rows that count), to
 * compare with the bank statement. Changes nothing.
 */
import { Text } from '../domain/i18n';
import { financeActionTexts as T } from '../domain/finance-messages';
import { checkLedgerRows } from '../domain/ledger';
import { accountBalances } from '../domain/cash-accounts';
import { balancesMessage } from '../domain/books-render';
import { LEDGER_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, runAction } from './action';

/** The menu caption and Log name of the action. */
export const VALIDATE_LEDGER_ACTION = 'Periksa buku kas';

/** How many bad rows the message lists before "… and N more". */
export const LISTED_PROBLEMS = 20;

/** Checks the ledger rows against the categories and accounts in Pengaturan; the message lists what to fix, then the balances. */
export function validateLedger(ctx: ActionContext): ActionOutcome {
  const ledger = Table.read(ctx.ss, LEDGER_SHEET);
  const { entries, problems } = checkLedgerRows(ledger.rows, ctx.settings.ledgerCategories, ctx.settings.cashAccounts);
  const today = accountBalances(entries, ctx.settings.cashAccounts, [ctx.now + 1]).map((a) => ({ account: a.account, balance: a.balances[0], hasOpening: a.hasOpening }));
  const withBalances = (text: Text): Text => ({ id: `${text.id}\n${balancesMessage(today, 'id')}`, en: `${text.en}\n${balancesMessage(today, 'en')}` });
  if (problems.length === 0) return { message: withBalances(T.ledgerOk(ledger.rows.length)) };
  const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => p.text);
  return { message: withBalances(T.ledgerBad(problems.length, ledger.rows.length, listed, problems.length - listed.length)), alert: true };
}

/** Toko → Periksa buku kas, for Keuangan. */
export function validateLedgerFromMenu(): void {
  runAction({ name: VALIDATE_LEDGER_ACTION, divisions: ['Keuangan'] }, validateLedger);
}
