import { planShip } from './plan-ship';
import { aConfirmedOrder, orderRows, planEnv, stockHeldFor, stockRows } from '../../test/e2e/pipeline-fixtures';

const packed = (changes = {}) => aConfirmedOrder('TK-2611-0001', { paymentStatus: 'Lunas', fulfilment: 'Sudah dikemas', courier: 'JNE', trackingNumber: 'JP1234567', ...changes });
const ship = (order = packed(), extra: { stock?: ReturnType<typeof stockRows>; booked?: string[] } = {}) =>
  planShip({ selected: orderRows([order]), stock: extra.stock ?? stockHeldFor('TK-2611-0001'), lang: 'id', courierCostColumn: true, bookedCourierIds: extra.booked }, planEnv({ user: 'agus@toko.test' }));

describe('Tandai dikirim books what the shop pays the courier', () => {
  it('books the order’s Ongkir as Pengeluaran · Ongkir once, and writes it into Ongkir Kurir', () => {
    const plan = ship();

    expect(plan.ledger).toEqual([expect.objectContaining({ entryId: 'KR-TK-2611-0001', type: 'Pengeluaran', category: 'Ongkir', amount: 18000, reference: 'TK-2611-0001' })]);
    expect(plan.sourceUpdates[0].changes.courierCost).toBe(18000);
    expect(plan.courierResumed).toEqual([]);
  });

  it('books the real cost typed in Ongkir Kurir for a free-shipping order', () => {
    const plan = ship(packed({ shippingCost: 0, courierCost: '21000' }));

    expect(plan.ledger.map((e) => [e.amount, e.note])).toEqual([[21000, 'Ongkir kurir JNE JP1234567; ditanggung toko Rp21.000 (pelanggan bayar Rp0)']]);
  });

  it('books nothing for a Shopee order: the marketplace pays the courier', () => {
    const plan = ship(packed({ channel: 'Shopee', shippingCost: 15000 }));

    expect(plan.ledger).toEqual([]);
    expect(plan.sourceUpdates[0].changes.courierCost).toBe(0);
    expect(plan.logs[0].details).toContain('ongkir dibayar marketplace');
  });

  it('an unreadable Ongkir Kurir keeps the order in Pengiriman with the reason; no stock leaves', () => {
    const plan = ship(packed({ courierCost: 'gratis' }));

    expect(plan.done).toEqual([]);
    expect(plan.stock).toEqual([]);
    expect(plan.skipped[0].reason.id).toBe('Baris 2 (TK-2611-0001): Ongkir Kurir "gratis" bukan jumlah Rupiah (mis. 18000) — perbaiki atau kosongkan');
  });

  it('an order whose stock already left in a run that died asks for a look-up, and books only when the entry is not there', () => {
    const shippedStock = stockRows({ 'KAOS-HTM-L': { onHand: 18, reserved: 0, orderTrail: 'TK-2611-0001:S' }, 'TOPI-01': { onHand: 9, reserved: 0, orderTrail: 'TK-2611-0001:S' } });

    expect(ship(packed(), { stock: shippedStock }).courierResumed).toEqual(['TK-2611-0001']);
    expect(ship(packed(), { stock: shippedStock, booked: ['KR-TK-2611-0001'] }).ledger).toEqual([]);
    expect(ship(packed(), { stock: shippedStock, booked: [] }).ledger.map((e) => e.entryId)).toEqual(['KR-TK-2611-0001']);
  });
});
