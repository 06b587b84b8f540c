import { planPack } from './plan-pack';
import { planShip } from './plan-ship';
import { planDeliver } from './plan-deliver';
import { planCancel } from './plan-cancel';
import { aConfirmedOrder, NOW, orderRows, planEnv, stockHeldFor, stockRows } from '../../test/e2e/pipeline-fixtures';

const held = () => stockHeldFor('TK-2611-0001');
const waiting = (changes = {}) => aConfirmedOrder('TK-2611-0001', { paymentStatus: 'Lunas', fulfilment: 'Menunggu packing', checked: 'Ya', ...changes });

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

describe('planShip guards', () => {
  const ready = (changes = {}) => waiting({ courier: 'JNE', trackingNumber: 'JP1234567', ...changes });
  const ship = (selected: ReturnType<typeof orderRows>, stock = held(), typed?: { courier?: string; resi?: string }) =>
    planShip({ selected, stock, typed, lang: 'id' }, planEnv());

  it('an order without an ID stays and takes nothing out of stock', () => {
    const plan = ship(orderRows([ready({ orderId: '' })]));

    expect(plan.skipped).toEqual([{ orderId: '', rowNumber: 2, reason: { id: 'Baris 2: belum ada ID pesanan', en: 'Row 2: no order ID' } }]);
    expect(plan.done).toEqual([]);
    expect(plan.stock).toEqual([]);
  });

  it.each(['Dibatalkan', 'Ditolak', 'Menunggu approval', 'Diterima'])('an order whose status is %s is never marked shipped', (status) => {
    const plan = ship(orderRows([ready({ fulfilment: status })]));

    expect(plan.skipped.map((s) => s.reason)).toEqual([{ id: `Baris 2 (TK-2611-0001): statusnya ${status}, tidak bisa dikirim`, en: `Row 2 (TK-2611-0001): its status is ${status}; it cannot be shipped` }]);
    expect(plan.sourceUpdates).toEqual([]);
    expect(plan.stock).toEqual([]);
  });

  it('an already shipped order names its resi and ships nothing again', () => {
    const plan = ship(orderRows([ready({ fulfilment: 'Sudah dikirim' })]));

    expect(plan.skipped[0].reason).toEqual({
      id: 'Baris 2 (TK-2611-0001): sudah dikirim sebelumnya (resi JP1234567)',
      en: 'Row 2 (TK-2611-0001): already shipped (tracking number JP1234567)',
    });
    expect(plan.sourceUpdates).toEqual([]);
  });

  it('an order with a blank status ships like one waiting for packing', () => {
    const plan = ship(orderRows([ready({ fulfilment: '' })]));

    expect(plan.done).toEqual(['TK-2611-0001']);
  });

  it('the resi typed in the prompt is never applied to several selected orders', () => {
    const selected = orderRows([waiting({ courier: 'JNE' }), waiting({ orderId: 'TK-2611-0002', courier: 'JNE' })]);

    const plan = ship(selected, held(), { courier: 'JNE', resi: 'JP1234567' });

    expect(plan.done).toEqual([]);
    expect(plan.skipped.map((s) => s.reason.id)).toEqual([
      'Baris 2 (TK-2611-0001): isi kolom Kurir dan Resi dulu, lalu Tandai dikirim lagi',
      'Baris 3 (TK-2611-0002): isi kolom Kurir dan Resi dulu, lalu Tandai dikirim lagi',
    ]);
    expect(plan.stock).toEqual([]);
  });

  it('the courier typed in the prompt is never applied to several selected orders', () => {
    const selected = orderRows([waiting({ trackingNumber: 'JP1234567' }), waiting({ orderId: 'TK-2611-0002', trackingNumber: 'JP7654321' })]);

    const plan = ship(selected, held(), { courier: 'JNE', resi: 'JP1234567' });

    expect(plan.done).toEqual([]);
    expect(plan.skipped.map((s) => s.reason.en)).toEqual([
      'Row 2 (TK-2611-0001): fill in the Courier and Resi columns first, then Mark shipped again',
      'Row 3 (TK-2611-0002): fill in the Courier and Resi columns first, then Mark shipped again',
    ]);
  });

  it.each([[{ trackingNumber: 'JP1234567' }], [{ courier: 'JNE' }]])('an order with only %p is told to fill in both columns', (changes) => {
    const plan = ship(orderRows([waiting(changes)]));

    expect(plan.skipped.map((s) => s.reason.id)).toEqual(['Baris 2 (TK-2611-0001): isi kolom Kurir dan Resi dulu, lalu Tandai dikirim lagi']);
  });

  it('the courier and resi on the row win over what was typed in the prompt', () => {
    const plan = ship(orderRows([ready()]), held(), { courier: 'J&T', resi: 'JT-99887766' });

    expect(plan.sourceUpdates[0].changes).toMatchObject({ courier: 'JNE', trackingNumber: 'JP1234567' });
  });

  it('an unknown courier is refused, listing the couriers of Pengaturan', () => {
    const plan = ship(orderRows([ready({ courier: 'Kurir Kilat' })]));

    expect(plan.skipped[0].reason).toEqual({
      id: 'Baris 2 (TK-2611-0001): kurir "Kurir Kilat" belum ada di Pengaturan (JNE, J&T, GoSend)',
      en: 'Row 2 (TK-2611-0001): courier "Kurir Kilat" is not listed in Settings (JNE, J&T, GoSend)',
    });
  });

  it.each(['AB123', 'JP-12-34', 'A'.repeat(40)])('resi %s is accepted', (resi) => {
    const plan = ship(orderRows([ready({ trackingNumber: resi })]));

    expect(plan.done).toEqual(['TK-2611-0001']);
  });

  it.each(['AB12', 'A'.repeat(41), 'JP12345!', '#JP12345', 'JP 12345', 'JP_12345'])('resi %s is refused and nothing leaves stock', (resi) => {
    const plan = ship(orderRows([ready({ trackingNumber: resi })]));

    expect(plan.skipped[0].reason).toEqual({
      id: `Baris 2 (TK-2611-0001): resi "${resi}" tidak valid (huruf, angka dan tanda -, 5–40 karakter)`,
      en: `Row 2 (TK-2611-0001): tracking number "${resi}" is not valid (letters, digits and dashes, 5–40 long)`,
    });
    expect(plan.stock).toEqual([]);
  });

  it('an order whose items cannot be read stays, naming the item', () => {
    const plan = ship(orderRows([ready({ items: 'KAOS-HTM-L x0' })]));

    expect(plan.skipped[0].reason.id).toBe('Baris 2 (TK-2611-0001): item ke-1 ("KAOS-HTM-L x0"): jumlah 0 — minimal 1');
    expect(plan.stock).toEqual([]);
  });

  it('shipping the very last unit empties the row', () => {
    const stock = stockRows({
      'KAOS-HTM-L': { onHand: 2, reserved: 2, orderTrail: 'TK-2611-0001:R' },
      'TOPI-01': { onHand: 1, reserved: 1, orderTrail: 'TK-2611-0001:R' },
    });

    const plan = ship(orderRows([ready()]), stock);

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 0, reserved: 0, available: 0, orderTrail: 'TK-2611-0001:S' } },
      { rowNumber: 3, changes: { onHand: 0, reserved: 0, available: 0, orderTrail: 'TK-2611-0001:S' } },
    ]);
  });

  it('an order that reserved nothing ships from available stock and leaves other reservations alone', () => {
    const stock = stockRows({ 'KAOS-HTM-L': { reserved: 3, orderTrail: 'TK-OTHER:R' } });

    const plan = ship(orderRows([ready()]), stock);

    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 8, reserved: 3, available: 5, orderTrail: 'TK-OTHER:R TK-2611-0001:S' } },
      { rowNumber: 3, changes: { onHand: 4, reserved: 0, available: 4, orderTrail: 'TK-2611-0001:S' } },
    ]);
  });

  it('an order that reserved nothing cannot take units held for another order', () => {
    const stock = stockRows({ 'TOPI-01': { onHand: 1, reserved: 1, orderTrail: 'TK-OTHER:R' } });

    const plan = ship(orderRows([ready()]), stock);

    expect(plan.skipped[0].reason.id).toBe('Baris 2 (TK-2611-0001): stok TOPI-01 kurang: perlu 1, tersedia 0');
    expect(plan.stock).toEqual([]);
    expect(plan.sourceUpdates).toEqual([]);
  });

  it('an order whose goods are not on hand stays, and its other items do not leave either', () => {
    const stock = stockRows({ 'KAOS-HTM-L': { reserved: 2, orderTrail: 'TK-2611-0001:R' }, 'TOPI-01': { onHand: 0, reserved: 1, orderTrail: 'TK-2611-0001:R' } });

    const plan = ship(orderRows([ready()]), stock);

    expect(plan.skipped[0].reason.id).toBe('Baris 2 (TK-2611-0001): stok fisik TOPI-01 kurang: perlu 1, ada 0');
    expect(plan.stock).toEqual([]);
  });

  it('writes the whole shipped row: courier, resi, links, status, times and who shipped it', () => {
    const plan = ship(orderRows([ready()]));

    expect(plan.sourceUpdates).toEqual([{
      rowNumber: 2,
      changes: {
        courier: 'JNE',
        trackingNumber: 'JP1234567',
        trackingLink: 'https://www.jne.co.id/tracking-package?resi=JP1234567',
        waLink: expect.stringMatching(/^https:\/\/wa\.me\/6281234567890\?text=/),
        fulfilment: 'Sudah dikirim',
        packedAt: NOW,
        shippedAt: NOW,
        updatedBy: 'rina@toko.test',
      },
    }]);
    expect(decodeURIComponent(String(plan.sourceUpdates[0].changes.waLink).split('?text=')[1])).toBe(
      'Halo Kak Siti, pesanan TK-2611-0001 dari Toko Saya sudah dikirim dengan JNE, no. resi JP1234567.\n' +
        'Lacak di sini: https://www.jne.co.id/tracking-package?resi=JP1234567\nTerima kasih sudah belanja di toko kami!',
    );
    expect(plan.logs).toEqual([{ action: 'Tandai dikirim', orderId: 'TK-2611-0001', from: 'Gudang · Pengiriman', to: 'Gudang · Pengiriman', details: 'JNE JP1234567; stok keluar: KAOS-HTM-L x2, TOPI-01 x1; ongkir kurir Rp18.000 (KR-TK-2611-0001)' }]);
    expect(plan.warnings).toEqual([]);
  });

  it('keeps the packing time of an order packed earlier', () => {
    const packedAt = NOW - 3600000;

    const plan = ship(orderRows([ready({ fulfilment: 'Sudah dikemas', packedAt })]));

    expect(plan.sourceUpdates[0].changes).toMatchObject({ packedAt, shippedAt: NOW });
  });

  it('writes the customer message in English when the shop is set to English', () => {
    const plan = planShip({ selected: orderRows([ready()]), stock: held(), lang: 'en' }, planEnv());

    expect(decodeURIComponent(String(plan.sourceUpdates[0].changes.waLink))).toContain('Hi Siti, your order TK-2611-0001 from Toko Saya has been shipped with JNE');
  });

  it('a courier without a tracking page gives no tracking link', () => {
    const plan = ship(orderRows([ready({ courier: 'gosend' })]));

    expect(plan.sourceUpdates[0].changes).toMatchObject({ courier: 'GoSend', trackingLink: '' });
  });

  it('a bad WhatsApp number still ships; its link cell says why instead of a broken link, and a warning names the order', () => {
    const plan = ship(orderRows([ready({ phone: '12345' })]));

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.sourceUpdates[0].changes.waLink).toBe('Tidak ada link: "12345" bukan nomor Indonesia (awali dengan 08 atau +62)');
    expect(plan.warnings.map((w) => w.id)).toEqual(['Baris 2 (TK-2611-0001): "12345" bukan nomor Indonesia (awali dengan 08 atau +62)']);
  });

  it('ships several orders in one run, each stock row written once', () => {
    const stock = stockRows({
      'KAOS-HTM-L': { reserved: 4, orderTrail: 'TK-2611-0001:R TK-2611-0002:R' },
      'TOPI-01': { reserved: 2, orderTrail: 'TK-2611-0001:R TK-2611-0002:R' },
    });

    const plan = ship(orderRows([ready(), ready({ orderId: 'TK-2611-0002', trackingNumber: 'JP7654321' })]), stock);

    expect(plan.done).toEqual(['TK-2611-0001', 'TK-2611-0002']);
    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 6, reserved: 0, available: 6, orderTrail: 'TK-2611-0001:S TK-2611-0002:S' } },
      { rowNumber: 3, changes: { onHand: 3, reserved: 0, available: 3, orderTrail: 'TK-2611-0001:S TK-2611-0002:S' } },
    ]);
  });
});

