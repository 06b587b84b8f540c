/** The report's position at each month end: cash per account, goods with the courier at cost, supplier advances and payables. */
import { jakartaInstant, monthBounds } from './jakarta-time';
import { checkLedgerRows } from './ledger';
import { parseItems } from './items';
import { accountBalances, accountOf } from './cash-accounts';
import { buildBooksPosition, positionPurchaseLine } from './books-position';
import { reportOrderFromRecord, reportStockItemFromRecord } from './monthly-report';
import { LEDGER_CATEGORIES } from '../sheets/schema';

const J = jakartaInstant;
const ACCOUNTS = ['BCA', 'GoPay', 'Tunai'];
const ENDS = ['2026-09', '2026-10', '2026-11'].map((m) => monthBounds(m).end);
const itemsOf = (text: string) => {
  const parsed = parseItems(text);
  return parsed.ok ? parsed.items : [];
};
const ledgerOf = (rows: Record<string, unknown>[]) => checkLedgerRows(rows.map((record, i) => ({ rowNumber: i + 2, record })), LEDGER_CATEGORIES, ACCOUNTS);

describe('cash per account', () => {
  it('starts from each account’s opening balance and adds income, less expenses, dated before each month end', () => {
    const { entries, problems } = ledgerOf([
      { date: J(2026, 9, 1), type: 'Pemasukan', category: 'Saldo awal', amount: 5_000_000, account: 'BCA' },
      { date: J(2026, 9, 1), type: 'Pemasukan', category: 'saldo awal', amount: 250_000, account: 'tunai' },
      { date: J(2026, 10, 31, 23, 59), type: 'Pemasukan', category: 'Penjualan', amount: 185_000 },
      { date: J(2026, 11, 1), type: 'Pengeluaran', category: 'Iklan', amount: 50_000, account: 'GoPay' },
      { date: J(2026, 11, 3), type: 'Pengeluaran', category: 'Operasional', amount: 20_000, account: 'Tunai' },
    ]);

    const balances = accountBalances(entries, ACCOUNTS, ENDS);

    expect(problems).toEqual([]);
    expect(balances).toEqual([
      { account: 'BCA', balances: [5_000_000, 5_185_000, 5_185_000], hasOpening: true },
      { account: 'GoPay', balances: [0, 0, -50_000], hasOpening: false },
      { account: 'Tunai', balances: [250_000, 250_000, 230_000], hasOpening: true },
    ]);
  });

  it('a blank Akun counts to the first account of the list; an account not on the list is a row to fix', () => {
    const { entries, problems } = ledgerOf([{ date: J(2026, 11, 1), type: 'Pengeluaran', category: 'Iklan', amount: 1, account: 'Mandiri' }]);

    expect(accountOf({ account: '' }, ACCOUNTS)).toBe('BCA');
    expect(entries).toEqual([]);
    expect(problems[0].text.id).toBe('Keuangan · Kas baris 2: Akun "Mandiri" tidak ada di daftar Akun kas di Pengaturan (BCA, GoPay, Tunai); kosongkan untuk akun utama.');
  });
});

