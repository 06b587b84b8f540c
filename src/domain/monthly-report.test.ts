import { jakartaInstant } from './jakarta-time';
import { checkLedgerRows } from './ledger';
import { parseItems } from './items';
import { buildMonthlyReport, mergeOrderSheets, MonthFigures, MonthlyReport, parseReportMonth, ReportInput, reportOrderFromRecord, reportStockItemFromRecord, saleMoment } from './monthly-report';
import { LEDGER_CATEGORIES } from '../sheets/schema';

const J = jakartaInstant;
const NOW = J(2026, 12, 1, 7, 0);
const itemsOf = (text: string) => {
  const parsed = parseItems(text);
  return parsed.ok ? parsed.items : [];
};

/** An order row as the sheets hold it; only what a test names is filled in. */
function order(fields: Record<string, string | number>) {
  return reportOrderFromRecord({
    paymentStatus: 'Lunas',
    discount: 0,
    shippingCost: 0,
    ...fields,
  });
}

/** Built inside each test (not at load time), so mutation testing can tell which tests cover which code. */
const stockItems = () => [
  { sku: 'KAOS-M', name: 'Kaos Polos', variant: 'M', onHand: 20, reserved: 5, available: 15, reorderPoint: 10, costPrice: 40000, sellingPrice: 100000 },
  { sku: 'TOPI', name: 'Topi', variant: '', onHand: 3, reserved: 0, available: 3, reorderPoint: 5, costPrice: 20000, sellingPrice: 50000 },
  { sku: 'TAS', name: 'Tas', variant: '', onHand: 0, reserved: 0, available: 0, reorderPoint: '', costPrice: 150000, sellingPrice: 300000 },
].map(reportStockItemFromRecord);

/*
 * The fixture, computed by hand (months Sep, Oct, Nov 2026; the report is November's):
 *
 * Nov sales: O1 180.000 (195.000 − ongkir 15.000; diskon 20.000; HPP 80.000)
 *            O2  50.000 (approved 30 Nov 23.30 WIB; not shipped: HPP estimated 1 × 20.000)
 *            O4 300.000 (COD delivered 25 Nov; HPP 150.000; complaint)
 *            O9  50.000 (typed in by hand: no approval time, status Sudah dikirim, order date 10 Nov; HPP 20.000)
 *            O10 100.000 (COD shipped 30 Oct, delivered 2 Nov; HPP 40.000)
 *   → 5 orders, revenue 680.000, discounts 20.000, gross sales 700.000, shipping 57.000,
 *     HPP 310.000 (1 estimated), gross profit 370.000, margin 370/680, AOV 136.000, 1 complaint (20%).
 * Not Nov sales: O3 approved 1 Dec 00.10 WIB (still 30 Nov in UTC); O5 COD not delivered; O8 rejected.
 * Oct sales: O7 190.000 (diskon 10.000, HPP 80.000); O6 200.000 approved 10 Oct and cancelled 12 Oct
 *   (refunded, never shipped): sold and reversed in October, so it counts nowhere
 *   → 1 order, revenue 190.000, discounts 10.000, shipping 0, HPP 80.000, gross profit 110.000.
 * Sep: no orders.
 *
 * Ledger Nov: in Penjualan 195.000 (cash only), Lainnya 25.000 (other income);
 *             out Iklan 100.000, Pembelian stok 400.000, Ongkir 50.000, Gaji 500.000, Refund 30.000 (O1's
 *             complaint: the customer keeps the goods — a deduction from sales, not an operating expense)
 *   → cash in 220.000, cash out 1.080.000, operating expenses 650.000,
 *     net profit 370.000 + 57.000 + 25.000 − 30.000 − 650.000 = −228.000.
 * Ledger Oct: Refund 210.000 (O6's cancellation: the cash side of the reversal, in no profit figure)
 *   → net profit 110.000.
 * Ledger Sep: Gaji 500.000 → net profit −500.000.
 * Two bad Nov rows (amount "abc", category "Bensin") count nowhere; a 1 Dec row is outside.
 *
 * Outstanding COD: end Oct O10 (112.000); end Nov O5 (120.000).
 * Stock now: value 20 × 40.000 + 3 × 20.000 = 860.000; 23 units; low: TOPI (3 ≤ 5), TAS (0 ≤ 0).
 */