describe('planPack guards', () => {
  it('an order without an ID, or shipped already, stays and says why', () => {
    const plan = planPack({ selected: orderRows([waiting({ orderId: '' }), waiting({ fulfilment: 'Sudah dikirim' })]) }, planEnv());

    expect(plan.skipped.map((s) => s.reason)).toEqual([
      { id: 'Baris 2: belum ada ID pesanan', en: 'Row 2: no order ID' },
      { id: 'Baris 3 (TK-2611-0001): statusnya Sudah dikirim, bukan Menunggu packing', en: 'Row 3 (TK-2611-0001): its status is Sudah dikirim, not Menunggu packing' },
    ]);
    expect(plan.sourceUpdates).toEqual([]);
  });

  it('an order with a blank status is packed, and the move is logged', () => {
    const plan = planPack({ selected: orderRows([waiting({ fulfilment: '' })]) }, planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.logs).toEqual([{ action: 'Tandai dikemas', orderId: 'TK-2611-0001', from: 'Gudang · Pengiriman', to: 'Gudang · Pengiriman', details: 'Menunggu packing → Sudah dikemas' }]);
  });
});

describe('planDeliver guards', () => {
  const shipped = (changes = {}) => waiting({ fulfilment: 'Sudah dikirim', courier: 'JNE', trackingNumber: 'JP1234567', ...changes });
  const deliver = (selected: ReturnType<typeof orderRows>, target: ReturnType<typeof orderRows> = [], ledgerIds: string[] = []) => planDeliver({ selected, target, ledgerIds }, planEnv());

  it('an order without an ID stays', () => {
    expect(deliver(orderRows([shipped({ orderId: '' })])).skipped.map((s) => s.reason.id)).toEqual(['Baris 2: belum ada ID pesanan']);
  });

  it('an order not shipped yet stays and says to mark it shipped first', () => {
    expect(deliver(orderRows([waiting()])).skipped[0].reason).toEqual({
      id: 'Baris 2 (TK-2611-0001): belum dikirim — Tandai dikirim (resi) dulu',
      en: 'Row 2 (TK-2611-0001): not shipped yet — Mark shipped first',
    });
  });

  it('an ID another customer’s order has in Selesai stays, with no COD income booked', () => {
    const plan = deliver(orderRows([shipped({ paymentMethod: 'COD' })]), orderRows([shipped({ customerName: 'Budi', fulfilment: 'Diterima' })]));

    expect(plan.skipped.map((s) => s.reason.id)).toEqual(['Baris 2 (TK-2611-0001): ID pesanan TK-2611-0001 sudah dipakai pesanan lain di Gudang · Selesai']);
    expect(plan.ledger).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
  });

  it('a paid transfer order is delivered without new income, its payment status kept', () => {
    const plan = deliver(orderRows([shipped()]));

    expect(plan.ledger).toEqual([]);
    expect(plan.targetAppends).toEqual([{
      ...shipped(), fulfilment: 'Diterima', paymentStatus: 'Lunas', deliveredAt: NOW, updatedBy: 'rina@toko.test',
      waLink: expect.stringMatching(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti%2C%20paket%20pesanan%20TK-2611-0001%20sudah%20sampai/),
    }]);
    expect(plan.logs).toEqual([{ action: 'Tandai diterima', orderId: 'TK-2611-0001', from: 'Gudang · Pengiriman', to: 'Gudang · Selesai', details: 'Diterima pelanggan' }]);
  });

  it('a delivered COD order books its income with the channel and customer, and logs it', () => {
    const plan = deliver(orderRows([shipped({ paymentMethod: 'cod', paymentStatus: 'Belum bayar' })]));

    expect(plan.ledger).toEqual([{ entryId: 'PJ-TK-2611-0001', date: NOW, type: 'Pemasukan', category: 'Penjualan', amount: 238000, reference: 'TK-2611-0001', note: 'COD · WA · Siti Aminah', by: 'rina@toko.test' }]);
    expect(plan.logs[0].details).toBe('COD Lunas Rp238.000; kas PJ-TK-2611-0001');
  });

  it('a rerun after the COD income was booked moves the order without booking it again', () => {
    const plan = deliver(orderRows([shipped({ paymentMethod: 'COD' })]), [], ['PJ-TK-2611-0001']);

    expect(plan.ledger).toEqual([]);
    expect(plan.targetAppends).toHaveLength(1);
  });

  it('the same COD order on two rows books its income once', () => {
    const plan = deliver(orderRows([shipped({ paymentMethod: 'COD' }), shipped({ paymentMethod: 'COD' })]));

    expect(plan.ledger).toHaveLength(1);
  });
});

