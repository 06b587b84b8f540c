import { planConfirm, ConfirmInput } from './plan-confirm';
import { orderIdAllocator } from './order-id';
import { IdPlace } from './order-plan';
import { OrderRow } from './order-record';
import { anOrder, aConfirmedOrder, NOW, orderRows, planEnv, stockHeldFor, stockRows } from '../../test/e2e/pipeline-fixtures';

const input = (changes: Partial<ConfirmInput> = {}): ConfirmInput => ({
  selected: orderRows([anOrder()]), idPlaces: [], stock: stockRows(), ids: orderIdAllocator([], 'TK', NOW), ...changes,
});

/** The places the use case finds for the typed IDs of these CS rows (each row is a place of its own ID). */
const csPlaces = (rows: readonly OrderRow[]): IdPlace[] =>
  rows.filter((r) => r.record.orderId !== '').map((r) => ({ orderId: String(r.record.orderId), sheet: 'CS · Pesanan', rowNumber: r.rowNumber }));
const approvalPlace = (row: OrderRow): IdPlace => ({ orderId: String(row.record.orderId), sheet: 'Keuangan · Approval', rowNumber: row.rowNumber, record: row.record });

describe('planConfirm', () => {
  it('confirming a good order numbers it, reserves its stock, prices it and moves it to Approval', () => {
    const plan = planConfirm(input(), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.ids).toEqual([{ rowNumber: 2, changes: { orderId: 'TK-2611-0001' } }]);
    expect(plan.sourceUpdates).toEqual([]);
    expect(plan.targetAppends[0]).toMatchObject({
      orderId: 'TK-2611-0001', phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1', subtotal: 220000, total: 238000,
      costOfGoods: 100000, fulfilment: 'Menunggu approval', confirmedAt: NOW, paymentStatus: 'Belum bayar', updatedBy: 'rina@toko.test',
    });
    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 10, reserved: 2, available: 8, orderTrail: 'TK-2611-0001:R' } },
      { rowNumber: 3, changes: { onHand: 5, reserved: 1, available: 4, orderTrail: 'TK-2611-0001:R' } },
    ]);
    expect(plan.sourceRemovals).toEqual([2]);
    expect(plan.skipped).toEqual([]);
  });

  it('a bad row stays untouched and says which row and column', () => {
    const source = orderRows([anOrder({ items: 'KAOS-HTM-L x dua' }), anOrder({ customerName: 'Budi' })]);

    const plan = planConfirm(input({ selected: source }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0].reason.id).toBe('Baris 2, kolom "Item": item ke-1 ("KAOS-HTM-L x dua"): jumlah "dua" bukan angka — tulis dengan angka, mis. x2');
    expect(plan.ids.map((u) => u.rowNumber)).toEqual([3]);
    expect(plan.sourceRemovals).toEqual([3]);
  });

  it('two orders for the last units: the first gets them, the second stays with the shortage', () => {
    const source = orderRows([anOrder({ items: 'TOPI-01 x3' }), anOrder({ items: 'TOPI-01 x3', customerName: 'Budi' })]);

    const plan = planConfirm(input({ selected: source }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.skipped[0].reason.id).toBe('Baris 3: stok TOPI-01 kurang: perlu 3, tersedia 2');
  });

  it('refuses an unknown SKU, an ID typed twice and an ID used on another sheet', () => {
    const source = orderRows([
      anOrder({ items: 'SEPATU-99 x1' }),
      anOrder({ orderId: 'TK-X1' }),
      anOrder({ orderId: 'TK-X1' }),
      anOrder({ orderId: 'TK-OLD' }),
    ]);

    const idPlaces = [...csPlaces(source), { orderId: 'TK-OLD', sheet: 'Gudang · Selesai', rowNumber: 812 }];

    const plan = planConfirm(input({ selected: source, idPlaces }), planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped.map((s) => s.reason.id)).toEqual([
      'Baris 2: SKU SEPATU-99 tidak ada di Gudang · Stok',
      'Baris 3: ID TK-X1 sudah ada di CS · Pesanan baris 4 — kosongkan kolom ID untuk pesanan baru',
      'Baris 4: ID TK-X1 sudah ada di CS · Pesanan baris 3 — kosongkan kolom ID untuk pesanan baru',
      'Baris 5: ID TK-OLD sudah ada di Gudang · Selesai baris 812 — kosongkan kolom ID untuk pesanan baru',
    ]);
    expect(plan.stock).toEqual([]);
  });

  it('numbers new orders after every ID the shop ever issued, even ones whose rows were deleted', () => {
    const plan = planConfirm(input({ ids: orderIdAllocator([], 'TK', NOW, 41) }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0042']);
  });

  it('a rerun after the order reached Approval only removes it from CS and reserves nothing again', () => {
    const source = orderRows([anOrder({ orderId: 'TK-2611-0001' })]);
    const stock = stockRows({ 'KAOS-HTM-L': { reserved: 2, orderTrail: 'TK-2611-0001:R' }, 'TOPI-01': { reserved: 1, orderTrail: 'TK-2611-0001:R' } });

    const idPlaces = [...csPlaces(source), approvalPlace(orderRows([aConfirmedOrder('TK-2611-0001')])[0])];

    const plan = planConfirm(input({ selected: source, idPlaces, stock }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.targetAppends).toEqual([]);
    expect(plan.stock).toEqual([]);
    expect(plan.sourceRemovals).toEqual([2]);
  });

  it('a different customer under an ID already in Approval is refused, not merged', () => {
    const source = orderRows([anOrder({ orderId: 'TK-2611-0001', customerName: 'Budi' })]);

    const plan = planConfirm(input({ selected: source, idPlaces: [approvalPlace(orderRows([aConfirmedOrder('TK-2611-0001')])[0])] }), planEnv());

    expect(plan.skipped[0].reason.id).toBe('Baris 2: ID TK-2611-0001 sudah ada di Keuangan · Approval baris 2 — kosongkan kolom ID untuk pesanan baru');
  });

  it('a repeat customer\'s row copied with its ID and other items is refused with both places named, and reserves nothing', () => {
    const source = orderRows([anOrder({ orderId: 'TK-2611-0007', items: 'TOPI-01 x1' })]);
    const inApproval = { ...approvalPlace(orderRows([aConfirmedOrder('TK-2611-0007')])[0]), rowNumber: 5 };

    const plan = planConfirm(input({ selected: source, idPlaces: [inApproval] }), planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped[0].reason.id).toBe('Baris 2: ID TK-2611-0007 sudah ada di Keuangan · Approval baris 5 — kosongkan kolom ID untuk pesanan baru');
    expect(plan.stock).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
  });

  it('refuses a discount larger than the subtotal', () => {
    const source = orderRows([anOrder({ items: 'TOPI-01 x1', discount: 60000 })]);

    const plan = planConfirm(input({ selected: source }), planEnv());

    expect(plan.skipped[0].reason.id).toBe('Baris 2: diskon Rp60.000 lebih besar dari subtotal Rp50.000');
  });
});

describe('planConfirm guards', () => {
  const confirm = (records: ReturnType<typeof anOrder>[], changes: Partial<ConfirmInput> = {}) => {
    const source = orderRows(records);
    return planConfirm(input({ ...changes, selected: source, idPlaces: [...csPlaces(source), ...(changes.idPlaces ?? [])] }), planEnv());
  };

  it('an ID typed on two rows is refused on both whatever its case, and no stock is reserved', () => {
    const plan = confirm([anOrder({ orderId: 'TK-X1' }), anOrder({ orderId: 'tk-x1', customerName: 'Budi' })]);

    expect(plan.skipped).toEqual([
      { orderId: 'TK-X1', rowNumber: 2, reason: { id: 'Baris 2: ID TK-X1 sudah ada di CS · Pesanan baris 3 — kosongkan kolom ID untuk pesanan baru', en: 'Row 2: ID TK-X1 already exists in CS · Pesanan row 3 — blank the ID column for a new order' } },
      { orderId: 'tk-x1', rowNumber: 3, reason: expect.objectContaining({ id: 'Baris 3: ID tk-x1 sudah ada di CS · Pesanan baris 2 — kosongkan kolom ID untuk pesanan baru' }) },
    ]);
    expect(plan.stock).toEqual([]);
    expect(plan.targetAppends).toEqual([]);
  });

  it('an ID typed in CS that an order in Pengiriman or Selesai already has is refused whatever its case, naming that sheet', () => {
    const idPlaces = [{ orderId: 'TK-OLD', sheet: 'Gudang · Selesai', rowNumber: 40 }];

    const plan = confirm([anOrder({ orderId: 'tk-old' })], { idPlaces });

    expect(plan.skipped.map((s) => s.reason)).toEqual([{
      id: 'Baris 2: ID tk-old sudah ada di Gudang · Selesai baris 40 — kosongkan kolom ID untuk pesanan baru',
      en: 'Row 2: ID tk-old already exists in Gudang · Selesai row 40 — blank the ID column for a new order',
    }]);
    expect(plan.stock).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
  });

  it('an ID typed in CS that another customer’s order in Approval has is refused whatever its case, and reserves nothing', () => {
    const plan = confirm([anOrder({ orderId: 'tk-2611-0001', customerName: 'Budi' })], { idPlaces: [approvalPlace(orderRows([aConfirmedOrder('TK-2611-0001')])[0])] });

    expect(plan.skipped.map((s) => s.reason)).toEqual([{
      id: 'Baris 2: ID tk-2611-0001 sudah ada di Keuangan · Approval baris 2 — kosongkan kolom ID untuk pesanan baru',
      en: 'Row 2: ID tk-2611-0001 already exists in Keuangan · Approval row 2 — blank the ID column for a new order',
    }]);
    expect(plan.stock).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
  });

  it('a typed ID free everywhere is kept as typed, and no new number is written over it', () => {
    const plan = confirm([anOrder({ orderId: 'WA-777' })]);

    expect(plan.done).toEqual(['WA-777']);
    expect(plan.sourceUpdates).toEqual([]);
    expect(plan.targetAppends[0].orderId).toBe('WA-777');
    expect(plan.stock.map((s) => s.changes.orderTrail)).toEqual(['WA-777:R', 'WA-777:R']);
  });

  it('the half-done move of a typed ID is logged as finished, not confirmed twice', () => {
    const source = orderRows([anOrder({ orderId: 'TK-2611-0001' })]);

    const plan = planConfirm(input({ selected: source, idPlaces: [...csPlaces(source), approvalPlace(orderRows([aConfirmedOrder('TK-2611-0001')])[0])], stock: stockHeldFor('TK-2611-0001') }), planEnv());

    expect(plan.logs).toEqual([{ action: 'Konfirmasi pesanan', orderId: 'TK-2611-0001', from: 'CS · Pesanan', to: 'Keuangan · Approval', details: 'melanjutkan pemindahan yang terputus' }]);
    expect(plan.sourceUpdates).toEqual([]);
  });

  it('two new orders in one run get two different numbers, each written on its row', () => {
    const plan = confirm([anOrder({ items: 'TOPI-01 x1' }), anOrder({ items: 'TOPI-01 x1', customerName: 'Budi' })]);

    const [first, second] = plan.done;
    expect(first).not.toBe(second);
    expect(plan.ids).toEqual([{ rowNumber: 2, changes: { orderId: first } }, { rowNumber: 3, changes: { orderId: second } }]);
    expect(plan.targetAppends.map((r) => r.orderId)).toEqual([first, second]);
    expect(plan.stock).toEqual([{ rowNumber: 3, changes: { onHand: 5, reserved: 2, available: 3, orderTrail: `${first}:R ${second}:R` } }]);
  });

  it('every unknown SKU of an order is named in one refusal', () => {
    const plan = confirm([anOrder({ items: 'SEPATU-99 x1, TOPI-01 x1, SANDAL-7 x2' })]);

    expect(plan.skipped).toEqual([{
      orderId: '',
      rowNumber: 2,
      reason: { id: 'Baris 2: SKU SEPATU-99 tidak ada di Gudang · Stok; SKU SANDAL-7 tidak ada di Gudang · Stok', en: 'Row 2: SKU SEPATU-99 is not in Gudang · Stok; SKU SANDAL-7 is not in Gudang · Stok' },
    }]);
    expect(plan.stock).toEqual([]);
  });

  it('every problem of a bad row is named in one refusal', () => {
    const plan = confirm([anOrder({ customerName: '', address: '' })]);

    expect(plan.skipped[0].reason.id).toBe('Baris 2, kolom "Nama Pelanggan": nama pelanggan belum diisi; Baris 2, kolom "Alamat": alamat belum diisi');
  });

  it('every short SKU of an order is named, and none of its stock is reserved', () => {
    const plan = confirm([anOrder({ items: 'KAOS-HTM-L x11, TOPI-01 x6, TOTE-02 x1' })]);

    expect(plan.skipped[0].reason.id).toBe('Baris 2: stok KAOS-HTM-L kurang: perlu 11, tersedia 10; stok TOPI-01 kurang: perlu 6, tersedia 5; stok TOTE-02 kurang: perlu 1, tersedia 0');
    expect(plan.stock).toEqual([]);
  });

  it('reserving the very last units is allowed, leaving none available', () => {
    const plan = confirm([anOrder({ items: 'TOPI-01 x5' })]);

    expect(plan.skipped).toEqual([]);
    expect(plan.stock).toEqual([{ rowNumber: 3, changes: { onHand: 5, reserved: 5, available: 0, orderTrail: `${plan.done[0]}:R` } }]);
  });

  it('every SKU without a selling price is named in one refusal, and nothing is reserved', () => {
    const stock = stockRows({ 'KAOS-HTM-L': { sellingPrice: 0 }, 'TOPI-01': { sellingPrice: '' } });

    const plan = confirm([anOrder()], { stock });

    expect(plan.skipped[0].reason.id).toBe('Baris 2: Harga Jual SKU KAOS-HTM-L belum diisi di Gudang · Stok; Harga Jual SKU TOPI-01 belum diisi di Gudang · Stok');
    expect(plan.stock).toEqual([]);
  });

  it('the order in Approval is the checked, normalised row: totals, cleared reject reason, kept date and CS', () => {
    const orderDate = NOW - 86400000;
    const typed = anOrder({
      channel: 'whatsapp', paymentMethod: 'tf', paymentStatus: 'paid', variantConfirmed: 'yes', discount: 'Rp10.000',
      orderDate, assignedCs: 'sari@toko.test', rejectReason: 'Bukti transfer buram', fulfilment: 'Ditolak',
    });

    const plan = confirm([typed]);

    expect(plan.targetAppends).toEqual([{
      ...typed,
      orderId: plan.done[0],
      orderDate,
      phone: '6281234567890',
      channel: 'WA',
      items: 'KAOS-HTM-L x2, TOPI-01 x1',
      variantConfirmed: 'Ya',
      paymentMethod: 'Transfer',
      paymentStatus: 'Lunas',
      shippingCost: 18000,
      discount: 10000,
      subtotal: 220000,
      total: 228000,
      costOfGoods: 100000,
      assignedCs: 'sari@toko.test',
      fulfilment: 'Menunggu approval',
      rejectReason: '',
      // already paid: the customer is told it is being packed (template diproses)
      waLink: expect.stringMatching(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti%2C%20pesanan%20TK-2611-0001%20sudah%20kami%20terima/),
      confirmedAt: NOW,
      updatedBy: 'rina@toko.test',
    }]);
    expect(plan.logs).toEqual([{
      action: 'Konfirmasi pesanan',
      orderId: plan.done[0],
      from: 'CS · Pesanan',
      to: 'Keuangan · Approval',
      details: 'Total Rp228.000 (subtotal Rp220.000, ongkir Rp18.000, diskon Rp10.000); stok di-booking: KAOS-HTM-L x2, TOPI-01 x1',
    }]);
  });

  it('a new order is dated now and assigned to the CS who confirms it', () => {
    const plan = confirm([anOrder()]);

    expect(plan.targetAppends[0]).toMatchObject({ orderDate: NOW, assignedCs: 'rina@toko.test' });
  });
});
