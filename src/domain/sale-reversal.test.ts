/** A paid order cancelled before shipping: the sale, its HPP and its income are reversed in the month it is cancelled. */
import { jakartaInstant } from './jakarta-time';
import { checkLedgerRows } from './ledger';
import { parseItems } from './items';
import { buildMonthlyReport, reportOrderFromRecord } from './monthly-report';
import { LEDGER_CATEGORIES } from '../sheets/schema';

const J = jakartaInstant;
const itemsOf = (text: string) => {
  const parsed = parseItems(text);
  return parsed.ok ? parsed.items : [];
};
const ledgerOf = (rows: Record<string, unknown>[]) => checkLedgerRows(rows.map((record, i) => ({ rowNumber: i + 2, record })), LEDGER_CATEGORIES).entries;
const reportOf = (orders: ReturnType<typeof reportOrderFromRecord>[], ledger: Record<string, unknown>[]) =>
  buildMonthlyReport({ month: '2026-11', now: J(2026, 12, 1, 7), orders, ledger: ledgerOf(ledger), ledgerProblems: [], stock: [], categories: LEDGER_CATEGORIES, parseItems: itemsOf });

/** Approved 30 Oct (Rp210.000 with Rp10.000 shipping, HPP Rp80.000), cancelled 2 Nov and refunded by Toko. */
const cancelled = reportOrderFromRecord({
  orderId: 'TK-2610-0009', paymentMethod: 'Transfer', paymentStatus: 'Refund', channel: 'WA', items: 'KAOS-M x2',
  subtotal: 200000, discount: 0, shippingCost: 10000, total: 210000, costOfGoods: 80000, fulfilment: 'Dibatalkan',
  approvedAt: J(2026, 10, 30, 15), cancelledAt: J(2026, 11, 2, 9),
});
const refund = { entryId: 'RF-TK-2610-0009', date: J(2026, 11, 2, 9), type: 'Pengeluaran', category: 'Refund', amount: 210000, reference: 'TK-2610-0009' };
const sale = { entryId: 'PJ-TK-2610-0009', date: J(2026, 10, 30, 15), type: 'Pemasukan', category: 'Penjualan', amount: 210000, reference: 'TK-2610-0009' };

describe('a paid order cancelled before shipping', () => {
  it('is a sale in the month it was approved, with its HPP', () => {
    const [, oct] = reportOf([cancelled], [sale, refund]).figures;

    expect([oct.orderCount, oct.revenue, oct.shippingCollected, oct.costOfGoods, oct.grossProfit, oct.netProfit]).toEqual([1, 200000, 10000, 80000, 120000, 130000]);
  });

  it('is reversed in the month it is cancelled: order, revenue, shipping and HPP come off, and its refund is no operating expense', () => {
    const [, , nov] = reportOf([cancelled], [sale, refund]).figures;

    expect([nov.orderCount, nov.revenue, nov.shippingCollected, nov.costOfGoods]).toEqual([-1, -200000, -10000, -80000]);
    expect([nov.cancelledSales, nov.cancelledRevenue]).toEqual([1, 200000]);
    expect([nov.cashOut, nov.refundCount, nov.refundAmount]).toEqual([210000, 1, 210000]);
    expect([nov.operatingExpenses, nov.otherRefunds]).toEqual([0, 0]);
    expect(nov.netProfit).toBe(-130000);
    expect(nov.salesByChannel.WA).toEqual({ orders: -1, revenue: -200000 });
  });

  it('over both months earns nothing and loses nothing: the goods went back to stock', () => {
    const figures = reportOf([cancelled], [sale, refund]).figures;

    expect(figures.reduce((sum, f) => sum + f.netProfit, 0)).toBe(0);
    expect(figures.reduce((sum, f) => sum + f.costOfGoods, 0)).toBe(0);
  });

  it('approved and cancelled in the same month counts nowhere, not even as an estimated HPP', () => {
    const sameMonth = { ...cancelled, approvedAt: J(2026, 11, 1, 10), costOfGoods: null };

    const [, , nov] = reportOf([sameMonth], [{ ...sale, date: J(2026, 11, 1, 10) }, refund]).figures;

    expect([nov.orderCount, nov.revenue, nov.costOfGoods, nov.estimatedCostOrders, nov.netProfit]).toEqual([0, 0, 0, 0, 0]);
  });

  it('is known by its refund ID even when the Referensi is blank; a complaint refund of a delivered order is a deduction from sales', () => {
    const delivered = reportOrderFromRecord({ orderId: 'TK-2611-0001', paymentMethod: 'Transfer', paymentStatus: 'Lunas', channel: 'WA', items: 'KAOS-M x1', total: 100000, costOfGoods: 40000, fulfilment: 'Diterima', approvedAt: J(2026, 11, 3) });
    const complaintRefund = { entryId: 'RF-KM-2611-0001', date: J(2026, 11, 10), type: 'Pengeluaran', category: 'Refund', amount: 25000, reference: 'TK-2611-0001' };

    const [, , nov] = reportOf([cancelled, delivered], [sale, { ...refund, reference: '' }, complaintRefund]).figures;

    expect([nov.refundCount, nov.refundAmount, nov.otherRefunds, nov.operatingExpenses]).toEqual([2, 235000, 25000, 0]);
    expect(nov.netProfit).toBe(-130000 + (100000 - 40000) - 25000);
  });
});
