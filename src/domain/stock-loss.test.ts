import { jakartaInstant } from './jakarta-time';
import { checkLedgerRows } from './ledger';
import { buildMonthlyReport, reportOrderFromRecord } from './monthly-report';
import { renderReportMail } from './report-render';
import { stockLossOf, withStockAdjustmentCategory } from './stock-loss';
import { LEDGER_CATEGORIES } from '../sheets/schema';

const J = jakartaInstant;
const categories = withStockAdjustmentCategory([...LEDGER_CATEGORIES]);

/** November: one sale (revenue 200.000, HPP 80.000), Iklan 50.000, and three stock-opname entries. */
function novemberReport() {
  const ledger = checkLedgerRows(
    [
      { rowNumber: 2, record: { entryId: 'PJ-TK-1', date: J(2026, 11, 3), type: 'Pemasukan', category: 'Penjualan', amount: 200000 } },
      { rowNumber: 3, record: { date: J(2026, 11, 5), type: 'Pengeluaran', category: 'Iklan', amount: 50000 } },
      { rowNumber: 4, record: { entryId: 'SO-KAOS-HTM-L-1', date: J(2026, 11, 28), type: 'Pengeluaran', category: 'Penyesuaian Stok', amount: 80000 } },
      { rowNumber: 5, record: { entryId: 'SO-TOPI-01-1', date: J(2026, 11, 28), type: 'Pengeluaran', category: 'penyesuaian stok', amount: 20000 } },
      { rowNumber: 6, record: { entryId: 'SO-TOTE-02-1', date: J(2026, 11, 28), type: 'Pemasukan', category: 'Penyesuaian Stok', amount: 35000 } },
    ],
    categories,
  );
  expect(ledger.problems).toEqual([]);
  const orders = [reportOrderFromRecord({ orderId: 'TK-1', paymentMethod: 'Transfer', paymentStatus: 'Lunas', fulfilment: 'Sudah dikirim', approvedAt: J(2026, 11, 3), total: 200000, shippingCost: 0, discount: 0, costOfGoods: 80000 })];
  return buildMonthlyReport({ month: '2026-11', now: J(2026, 12, 1, 7), orders, ledger: ledger.entries, ledgerProblems: [], stock: [], categories, parseItems: () => [] });
}

describe('stock adjustments in the monthly report', () => {
  it('lowers net profit by the net stock loss at cost and keeps it out of cash and expenses', () => {
    const november = novemberReport().figures[2];

    // 80.000 + 20.000 lost or damaged, 35.000 found again: a loss of 65.000.
    expect(november.stockLoss).toBe(65000);
    expect(november.cashIn).toBe(200000);
    expect(november.cashOut).toBe(50000);
    expect(november.operatingExpenses).toBe(50000);
    expect(november.otherIncome).toBe(0);
    expect(november.expensesByCategory).toEqual({ Iklan: 50000 });
    // gross profit 120.000 − Iklan 50.000 − stock loss 65.000
    expect(november.netProfit).toBe(5000);
  });

  it('shows the stock-loss line under operating expenses, only in a report that has one', () => {
    const lines = renderReportMail(novemberReport(), 'id', 'Toko Ceria', 'Laporan 2026-11', '').body;

    expect(lines).toMatch(/dikurangi penyesuaian stok \(hilang\/rusak, bukan kas\).*Rp65\.000/);
    expect(lines.indexOf('dikurangi biaya operasional')).toBeLessThan(lines.indexOf('dikurangi penyesuaian stok'));
  });
});

describe('stockLossOf', () => {
  it('is the amount of a loss, minus the amount of a gain, and null for any other entry', () => {
    expect(stockLossOf({ category: 'Penyesuaian Stok', type: 'Pengeluaran', amount: 40000 })).toBe(40000);
    expect(stockLossOf({ category: 'Penyesuaian Stok', type: 'Pemasukan', amount: 40000 })).toBe(-40000);
    expect(stockLossOf({ category: 'Iklan', type: 'Pengeluaran', amount: 40000 })).toBeNull();
  });
});

describe('withStockAdjustmentCategory', () => {
  it('adds Penyesuaian Stok to a Pengaturan list from before stock opname, once', () => {
    expect(withStockAdjustmentCategory(['Penjualan', 'Iklan'])).toEqual(['Penjualan', 'Iklan', 'Penyesuaian Stok']);
    expect(withStockAdjustmentCategory(['penyesuaian stok'])).toEqual(['penyesuaian stok']);
  });
});
