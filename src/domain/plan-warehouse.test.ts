import { planPack } from './plan-pack';
import { planShip } from './plan-ship';
import { planDeliver } from './plan-deliver';
import { planCancel } from './plan-cancel';
import { aConfirmedOrder, NOW, orderRows, planEnv, stockHeldFor, stockRows } from '../../test/e2e/pipeline-fixtures';

const held = () => stockHeldFor('TK-2611-0001');
const waiting = (changes = {}) => aConfirmedOrder('TK-2611-0001', { paymentStatus: 'Lunas', fulfilment: 'Menunggu packing', ...changes });

describe('planPack', () => {
  it('marks orders waiting for packing as packed, and leaves packed ones alone', () => {
    const plan = planPack({ selected: orderRows([waiting(), waiting({ orderId: 'TK-2', fulfilment: 'Sudah dikemas' })]) }, planEnv());

    expect(plan.sourceUpdates).toEqual([{ rowNumber: 2, changes: { fulfilment: 'Sudah dikemas', packedAt: NOW, updatedBy: 'rina@toko.test' } }]);
    expect(plan.skipped[0].reason.id).toBe('Baris 3 (TK-2): sudah dikemas sebelumnya');
  });
});

describe('planShip', () => {
  it('shipping takes the goods out of stock and makes the tracking and WhatsApp links', () => {
    const plan = planShip({ selected: orderRows([waiting({ fulfilment: 'Sudah dikemas', courier: 'jne', trackingNumber: 'JP1234567' })]), stock: held(), lang: 'id' }, planEnv());

    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 8, reserved: 0, available: 8, orderTrail: 'TK-2611-0001:S' } },
      { rowNumber: 3, changes: { onHand: 4, reserved: 0, available: 4, orderTrail: 'TK-2611-0001:S' } },
    ]);
    const changes = plan.sourceUpdates[0].changes;
    expect(changes).toMatchObject({ courier: 'JNE', trackingNumber: 'JP1234567', fulfilment: 'Sudah dikirim', shippedAt: NOW, trackingLink: 'https://www.jne.co.id/tracking-package?resi=JP1234567' });
    expect(String(changes.waLink)).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti/);
  });

  it('uses the courier and resi typed in the prompt for a single order', () => {
    const plan = planShip({ selected: orderRows([waiting()]), stock: held(), typed: { courier: 'J&T', resi: 'JT-99887766' }, lang: 'id' }, planEnv());

    expect(plan.sourceUpdates[0].changes).toMatchObject({ courier: 'J&T', trackingLink: 'https://jet.co.id/track?awb=JT-99887766' });
  });

  it.each([
    [{}, 'isi kolom Kurir dan Resi dulu'],
    [{ courier: 'Kurir Kilat', trackingNumber: 'AB12345' }, 'kurir "Kurir Kilat" belum ada di Pengaturan'],
    [{ courier: 'JNE', trackingNumber: 'AB 12' }, 'resi "AB 12" tidak valid'],
    [{ courier: 'JNE', trackingNumber: 'AB12345', fulfilment: 'Sudah dikirim' }, 'sudah dikirim sebelumnya'],
  ])('an order with %p stays, saying %s', (changes, reason) => {
    const plan = planShip({ selected: orderRows([waiting(changes)]), stock: held(), lang: 'id' }, planEnv());

    expect(plan.skipped[0].reason.id).toContain(reason);
    expect(plan.stock).toEqual([]);
  });

  it('a rerun after the stock was written takes nothing out twice', () => {
    const shippedStock = stockRows({ 'KAOS-HTM-L': { onHand: 8, orderTrail: 'TK-2611-0001:S' }, 'TOPI-01': { onHand: 4, orderTrail: 'TK-2611-0001:S' } });

    const plan = planShip({ selected: orderRows([waiting({ courier: 'JNE', trackingNumber: 'JP1234567' })]), stock: shippedStock, lang: 'id' }, planEnv());

    expect(plan.stock).toEqual([]);
    expect(plan.done).toEqual(['TK-2611-0001']);
  });
});

describe('planDeliver', () => {
  it('a delivered COD order becomes Lunas and its income is recorded once', () => {
    const shipped = orderRows([waiting({ paymentMethod: 'COD', paymentStatus: 'Belum bayar', fulfilment: 'Sudah dikirim' })]);

    const plan = planDeliver({ selected: shipped, target: [], ledgerIds: [] }, planEnv());
    const rerun = planDeliver({ selected: shipped, target: orderRows([plan.targetAppends[0]]), ledgerIds: ['PJ-TK-2611-0001'] }, planEnv());

    expect(plan.ledger).toMatchObject([{ entryId: 'PJ-TK-2611-0001', amount: 238000, type: 'Pemasukan' }]);
    expect(plan.targetAppends[0]).toMatchObject({ fulfilment: 'Diterima', paymentStatus: 'Lunas', deliveredAt: NOW });
    expect(rerun.ledger).toEqual([]);
    expect(rerun.targetAppends).toEqual([]);
    expect(rerun.sourceRemovals).toEqual([2]);
  });

  it('an order not shipped yet stays', () => {
    const plan = planDeliver({ selected: orderRows([waiting()]), target: [], ledgerIds: [] }, planEnv());

    expect(plan.skipped[0].reason.id).toContain('belum dikirim');
  });
});

describe('planCancel', () => {
  it('cancelling an approved, paid order releases its stock and records a refund once', () => {
    const plan = planCancel({ selected: orderRows([waiting()]), sourceSheet: 'Gudang · Pengiriman', target: [], stock: held(), ledgerIds: ['PJ-TK-2611-0001'], reason: 'Pelanggan berubah pikiran' }, planEnv());

    expect(plan.stock.map((s) => s.changes.reserved)).toEqual([0, 0]);
    expect(plan.ledger).toMatchObject([{ entryId: 'RF-TK-2611-0001', type: 'Pengeluaran', category: 'Refund', amount: 238000 }]);
    expect(plan.targetAppends[0]).toMatchObject({ fulfilment: 'Dibatalkan', paymentStatus: 'Refund', notes: 'Dibatalkan: Pelanggan berubah pikiran', cancelledAt: NOW });
  });

  it('a shipped order cannot be cancelled', () => {
    const plan = planCancel({ selected: orderRows([waiting({ fulfilment: 'Sudah dikirim' })]), sourceSheet: 'Gudang · Pengiriman', target: [], stock: held(), ledgerIds: [], reason: 'x' }, planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped[0].reason.id).toContain('sudah dikirim');
  });
});
