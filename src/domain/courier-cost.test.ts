import { courierCostEntry, courierCostOf } from './courier-cost';
import { parseMarketplaceFees } from './marketplace';

const FEES = parseMarketplaceFees([{ marketplace: 'Lazada', marketplaceFeePercent: '5' }]);

describe('what the shop pays the courier at shipping', () => {
  it('is the order’s Ongkir when the warehouse typed nothing', () => {
    expect(courierCostOf({ channel: 'WA', shippingCost: 18000, courierCost: '' }, FEES)).toEqual({ ok: true, amount: 18000, source: 'order' });
  });

  it('is the real cost the warehouse typed in Ongkir Kurir, also when the customer paid less (a subsidy)', () => {
    expect(courierCostOf({ channel: 'WA', shippingCost: 0, courierCost: 'Rp22.000' }, FEES)).toEqual({ ok: true, amount: 22000, source: 'typed' });
  });

  it('is nothing for a marketplace order: the marketplace pays the courier', () => {
    expect(courierCostOf({ channel: 'Shopee', shippingCost: 15000, courierCost: '' }, FEES)).toEqual({ ok: true, amount: 0, source: 'marketplace' });
    expect(courierCostOf({ channel: 'Lazada', shippingCost: 15000 }, FEES)).toEqual({ ok: true, amount: 0, source: 'marketplace' });
  });

  it('a typed cost in words or below zero is a problem, named with the cell', () => {
    const words = courierCostOf({ channel: 'WA', shippingCost: 18000, courierCost: 'dua puluh ribu' }, FEES);
    const negative = courierCostOf({ channel: 'WA', shippingCost: 18000, courierCost: -5000 }, FEES);
    expect(words.ok || words.problem.id).toBe('Ongkir Kurir "dua puluh ribu" bukan jumlah Rupiah (mis. 18000) — perbaiki atau kosongkan');
    expect(negative.ok).toBe(false);
  });

  it('books Pengeluaran · Ongkir under KR-<order>, saying what the shop carried of a free-shipping promo', () => {
    const entry = courierCostEntry({ orderId: 'TK-2611-0001', amount: 22000, customerPaid: 0, courier: 'JNE', resi: 'JP1', now: 5, user: 'agus@toko.test' });
    expect(entry).toEqual({ entryId: 'KR-TK-2611-0001', date: 5, type: 'Pengeluaran', category: 'Ongkir', amount: 22000, reference: 'TK-2611-0001', note: 'Ongkir kurir JNE JP1; ditanggung toko Rp22.000 (pelanggan bayar Rp0)', by: 'agus@toko.test' });
  });

  it('books nothing for a cost of 0', () => {
    expect(courierCostEntry({ orderId: 'TK-1', amount: 0, customerPaid: 0, courier: 'JNE', resi: 'JP1', now: 5, user: 'a' })).toBeNull();
  });
});
