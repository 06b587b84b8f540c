import { jakartaInstant } from './jakarta-time';
import { parseMarketplaceFees } from './marketplace';
import { newPayoutId, PayoutInput, PayoutOrderPlace, planPayout } from './plan-payout';

const NOW = jakartaInstant(2026, 12, 5, 10);
const FEES = parseMarketplaceFees([
  { marketplace: 'Shopee', marketplaceFeePercent: '6,5', marketplaceFixedFee: 1250 },
  { marketplace: 'Tokopedia', marketplaceFeePercent: '150', marketplaceFixedFee: '' },
]);
/** A Shopee order delivered: goods Rp100.000 (+ Rp15.000 shipping the buyer paid Shopee). */
const order = (orderId: string, changes: Record<string, unknown> = {}): PayoutOrderPlace => ({
  sheet: 'Gudang · Selesai', rowNumber: 10, record: { orderId, channel: 'Shopee', total: 115000, shippingCost: 15000, fulfilment: 'Diterima', payoutId: '', ...changes },
});
const payoutRow = (changes: Record<string, unknown> = {}) => ({ rowNumber: 2, record: { payoutId: '', date: '5/12/2026', marketplace: 'Shopee', amount: '184500', orders: 'TK-2611-0003, TK-2611-0004', reference: '', status: '', ...changes } });
const plan = (changes: Partial<PayoutInput> = {}) =>
  planPayout({
    selected: [payoutRow()],
    orders: new Map([['TK-2611-0003', [order('TK-2611-0003')]], ['TK-2611-0004', [order('TK-2611-0004')]]]),
    bookedIds: [], marketplaces: FEES, now: NOW, user: 'rina@toko.test', ...changes,
  });
const problems = (p: ReturnType<typeof planPayout>) => (p.ok ? [] : p.problems.map((t) => t.id));

describe('Catat pencairan, decided purely', () => {
  it('a Shopee payout of two Rp100.000 orders is expected at Rp184.500 and booked once as Penjualan', () => {
    const p = plan();
    if (!p.ok) throw new Error(problems(p).join());
    const id = newPayoutId('Shopee', jakartaInstant(2026, 12, 5), 184500, ['TK-2611-0003', 'TK-2611-0004']);

    expect(p.payouts[0]).toMatchObject({ payoutId: id, expected: 184500, difference: 0, newId: true });
    expect(id).toMatch(/^PC-SHOPEE-20261205-[0-9a-z]+$/);
    expect(p.ledger).toEqual([expect.objectContaining({ entryId: id, type: 'Pemasukan', category: 'Penjualan', amount: 184500, date: jakartaInstant(2026, 12, 5) })]);
    expect(p.orderMarks).toEqual([{ sheet: 'Gudang · Selesai', rowNumber: 10, payoutId: id }, { sheet: 'Gudang · Selesai', rowNumber: 10, payoutId: id }]);
    expect(p.payouts[0].details).toContain('TK-2611-0003: Rp100.000 − biaya Rp7.750 = Rp92.250');
  });

  it('a payout Rp3.000 short without amounts per order lists the difference as unexplained', () => {
    const p = plan({ selected: [payoutRow({ amount: 181500 })] });
    if (!p.ok) throw new Error(problems(p).join());

    expect(p.payouts[0].difference).toBe(-3000);
    expect(p.payouts[0].details).toContain('Selisih -Rp3.000 belum terjelaskan');
  });

  it('amounts per order show which order was paid differently', () => {
    const p = plan({ selected: [payoutRow({ amount: 181500, orders: 'TK-2611-0003=92250 TK-2611-0004 = 89250' })] });
    if (!p.ok) throw new Error(problems(p).join());

    expect(p.payouts[0].details).toContain('TK-2611-0004: Rp100.000 − biaya Rp7.750 = Rp92.250, cair Rp89.250 (selisih -Rp3.000)');
    expect(p.payouts[0].details).toContain('Selisih -Rp3.000: lihat selisih per pesanan di atas.');
  });

  it('a rerun whose entry is already in the cash book books nothing again and marks only orders not marked yet', () => {
    const id = 'PC-SHOPEE-20261205-abc';
    const p = plan({
      selected: [payoutRow({ payoutId: id })],
      bookedIds: [id],
      orders: new Map([['TK-2611-0003', [order('TK-2611-0003', { payoutId: id })]], ['TK-2611-0004', [order('TK-2611-0004')]]]),
    });
    if (!p.ok) throw new Error(problems(p).join());

    expect(p.ledger).toEqual([]);
    expect(p.orderMarks).toEqual([{ sheet: 'Gudang · Selesai', rowNumber: 10, payoutId: id }]);
  });

  it('a row already Dicatat is left alone', () => {
    const p = plan({ selected: [payoutRow({ status: 'Dicatat', payoutId: 'PC-X' })] });

    expect(p.ok && p.payouts.length === 0 && p.alreadyBooked).toEqual([2]);
  });

  it('unknown orders, an order already paid out, a negative amount, a marketplace not listed or a fee over 100% refuse everything, each named', () => {
    expect(problems(plan({ selected: [payoutRow({ orders: 'TK-2611-0099' })] }))).toEqual(['Baris 2: pesanan TK-2611-0099 tidak ditemukan di Gudang · Pengiriman atau Gudang · Selesai (salah ketik, atau belum di-approve)']);
    expect(problems(plan({ orders: new Map([['TK-2611-0003', [order('TK-2611-0003', { payoutId: 'PC-SHOPEE-20261201-x' })]], ['TK-2611-0004', [order('TK-2611-0004')]]]) }))).toEqual(['Baris 2: pesanan TK-2611-0003 sudah dicairkan (PC-SHOPEE-20261201-x)']);
    expect(problems(plan({ selected: [payoutRow({ amount: '-184500' })] }))[0]).toContain('Jumlah Cair -Rp184.500 harus lebih dari 0');
    expect(problems(plan({ selected: [payoutRow({ marketplace: 'Bukalapak' })] }))[0]).toContain('marketplace "Bukalapak" belum ada di Pengaturan');
    expect(problems(plan({ selected: [payoutRow({ marketplace: 'Tokopedia' })] }))[0]).toContain('biaya Tokopedia di Pengaturan "150" bukan persen 0–100');
  });

  it('a blank date, words for the amount, an order of another channel, a cancelled order, the same order twice: all named in one refusal', () => {
    const p = plan({
      selected: [payoutRow({ date: '', amount: 'dua ratus', orders: 'TK-2611-0003 TK-2611-0003 TK-2611-0004 TK-2611-0005' })],
      orders: new Map([
        ['TK-2611-0003', [order('TK-2611-0003')]],
        ['TK-2611-0004', [order('TK-2611-0004', { channel: 'WA' })]],
        ['TK-2611-0005', [order('TK-2611-0005', { fulfilment: 'Dibatalkan' })]],
      ]),
    });

    expect(problems(p)).toEqual(['Baris 2: Tanggal kosong (hari uangnya masuk); Jumlah Cair "dua ratus" bukan jumlah Rupiah; TK-2611-0003 tertulis dua kali; pesanan TK-2611-0004 dari channel WA, bukan Shopee; pesanan TK-2611-0005 dibatalkan — tidak ada pencairan untuknya']);
  });

  it('amounts per order that do not add up to the payout are refused', () => {
    expect(problems(plan({ selected: [payoutRow({ orders: 'TK-2611-0003=90000, TK-2611-0004=90000' })] }))).toEqual(['Baris 2: jumlah per pesanan berjumlah Rp180.000, bukan Jumlah Cair Rp184.500']);
  });
});