const orders = () => [
  order({ orderId: 'O1', paymentMethod: 'Transfer', channel: 'WA', items: 'KAOS-M x2', subtotal: 200000, discount: 20000, shippingCost: 15000, total: 195000, costOfGoods: 80000, fulfilment: 'Diterima', approvedAt: J(2026, 11, 5, 10, 0), shippedAt: J(2026, 11, 6), deliveredAt: J(2026, 11, 8) }),
  order({ orderId: 'O2', paymentMethod: 'Transfer', channel: 'Instagram', items: 'TOPI x1', subtotal: 50000, shippingCost: 10000, total: 60000, fulfilment: 'Menunggu packing', approvedAt: J(2026, 11, 30, 23, 30) }),
  order({ orderId: 'O3', paymentMethod: 'Transfer', channel: 'WA', items: 'KAOS-M x1', subtotal: 100000, shippingCost: 10000, total: 110000, fulfilment: 'Menunggu packing', approvedAt: J(2026, 12, 1, 0, 10) }),
  order({ orderId: 'O4', paymentMethod: 'COD', channel: 'Shopee', items: 'TAS x1', subtotal: 300000, shippingCost: 20000, total: 320000, costOfGoods: 150000, fulfilment: 'Diterima', complaint: 'Cacat/rusak', approvedAt: J(2026, 11, 18), shippedAt: J(2026, 11, 20), deliveredAt: J(2026, 11, 25) }),
  order({ orderId: 'O5', paymentMethod: 'COD', paymentStatus: 'Belum bayar', channel: 'WA', items: 'KAOS-M x1', subtotal: 100000, shippingCost: 20000, total: 120000, costOfGoods: 40000, fulfilment: 'Sudah dikirim', approvedAt: J(2026, 11, 26), shippedAt: J(2026, 11, 28) }),
  order({ orderId: 'O6', paymentMethod: 'Transfer', paymentStatus: 'Refund', channel: 'WA', items: 'KAOS-M x1, TOPI x2', subtotal: 200000, shippingCost: 10000, total: 210000, fulfilment: 'Dibatalkan', approvedAt: J(2026, 10, 10), cancelledAt: J(2026, 10, 12) }),
  order({ orderId: 'O7', paymentMethod: 'Transfer', channel: 'Tokopedia', items: 'TOPI x4', subtotal: 200000, discount: 10000, total: 190000, costOfGoods: 80000, fulfilment: 'Diterima', approvedAt: J(2026, 10, 20), shippedAt: J(2026, 10, 21), deliveredAt: J(2026, 10, 23) }),
  order({ orderId: 'O8', paymentMethod: 'Transfer', paymentStatus: 'Belum bayar', channel: 'WA', items: 'TOPI x1', subtotal: 50000, total: 50000, fulfilment: 'Ditolak', orderDate: J(2026, 11, 3) }),
  order({ orderId: 'O9', paymentMethod: 'Transfer', channel: '', items: 'TOPI x1', subtotal: 50000, total: 50000, costOfGoods: 20000, fulfilment: 'Sudah dikirim', orderDate: J(2026, 11, 10) }),
  order({ orderId: 'O10', paymentMethod: 'COD', channel: 'WA', items: 'KAOS-M x1', subtotal: 100000, shippingCost: 12000, total: 112000, costOfGoods: 40000, fulfilment: 'Diterima', approvedAt: J(2026, 10, 28), shippedAt: J(2026, 10, 30), deliveredAt: J(2026, 11, 2) }),
];

const LEDGER_ROWS = [
  { entryId: 'PJ-O1', date: J(2026, 11, 5), type: 'Pemasukan', category: 'Penjualan', amount: 195000, reference: 'O1' },
  { entryId: '', date: J(2026, 11, 10), type: 'Pengeluaran', category: 'Iklan', amount: 100000 },
  { entryId: 'PB-PO-1-KAOS-M-10', date: J(2026, 11, 15), type: 'Pengeluaran', category: 'Pembelian stok', amount: 400000 },
  { entryId: '', date: J(2026, 11, 20), type: 'Pengeluaran', category: 'ongkir', amount: '50.000' },
  { entryId: '', date: '30/11/2026', type: 'pengeluaran', category: 'Gaji', amount: 'Rp500.000' },
  { entryId: '', date: J(2026, 11, 12), type: 'Pemasukan', category: 'Lainnya', amount: 25000 },
  { entryId: '', date: J(2026, 10, 12), type: 'Pengeluaran', category: 'Refund', amount: 210000, reference: 'O6' },
  { entryId: '', date: J(2026, 12, 1), type: 'Pengeluaran', category: 'Iklan', amount: 999999 },
  { entryId: '', date: J(2026, 11, 16), type: 'Pengeluaran', category: 'Iklan', amount: 'abc' },
  { entryId: '', date: J(2026, 11, 17), type: 'Pengeluaran', category: 'Bensin', amount: 70000 },
  { entryId: '', date: J(2026, 9, 30), type: 'Pengeluaran', category: 'Gaji', amount: 500000 },
  { entryId: '', date: J(2026, 11, 3), type: 'Pengeluaran', category: 'Refund', amount: 30000, reference: 'O1' },
].map((record, i) => ({ rowNumber: i + 2, record }));