describe('planCancel guards', () => {
  const cancel = (selected: ReturnType<typeof orderRows>, changes: Partial<Parameters<typeof planCancel>[0]> = {}) =>
    planCancel({ selected, sourceSheet: 'Gudang · Pengiriman', target: [], stock: held(), ledgerIds: [], reason: 'Stok rusak', ...changes }, planEnv());

  it('an order without an ID stays: delete the row instead', () => {
    expect(cancel(orderRows([waiting({ orderId: '' })])).skipped.map((s) => s.reason)).toEqual([
      { id: 'Baris 2: belum ada ID pesanan — hapus saja barisnya kalau tidak jadi', en: 'Row 2: no order ID — just delete the row if the order is off' },
    ]);
  });

  it('a shipped order says to wait for delivery or record a return, and keeps its stock', () => {
    const plan = cancel(orderRows([waiting({ fulfilment: 'Sudah dikirim' })]));

    expect(plan.skipped[0].reason.id).toBe('Baris 2 (TK-2611-0001): sudah dikirim — tidak bisa dibatalkan; tunggu diterima atau catat sebagai retur');
    expect(plan.stock).toEqual([]);
  });

  it('an ID another customer’s order has in Selesai stays, keeping its stock and money', () => {
    const plan = cancel(orderRows([waiting()]), { target: orderRows([waiting({ customerName: 'Budi', fulfilment: 'Dibatalkan' })]), ledgerIds: ['PJ-TK-2611-0001'] });

    expect(plan.skipped.map((s) => s.reason.id)).toEqual(['Baris 2 (TK-2611-0001): ID pesanan TK-2611-0001 sudah dipakai pesanan lain di Gudang · Selesai']);
    expect(plan.stock).toEqual([]);
    expect(plan.ledger).toEqual([]);
  });

  it('an order whose SKU left the stock sheet stays, naming the SKU', () => {
    const plan = cancel(orderRows([waiting({ items: 'SEPATU-99 x1' })]));

    expect(plan.skipped.map((s) => s.reason.id)).toEqual(['Baris 2 (TK-2611-0001): SKU SEPATU-99 tidak ada di Gudang · Stok']);
    expect(plan.sourceRemovals).toEqual([]);
  });

  it('an unpaid order is cancelled without a refund, its payment status and notes kept', () => {
    const plan = cancel(orderRows([waiting({ paymentStatus: 'Belum bayar', notes: 'Warna hitam' })]));

    expect(plan.ledger).toEqual([]);
    expect(plan.targetAppends).toEqual([{ ...waiting({ paymentStatus: 'Belum bayar', notes: 'Warna hitam' }), fulfilment: 'Dibatalkan', paymentStatus: 'Belum bayar', notes: 'Warna hitam · Dibatalkan: Stok rusak', cancelledAt: NOW, updatedBy: 'rina@toko.test' }]);
    expect(plan.logs).toEqual([{ action: 'Batalkan pesanan', orderId: 'TK-2611-0001', from: 'Gudang · Pengiriman', to: 'Gudang · Selesai', details: 'Alasan: Stok rusak' }]);
  });

  it('a paid order refunded by an earlier run is not refunded twice, and the rerun only removes it', () => {
    const plan = cancel(orderRows([waiting()]), { ledgerIds: ['PJ-TK-2611-0001', 'RF-TK-2611-0001'], target: orderRows([waiting({ fulfilment: 'Dibatalkan' })]) });

    expect(plan.ledger).toEqual([]);
    expect(plan.targetAppends).toEqual([]);
    expect(plan.sourceRemovals).toEqual([2]);
    expect(plan.logs[0].details).toBe('Alasan: Stok rusak; refund Rp238.000 (RF-TK-2611-0001)');
  });

  it('the refund is booked in full with the reason', () => {
    const plan = cancel(orderRows([waiting()]), { ledgerIds: ['PJ-TK-2611-0001'] });

    expect(plan.ledger).toEqual([{ entryId: 'RF-TK-2611-0001', date: NOW, type: 'Pengeluaran', category: 'Refund', amount: 238000, reference: 'TK-2611-0001', note: 'Batal: Stok rusak', by: 'rina@toko.test' }]);
  });

  it('the same paid order on two rows is refunded once', () => {
    const plan = cancel(orderRows([waiting(), waiting()]), { ledgerIds: ['PJ-TK-2611-0001'] });

    expect(plan.ledger).toHaveLength(1);
  });

  it('releasing more than the sheet holds warns and still cancels', () => {
    const stock = stockRows({ 'KAOS-HTM-L': { reserved: 1, orderTrail: 'TK-2611-0001:R' }, 'TOPI-01': { reserved: 1, orderTrail: 'TK-2611-0001:R' } });

    const plan = cancel(orderRows([waiting()]), { stock });

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.warnings.map((w) => w.id)).toEqual(['Di-booking untuk KAOS-HTM-L tinggal 1, kurang dari 2; dibuat 0 — cek Gudang · Stok']);
  });
});