describe('goods with the courier, receivables and payables', () => {
  const stock = [reportStockItemFromRecord({ sku: 'SLD', name: 'Selendang', onHand: 10, costPrice: 35_000 })];
  const cod = (orderId: string, fields: Record<string, unknown>) =>
    reportOrderFromRecord({ orderId, paymentMethod: 'COD', paymentStatus: 'Belum bayar', items: 'SLD x2', total: 178_000, fulfilment: 'Sudah dikirim', ...fields });

  it('a COD parcel shipped and not yet delivered at a month end is there at cost, its HPP or its items at today’s cost', () => {
    const orders = [
      cod('A', { costOfGoods: 70_000, shippedAt: J(2026, 10, 30), deliveredAt: J(2026, 11, 3), fulfilment: 'Diterima' }),
      cod('B', { costOfGoods: '', shippedAt: J(2026, 11, 30, 18) }),
      cod('C', { costOfGoods: 95_000, shippedAt: J(2026, 11, 29), cancelledAt: J(2026, 11, 30), fulfilment: 'Dibatalkan' }),
    ];

    const position = buildBooksPosition({ monthEnds: ENDS, orders, ledger: [], stock, parseItems: itemsOf, cashAccounts: ACCOUNTS, purchases: [] });

    expect(position.goodsInTransitCount).toEqual([0, 1, 1]);
    expect(position.goodsInTransitCost).toEqual([0, 70_000, 70_000]);
  });

  it('a prepaid sale not shipped yet is counted at cost, as it is still in the stock value', () => {
    const paid = (orderId: string, fields: Record<string, unknown>) =>
      reportOrderFromRecord({ orderId, paymentMethod: 'Transfer', paymentStatus: 'Lunas', items: 'SLD x1', total: 89_000, costOfGoods: 35_000, approvedAt: J(2026, 11, 30, 16), ...fields });
    const orders = [
      paid('A', { fulfilment: 'Menunggu packing' }),
      paid('B', { fulfilment: 'Sudah dikemas', costOfGoods: '', items: 'SLD x3' }),
      paid('C', { fulfilment: 'Sudah dikirim', shippedAt: J(2026, 11, 30, 18) }),
      paid('D', { fulfilment: 'Dibatalkan', cancelledAt: J(2026, 11, 30, 17) }),
      cod('E', { fulfilment: 'Menunggu packing', costOfGoods: 70_000 }),
    ];

    const position = buildBooksPosition({ monthEnds: ENDS, orders, ledger: [], stock, parseItems: itemsOf, cashAccounts: ACCOUNTS, purchases: [] });

    expect([position.soldNotShippedCount, position.soldNotShippedCost]).toEqual([2, 35_000 + 3 * 35_000]);
  });

  it('a PO owes what arrived less what was paid for it; paid beyond what arrived is an advance owed to the shop', () => {
    const purchases = [
      { poId: 'PO-1', supplier: 'CV Batik Pesisir', sku: 'SLD', unitCost: '35000', received: 20, status: 'Sebagian diterima' },
      { poId: 'PO-1', supplier: 'CV Batik Pesisir', sku: 'KAIN', unitCost: 250000, received: '', status: 'Dipesan' },
      { poId: 'PO-2', supplier: 'Toko Kain', sku: 'KAIN', unitCost: 250000, received: 2, status: 'Diterima' },
      { poId: 'PO-3', supplier: 'Topi Jaya', sku: 'TOPI', unitCost: 20000, received: 0, status: 'Dipesan' },
    ].map(positionPurchaseLine);
    const { entries } = ledgerOf([
      { date: J(2026, 11, 28), type: 'Pengeluaran', category: 'Pembelian stok', amount: 480_000, reference: 'PO-1' },
      { entryId: 'PB-PO-2-KAIN-2', date: J(2026, 11, 20), type: 'Pengeluaran', category: 'Pembelian stok', amount: 500_000, reference: 'po-2' },
      { date: J(2026, 11, 21), type: 'Pengeluaran', category: 'Pembelian stok', amount: 60_000, reference: 'PO-3' },
      { date: J(2026, 11, 22), type: 'Pengeluaran', category: 'Pembelian stok', amount: 9_999, reference: 'PO-9' },
    ]);

    const position = buildBooksPosition({ monthEnds: ENDS, orders: [], ledger: entries, stock, parseItems: itemsOf, cashAccounts: ACCOUNTS, purchases });

    expect(position.payables).toEqual([{ poId: 'PO-1', supplier: 'CV Batik Pesisir', arrived: 700_000, paid: 480_000 }]);
    expect(position.payablesTotal).toBe(220_000);
    expect(position.supplierAdvances).toBe(60_000);
    expect(position.receivables[0].amounts).toEqual([null, null, 60_000]);
  });

  it('lists the receivables other sections add (piutang marketplace) after Toko’s own', () => {
    const marketplace = { label: { id: 'Piutang marketplace', en: 'Marketplace receivable' }, amounts: [0, 10, 20] };

    const position = buildBooksPosition({ monthEnds: ENDS, orders: [], ledger: [], stock, parseItems: itemsOf, cashAccounts: ACCOUNTS, purchases: [], otherReceivables: [marketplace] });

    expect(position.receivables.map((r) => r.label.id)).toEqual(['Uang muka ke supplier (dibayar, barang belum datang)', 'Piutang marketplace']);
  });
});
