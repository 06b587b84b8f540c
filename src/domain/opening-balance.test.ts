/** An opening balance (Saldo awal) starts an account's balance and is no income, no cash flow and no profit. */
import { jakartaInstant } from './jakarta-time';
import { checkLedgerRows } from './ledger';
import { buildMonthlyReport } from './monthly-report';

const J = jakartaInstant;
/** Pengaturan's list as an older shop has it: without Saldo awal, which is accepted all the same. */
const OLD_CATEGORIES = ['Penjualan', 'Iklan', 'Lainnya'];

describe('Saldo awal in the monthly report', () => {
  it('is accepted without being on the list, and leaves cash in, other income and net profit as they were', () => {
    const rows = [
      { date: J(2026, 11, 1), type: 'Pemasukan', category: 'saldo awal', amount: 4_500_000, account: 'BCA' },
      { date: J(2026, 11, 1), type: 'Pengeluaran', category: 'Saldo awal', amount: 150_000, account: 'Kartu kredit' },
      { date: J(2026, 11, 2), type: 'Pemasukan', category: 'Lainnya', amount: 25_000 },
      { date: J(2026, 11, 3), type: 'Pengeluaran', category: 'Iklan', amount: 100_000 },
    ].map((record, i) => ({ rowNumber: i + 2, record }));
    const ledger = checkLedgerRows(rows, OLD_CATEGORIES);

    const [, , nov] = buildMonthlyReport({ month: '2026-11', now: J(2026, 12, 1, 7), orders: [], ledger: ledger.entries, ledgerProblems: ledger.problems, stock: [], categories: OLD_CATEGORIES, parseItems: () => [] }).figures;

    expect(ledger.problems).toEqual([]);
    expect([nov.cashIn, nov.cashOut, nov.otherIncome, nov.operatingExpenses, nov.netProfit]).toEqual([25_000, 100_000, 25_000, 100_000, -75_000]);
    expect(nov.expensesByCategory).toEqual({ Iklan: 100_000 });
  });
});
