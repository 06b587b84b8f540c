/**
 * Cash accounts (bank, e-wallet, tunai) of the cash book: which account a `Keuangan · Kas` row belongs
 * to, and each account's balance at given moments — its opening balance (`Saldo awal`) plus every
 * income minus every expense dated before the moment. The owner compares it with the bank statement.
 * Computed in one pass over the rows already read (no per-row formula in the sheet). Pure.
 */
import { Rupiah } from './money';
import { EXPENSE, INCOME, isOpeningBalance, LedgerEntry } from './ledger';

/** One account's balances at the moments asked for, and whether it has an opening balance at all. */
export interface AccountBalance {
  readonly account: string;
  /** The balance just before each moment (entries dated earlier), in the order of the moments. */
  readonly balances: readonly Rupiah[];
  /** Whether a `Saldo awal` row was booked to this account; without one the balance starts at Rp0. */
  readonly hasOpening: boolean;
}

/** The account a row counts to: its `Akun` as listed, or the first account of the list when blank (the main account). */
export function accountOf(entry: Pick<LedgerEntry, 'account'>, accounts: readonly string[]): string {
  const named = entry.account ?? '';
  if (named === '') return accounts[0] ?? '';
  return accounts.find((a) => a.toLowerCase() === named.toLowerCase()) ?? named;
}

/**
 * The balance of each account at each moment in `moments` (epoch ms, entries dated before it count):
 * accounts in the order of the list, then any other account a row names; an account of the list
 * appears only when a row uses it, except the main account, which is always shown.
 */
export function accountBalances(ledger: readonly LedgerEntry[], accounts: readonly string[], moments: readonly number[]): AccountBalance[] {
  const sums = new Map<string, { balances: number[]; hasOpening: boolean }>();
  const slot = (account: string) => {
    const key = account.toLowerCase();
    let found = sums.get(key);
    if (!found) {
      found = { balances: moments.map(() => 0), hasOpening: false };
      sums.set(key, found);
    }
    return found;
  };
  if (accounts.length > 0) slot(accounts[0]);
  const names = new Map<string, string>(accounts.map((a) => [a.toLowerCase(), a]));
  for (const entry of ledger) {
    const account = accountOf(entry, accounts);
    if (!names.has(account.toLowerCase())) names.set(account.toLowerCase(), account);
    const target = slot(account);
    if (isOpeningBalance(entry)) target.hasOpening = true;
    const signed = entry.type === INCOME ? entry.amount : entry.type === EXPENSE ? -entry.amount : 0;
    moments.forEach((moment, i) => {
      if (entry.date < moment) target.balances[i] += signed;
    });
  }
  const listed = accounts.map((a) => a.toLowerCase());
  const order = [...listed.filter((key) => sums.has(key)), ...[...sums.keys()].filter((key) => !listed.includes(key)).sort()];
  return order.map((key) => {
    const sum = sums.get(key) as { balances: number[]; hasOpening: boolean };
    return { account: names.get(key) ?? key, balances: sum.balances, hasOpening: sum.hasOpening };
  });
}