function input(month: string, overrides: Partial<ReportInput> = {}): ReportInput {
  const ledger = checkLedgerRows(LEDGER_ROWS, LEDGER_CATEGORIES);
  return {
    month,
    now: NOW,
    orders: orders(),
    ledger: ledger.entries,
    ledgerProblems: ledger.problems,
    stock: stockItems(),
    categories: LEDGER_CATEGORIES,
    parseItems: itemsOf,
    ...overrides,
  };
}

describe('buildMonthlyReport', () => {
  let report: MonthlyReport;
  let sep: MonthFigures;
  let oct: MonthFigures;
  let nov: MonthFigures;
  beforeEach(() => {
    report = buildMonthlyReport(input('2026-11'));
    [sep, oct, nov] = report.figures;
  });

  it('covers the month and the two before it, oldest first', () => {
    expect(report.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(report.figures.map((f) => f.month)).toEqual(['2026-09', '2026-10', '2026-11']);
  });

  it('counts November sales, revenue, discounts, shipping and average order value as computed by hand', () => {
    expect(nov.orderCount).toBe(5);
    expect(nov.revenue).toBe(680000);
    expect(nov.discounts).toBe(20000);
    expect(nov.grossSales).toBe(700000);
    expect(nov.shippingCollected).toBe(37000); // O4's Rp20.000 went to Shopee, which pays its courier (issue 12)
    expect(nov.averageOrderValue).toBe(136000);
  });

  it('takes HPP from the orders and estimates it for a sale not shipped yet', () => {
    expect(nov.costOfGoods).toBe(310000);
    expect(nov.estimatedCostOrders).toBe(1);
    expect(nov.grossProfit).toBe(370000);
    expect(nov.grossMargin).toBeCloseTo(370000 / 680000, 10);
  });

  it('puts an order approved at 30 Nov 23.30 WIB in November and one at 1 Dec 00.10 WIB in December, though both are 30 Nov in UTC', () => {
    const o2 = orders().find((o) => o.orderId === 'O2')!;
    const o3 = orders().find((o) => o.orderId === 'O3')!;
    expect(new Date(saleMoment(o2)!).getUTCDate()).toBe(30);
    expect(new Date(saleMoment(o3)!).getUTCDate()).toBe(30);

    expect(nov.salesByChannel.Instagram).toEqual({ orders: 1, revenue: 50000 });
    expect(buildMonthlyReport(input('2026-12')).figures[2].salesByChannel.WA).toEqual({ orders: 1, revenue: 100000 });
  });

  it('counts a COD order when it is delivered, not when it is shipped', () => {
    expect(nov.salesByChannel.Shopee).toEqual({ orders: 1, revenue: 300000 });
    expect(nov.salesByChannel.WA).toEqual({ orders: 2, revenue: 280000 });
  });

  it('a paid order approved and cancelled in one month counts nowhere; its refund is cash out but no expense', () => {
    expect(oct.orderCount).toBe(1);
    expect(oct.revenue).toBe(190000);
    expect(oct.shippingCollected).toBe(0);
    expect(oct.costOfGoods).toBe(80000);
    expect(oct.estimatedCostOrders).toBe(0);
    expect([oct.cancelledSales, oct.cancelledRevenue]).toEqual([1, 200000]);
    expect(oct.refundCount).toBe(1);
    expect(oct.refundAmount).toBe(210000);
    expect(oct.cashOut).toBe(210000);
    expect([oct.operatingExpenses, oct.otherRefunds]).toEqual([0, 0]);
    expect(oct.netProfit).toBe(110000);
    expect(nov.refundCount).toBe(1);
    expect(nov.refundAmount).toBe(30000);
  });

  it('groups expenses by category in the order of Pengaturan and leaves stock purchases out of net profit', () => {
    expect(report.expenseCategories).toEqual(['Ongkir', 'Pembelian stok', 'Iklan', 'Gaji', 'Refund']);
    expect(nov.expensesByCategory).toEqual({ Iklan: 100000, 'Pembelian stok': 400000, Ongkir: 50000, Gaji: 500000, Refund: 30000 });
    expect(nov.stockPurchases).toBe(400000);
    expect(nov.operatingExpenses).toBe(650000);
    expect(nov.otherRefunds).toBe(30000);
    expect(nov.otherIncome).toBe(25000);
    expect(nov.cashIn).toBe(220000);
    expect(nov.cashOut).toBe(1080000);
    expect(nov.netProfit).toBe(-248000); // without O4's Shopee shipping (issue 12)
  });

  it('reports bad ledger rows with their row numbers and counts them nowhere', () => {
    expect(report.ledgerProblems.map((p) => p.rowNumber)).toEqual([10, 11]);
    expect(report.ledgerProblems[0].text.id).toContain('baris 10');
    expect(report.ledgerProblems[1].text.id).toContain('Bensin');
  });

  it('counts complaints among the month’s sales and their rate', () => {
    expect(nov.complaints).toBe(1);
    expect(nov.complaintRate).toBeCloseTo(0.2, 10);
    expect(oct.complaints).toBe(0);
    expect(oct.complaintRate).toBe(0);
  });

  it('still counts a complaint once it is handled, under the new value and the old stored "Selesai"', () => {
    for (const handled of ['Sudah ditangani', 'Selesai']) {
      const withHandled = orders().map((o) => (o.orderId === 'O1' ? { ...o, complaint: handled } : o));

      const [, , november] = buildMonthlyReport(input('2026-11', { orders: withHandled })).figures;

      expect(november.complaints).toBe(2);
    }
  });

  it('lists COD money still with couriers at the end of each month', () => {
    expect([sep.outstandingCodCount, oct.outstandingCodCount, nov.outstandingCodCount]).toEqual([0, 1, 1]);
    expect([sep.outstandingCodAmount, oct.outstandingCodAmount, nov.outstandingCodAmount]).toEqual([0, 112000, 120000]);
  });

  it('orders channels by this month’s revenue and lists channels of the earlier months too', () => {
    expect(report.channels).toEqual(['Shopee', 'WA', 'Instagram', 'Lainnya', 'Tokopedia']);
    expect(oct.salesByChannel.Tokopedia).toEqual({ orders: 1, revenue: 190000 });
  });

  it('ranks top products by revenue, splitting an order over its items by list price', () => {
    expect(report.topProducts).toEqual([
      { sku: 'TAS', name: 'Tas', quantity: [0, 0, 1], revenue: [0, 0, 300000] },
      { sku: 'KAOS-M', name: 'Kaos Polos · M', quantity: [0, 0, 3], revenue: [0, 0, 280000] },
      { sku: 'TOPI', name: 'Topi', quantity: [0, 4, 2], revenue: [0, 190000, 100000] },
    ]);
  });

  it('values today’s stock at cost and lists low stock, most urgent first', () => {
    expect(report.stockValue).toBe(860000);
    expect(report.stockUnits).toBe(23);
    expect(report.lowStock.map((s) => s.sku)).toEqual(['TOPI', 'TAS']);
  });

  it('shows a month without orders as zeros, with no margin, average or complaint rate', () => {
    expect(sep.orderCount).toBe(0);
    expect(sep.revenue).toBe(0);
    expect(sep.grossMargin).toBeNull();
    expect(sep.averageOrderValue).toBeNull();
    expect(sep.complaintRate).toBeNull();
    expect(sep.netProfit).toBe(-500000);
  });

  it('builds a report for a month with no orders or ledger at all', () => {
    const empty = buildMonthlyReport(input('2026-06', { orders: [], ledger: [], ledgerProblems: [] }));

    expect(empty.figures.map((f) => f.orderCount)).toEqual([0, 0, 0]);
    expect(empty.figures[2].netProfit).toBe(0);
    expect(empty.topProducts).toEqual([]);
    expect(empty.channels).toEqual([]);
    expect(empty.expenseCategories).toEqual([]);
  });

  it('crosses a year: January’s report compares with November and December', () => {
    expect(buildMonthlyReport(input('2027-01')).months).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});

describe('mergeOrderSheets', () => {
  it('counts an order caught on two sheets by a delivery cut short once, as it stands on the later sheet', () => {
    const delivered = order({ orderId: 'TK-7', paymentMethod: 'COD', total: 100000, fulfilment: 'Diterima', shippedAt: J(2026, 11, 20), deliveredAt: J(2026, 11, 22) });
    const stillShipping = order({ orderId: 'TK-7', paymentMethod: 'COD', total: 100000, fulfilment: 'Sudah dikirim', shippedAt: J(2026, 11, 20) });

    const merged = mergeOrderSheets([[delivered], [stillShipping]]);

    expect(merged).toEqual([delivered]);
  });

  it('keeps every order of each sheet, and rows without an order ID as they are', () => {
    const done = [order({ orderId: 'TK-1' }), order({ orderId: '' })];
    const shipping = [order({ orderId: 'TK-2' }), order({ orderId: '' })];

    const merged = mergeOrderSheets([done, shipping]);

    expect(merged.map((o) => o.orderId)).toEqual(['TK-1', '', 'TK-2', '']);
  });

  it('makes a half-done delivery neither a second sale nor COD money still with the courier', () => {
    const delivered = order({ orderId: 'TK-7', paymentMethod: 'COD', total: 100000, fulfilment: 'Diterima', shippedAt: J(2026, 11, 20), deliveredAt: J(2026, 11, 22) });
    const stillShipping = order({ orderId: 'TK-7', paymentMethod: 'COD', total: 100000, fulfilment: 'Sudah dikirim', shippedAt: J(2026, 11, 20) });

    const report = buildMonthlyReport({
      month: '2026-11', now: NOW, orders: mergeOrderSheets([[delivered], [stillShipping]]), ledger: [], ledgerProblems: [], stock: [], categories: [], parseItems: itemsOf,
    });

    expect(report.figures[2].orderCount).toBe(1);
    expect(report.figures[2].outstandingCodCount).toBe(0);
  });
});

describe('parseReportMonth', () => {
  it.each([
    ['2026-11', '2026-11'],
    ['2026-1', '2026-01'],
    ['11/2026', '2026-11'],
    ['3-2027', '2027-03'],
    ['Nov 2026', '2026-11'],
    ['Desember 2026', '2026-12'],
    [' agustus 2026 ', '2026-08'],
  ])('reads %p as %p', (typed, month) => {
    expect(parseReportMonth(typed)).toBe(month);
  });

  it.each([['2026-13'], ['bulan lalu'], ['13/2026'], ['Nov'], ['']])('refuses %p', (typed) => {
    expect(parseReportMonth(typed)).toBeNull();
  });
});

describe('monthly report guards', () => {
  const entry = (date: number, type: 'Pemasukan' | 'Pengeluaran', category: string, amount: number) => ({ rowNumber: 2, entryId: '', date, type, category, amount, reference: '', note: '', by: '' });
  const reportOf = (orders: ReturnType<typeof order>[], changes: Partial<ReportInput> = {}) =>
    buildMonthlyReport({ month: '2026-11', now: NOW, orders, ledger: [], ledgerProblems: [], stock: [], categories: LEDGER_CATEGORIES, parseItems: itemsOf, ...changes });
  const sale = (orderId: string, approvedAt: number, fields: Record<string, string | number> = {}) =>
    order({ orderId, paymentMethod: 'Transfer', channel: 'WA', items: 'TOPI x1', total: 50000, costOfGoods: 20000, fulfilment: 'Diterima', approvedAt, ...fields });

  it('a sale in the oldest of the three months counts there, and one a moment before it counts nowhere', () => {
    const report = reportOf([sale('A', J(2026, 9, 1, 0, 0)), sale('B', J(2026, 8, 31, 23, 59)), sale('C', J(2026, 10, 1, 0, 0)), sale('D', J(2026, 11, 30, 23, 59)), sale('E', J(2026, 12, 1, 0, 0)), sale('F', J(2026, 11, 1, 0, 0))]);

    expect(report.figures.map((f) => f.orderCount)).toEqual([1, 1, 2]);
    expect(report.figures.map((f) => f.revenue)).toEqual([50000, 50000, 100000]);
  });

  it('a ledger entry in the oldest month counts there, and one a moment before the window counts nowhere', () => {
    const ledger = [entry(J(2026, 9, 1), 'Pengeluaran', 'Gaji', 100), entry(J(2026, 8, 31, 23, 59), 'Pengeluaran', 'Gaji', 7), entry(J(2026, 12, 1), 'Pemasukan', 'Lainnya', 9)];

    const report = reportOf([], { ledger });

    expect(report.figures.map((f) => f.cashOut)).toEqual([100, 0, 0]);
    expect(report.figures.map((f) => f.cashIn)).toEqual([0, 0, 0]);
  });

  it('a COD order delivered without a delivery time counts on its order date; one not delivered is no sale', () => {
    const delivered = order({ orderId: 'A', paymentMethod: 'cod', total: 60000, fulfilment: 'Diterima', orderDate: J(2026, 11, 4), approvedAt: J(2026, 10, 2) });
    const onTheWay = order({ orderId: 'B', paymentMethod: 'COD', total: 60000, fulfilment: 'Sudah dikirim', orderDate: J(2026, 11, 4), approvedAt: J(2026, 11, 2) });

    expect(saleMoment(delivered)).toBe(J(2026, 11, 4));
    expect(saleMoment(onTheWay)).toBeNull();
    expect(saleMoment({ ...onTheWay, fulfilment: 'Ditolak', deliveredAt: J(2026, 11, 5) })).toBeNull();
  });

  it('a transfer order still waiting for approval is no sale, even with an order date', () => {
    expect(saleMoment(order({ orderId: 'A', paymentMethod: 'Transfer', fulfilment: 'Menunggu approval', orderDate: J(2026, 11, 4) }))).toBeNull();
    for (const fulfilment of ['Menunggu packing', 'Sudah dikemas', 'Sudah dikirim', 'Diterima']) {
      expect(saleMoment(order({ orderId: 'A', paymentMethod: 'Transfer', fulfilment, orderDate: J(2026, 11, 4) }))).toBe(J(2026, 11, 4));
    }
  });

  it('revenue without a Total is Subtotal − Diskon, and the outstanding COD amount adds the shipping back', () => {
    const shipped = order({ orderId: 'A', paymentMethod: 'COD', paymentStatus: 'Belum bayar', subtotal: 100000, discount: 10000, shippingCost: 15000, fulfilment: 'Sudah dikirim', shippedAt: J(2026, 11, 20) });
    const sold = sale('B', J(2026, 11, 3), { total: '', subtotal: 80000, discount: 5000, shippingCost: 9000 });
    const nothing = sale('C', J(2026, 11, 4), { total: '', subtotal: '', discount: 1000 });

    const nov = reportOf([shipped, sold, nothing]).figures[2];

    expect(nov.outstandingCodAmount).toBe(105000);
    expect(nov.revenue).toBe(75000 - 1000);
    expect(nov.grossSales).toBe(75000 - 1000 + 6000);
  });

  it('COD money is with the courier from the moment of shipping until delivery or cancellation', () => {
    const cod = (orderId: string, fields: Record<string, string | number>) => order({ orderId, paymentMethod: 'COD', paymentStatus: 'Belum bayar', total: 100000, fulfilment: 'Sudah dikirim', ...fields });
    const orders = [
      cod('shipped at the month end', { shippedAt: J(2026, 11, 1) }),
      cod('delivered at the month end', { shippedAt: J(2026, 10, 20), deliveredAt: J(2026, 11, 1), fulfilment: 'Diterima' }),
      cod('cancelled at the month end', { shippedAt: J(2026, 10, 20), cancelledAt: J(2026, 11, 1), fulfilment: 'Dibatalkan' }),
      cod('cancelled before', { shippedAt: J(2026, 10, 20), cancelledAt: J(2026, 10, 31), fulfilment: 'Dibatalkan' }),
      cod('cancelled later', { shippedAt: J(2026, 10, 20), cancelledAt: J(2026, 11, 15), fulfilment: 'Dibatalkan' }),
      cod('rejected', { shippedAt: J(2026, 10, 20), fulfilment: 'Ditolak' }),
      cod('paid, no time', { shippedAt: J(2026, 10, 20), paymentStatus: 'lunas' }),
      cod('delivered, no time', { shippedAt: J(2026, 10, 20), fulfilment: 'Diterima' }),
      cod('cancelled, no time', { shippedAt: J(2026, 10, 20), fulfilment: 'Dibatalkan' }),
      cod('still out', { shippedAt: J(2026, 10, 20) }),
      cod('not shipped yet', { fulfilment: 'Sudah dikemas' }),
      order({ orderId: 'transfer', paymentMethod: 'Transfer', total: 100000, fulfilment: 'Sudah dikirim', shippedAt: J(2026, 10, 20), approvedAt: J(2026, 10, 19) }),
    ];

    const oct = reportOf(orders).figures[1];

    expect(oct.outstandingCodCount).toBe(4);
    expect(oct.outstandingCodAmount).toBe(400000);
  });

  it('an order cancelled without a cancellation time is no sale; a sale without HPP is estimated from the cost price', () => {
    const stock = [reportStockItemFromRecord({ sku: 'TOPI', name: 'Topi', onHand: 5, costPrice: 20000, sellingPrice: 50000 })];
    const orders = [sale('A', J(2026, 11, 3), { costOfGoods: '', fulfilment: 'Dibatalkan', items: 'TOPI x2' }), sale('B', J(2026, 11, 4), { costOfGoods: '', items: 'topi x3, SEPATU x1' })];

    const nov = reportOf(orders, { stock }).figures[2];

    expect(nov.costOfGoods).toBe(60000);
    expect(nov.estimatedCostOrders).toBe(1);
  });

  it('splits an order’s revenue over its items by list price, the last item taking the rounding', () => {
    const stock = [
      reportStockItemFromRecord({ sku: 'A', name: 'Satu', onHand: 1, sellingPrice: 10000 }),
      reportStockItemFromRecord({ sku: 'B', name: 'Dua', onHand: 1, sellingPrice: 20000 }),
    ];

    const report = reportOf([sale('X', J(2026, 11, 3), { items: 'a x1, B x1', total: 100000 })], { stock });

    expect(report.topProducts).toEqual([
      { sku: 'B', name: 'Dua', quantity: [0, 0, 1], revenue: [0, 0, 66667] },
      { sku: 'A', name: 'Satu', quantity: [0, 0, 1], revenue: [0, 0, 33333] },
    ]);
  });

  it('splits by quantity when a price is unknown, and names an unknown product by its SKU', () => {
    const stock = [reportStockItemFromRecord({ sku: 'A', name: 'Satu', onHand: 1, sellingPrice: 10000 })];

    const report = reportOf([sale('X', J(2026, 11, 3), { items: 'A x1, ZZ x3', total: 100000 })], { stock });

    expect(report.topProducts).toEqual([
      { sku: 'ZZ', name: '', quantity: [0, 0, 3], revenue: [0, 0, 75000] },
      { sku: 'A', name: 'Satu', quantity: [0, 0, 1], revenue: [0, 0, 25000] },
    ]);
  });

  it('splits equally over three unknown products, the last taking the rounding', () => {
    const report = reportOf([sale('X', J(2026, 11, 3), { items: 'A x1, B x1, C x1', total: 100000 })]);

    expect(report.topProducts.map((p) => [p.sku, p.revenue[2]])).toEqual([['C', 33334], ['A', 33333], ['B', 33333]]);
  });

  it('leaves out item lines without a SKU or a quantity', () => {
    const parse = () => [{ sku: '', quantity: 2 }, { sku: 'A', quantity: 0 }, { sku: 'B', quantity: 1 }];

    const report = reportOf([sale('X', J(2026, 11, 3))], { parseItems: parse });

    expect(report.topProducts.map((p) => [p.sku, p.revenue[2]])).toEqual([['B', 50000]]);
  });

  it('lists at most ten products, ties broken by quantity then SKU', () => {
    const orders = Array.from({ length: 12 }, (_, i) => sale(`X${i}`, J(2026, 11, 3), { items: `P${String(i).padStart(2, '0')} x${i < 2 ? 2 : 1}`, total: 1000 }));

    const report = reportOf(orders);

    expect(report.topProducts.map((p) => p.sku)).toEqual(['P00', 'P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09']);
  });

  it('ranks channels by this month, then by all three months, then by name', () => {
    const orders = [sale('A', J(2026, 11, 3), { channel: 'Shopee' }), sale('B', J(2026, 11, 3), { channel: 'Email' }), sale('C', J(2026, 10, 3), { channel: 'Email' }), sale('D', J(2026, 9, 3), { channel: 'Tokopedia' }), sale('E', J(2026, 9, 3), { channel: 'Instagram' })];

    expect(reportOf(orders).channels).toEqual(['Email', 'Shopee', 'Instagram', 'Tokopedia']);
  });

  it('other income leaves out sales and shipping in any case; stock purchases and refunds in any case are not operating expenses', () => {
    const ledger = [
      entry(J(2026, 11, 2), 'Pemasukan', 'penjualan', 100),
      entry(J(2026, 11, 2), 'Pemasukan', 'ONGKIR', 10),
      entry(J(2026, 11, 2), 'Pemasukan', 'Lainnya', 1),
      entry(J(2026, 11, 2), 'Pengeluaran', 'pembelian STOK', 1000),
      entry(J(2026, 11, 2), 'Pengeluaran', 'refund', 50),
    ];

    const nov = reportOf([], { ledger }).figures[2];

    expect([nov.otherIncome, nov.cashIn, nov.cashOut, nov.stockPurchases, nov.operatingExpenses, nov.otherRefunds]).toEqual([1, 111, 1050, 1000, 0, 50]);
    expect([nov.refundCount, nov.refundAmount]).toEqual([1, 50]);
    expect(nov.netProfit).toBe(1 - 50);
  });

  it('lists expense categories missing from Pengaturan after the listed ones, alphabetically', () => {
    const ledger = [entry(J(2026, 9, 2), 'Pengeluaran', 'Zakat', 1), entry(J(2026, 10, 2), 'Pengeluaran', 'Gaji', 1), entry(J(2026, 11, 2), 'Pengeluaran', 'Bensin', 1)];

    expect(reportOf([], { ledger }).expenseCategories).toEqual(['Gaji', 'Bensin', 'Zakat']);
  });

  it('rounds the average order value and computes the margin', () => {
    const nov = reportOf([sale('A', J(2026, 11, 3), { total: 10000, costOfGoods: 2500 }), sale('B', J(2026, 11, 3), { total: 10001, costOfGoods: 2500 }), sale('C', J(2026, 11, 3), { total: 10001, costOfGoods: 0 })]).figures[2];

    expect(nov.averageOrderValue).toBe(10001);
    expect(nov.grossMargin).toBeCloseTo(25002 / 30002, 10);
  });

  it('values negative stock at nothing but counts its units, skips rows without a SKU, and ranks low stock by urgency then SKU', () => {
    const stock = [
      { sku: 'B', onHand: 2, available: 2, reorderPoint: 2, costPrice: 100 },
      { sku: 'A', onHand: 4, available: 4, reorderPoint: 4, costPrice: 10 },
      { sku: 'C', onHand: -3, available: -3, reorderPoint: 0, costPrice: 1000 },
      { sku: 'D', onHand: 5, available: 5, reorderPoint: 4, costPrice: 1 },
      { sku: '', onHand: 50, available: 0, reorderPoint: 9, costPrice: 1000 },
    ].map(reportStockItemFromRecord);

    const report = reportOf([], { stock });

    expect(report.stockValue).toBe(2 * 100 + 4 * 10 + 5);
    expect(report.stockUnits).toBe(2 + 4 - 3 + 5);
    expect(report.lowStock).toEqual([
      { sku: 'C', name: '', onHand: -3, available: -3, reorderPoint: 0 },
      { sku: 'A', name: '', onHand: 4, available: 4, reorderPoint: 4 },
      { sku: 'B', name: '', onHand: 2, available: 2, reorderPoint: 2 },
    ]);
  });

  it('reads a stock row: available is on hand − reserved when blank, numbers typed as text count', () => {
    expect(reportStockItemFromRecord({ sku: 'A', name: 'Kaos', variant: 'M', onHand: '7', reserved: '2', available: '', reorderPoint: 'tiga', costPrice: 'Rp1.000', sellingPrice: '' })).toEqual({
      sku: 'A', name: 'Kaos · M', variant: 'M', onHand: 7, available: 5, reorderPoint: 0, costPrice: 1000, sellingPrice: 0,
    });
  });

  it('reads an order row: text in a time column is no time, blank money is null or 0', () => {
    expect(reportOrderFromRecord({ orderId: ' A ', approvedAt: '5 Nov', deliveredAt: Infinity, total: '', subtotal: 'Rp10.000', discount: '', shippingCost: '' })).toMatchObject({
      orderId: 'A', approvedAt: null, deliveredAt: null, total: null, subtotal: 10000, discount: 0, shippingCost: 0, costOfGoods: null,
    });
  });

  it.each([['1999-12'], ['2101-01'], ['0/2026'], ['2026-00'], ['foo 2026'], ['2026-11-01'], ['x2026-11']])('refuses the month %p', (typed) => {
    expect(parseReportMonth(typed)).toBeNull();
  });

  it.each([['2000-01', '2000-01'], ['12/2100', '2100-12'], ['MEI 2026', '2026-05']])('reads the month %p', (typed, month) => {
    expect(parseReportMonth(typed)).toBe(month);
  });
});
