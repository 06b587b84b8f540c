import { checkOrderDraft, draftRecord, isRequestId, OrderDraft, StockChoice } from './order-entry';

const STOCK: StockChoice[] = [
  { sku: 'KAOS-HTM-L', name: 'Kaos Polos Hitam', variant: 'L / Hitam', available: 5, sellingPrice: 85000, costPrice: 40000 },
  { sku: 'TOPI-01', name: 'Topi Baseball', variant: 'Navy', available: 10, sellingPrice: 50000, costPrice: 20000 },
  { sku: 'GRATIS', name: 'Stiker', variant: '', available: 10, sellingPrice: 0, costPrice: 0 },
];

function aDraft(changes: Partial<OrderDraft> = {}): OrderDraft {
  return {
    requestId: 'pb-1234567890', customerName: 'Siti Aminah', phone: '0812-3456-7890', address: 'Jl. Melati 5, Bandung', channel: 'WA',
    items: [{ sku: 'KAOS-HTM-L', quantity: '2' }, { sku: 'TOPI-01', quantity: '1' }], variantConfirmed: true, courier: 'JNE',
    shippingCost: '18000', discount: '', paymentMethod: 'Transfer', notes: '', confirmNow: false, ...changes,
  };
}

const fields = (draft: OrderDraft) => checkOrderDraft(draft, STOCK).problems.map((p) => p.field);

describe('checkOrderDraft', () => {
  it('a complete order has no problems and is priced like the confirmation prices it', () => {
    const check = checkOrderDraft(aDraft(), STOCK);

    expect(check.problems).toEqual([]);
    expect(check.phone).toBe('6281234567890');
    expect(check.price).toEqual({ subtotal: 220000, total: 238000, costOfGoods: 100000 });
  });

  it('an empty dialog names every missing field', () => {
    const empty = aDraft({ customerName: '', phone: '', address: '', channel: '', items: [], variantConfirmed: false, paymentMethod: '' });

    expect(fields(empty)).toEqual(['customerName', 'phone', 'address', 'channel', 'paymentMethod', 'variantConfirmed', 'items']);
  });

  it('a SKU that is not in Gudang · Stok is refused on its own line', () => {
    const check = checkOrderDraft(aDraft({ items: [{ sku: 'TOPI-01', quantity: '1' }, { sku: 'KAOS-XXL', quantity: '1' }] }), STOCK);

    expect(check.problems).toEqual([{ field: 'items', line: 1, text: { id: 'Item 2: SKU KAOS-XXL tidak ada di Gudang · Stok', en: 'Item 2: SKU KAOS-XXL is not in Gudang · Stok' } }]);
    expect(check.price).toBeUndefined();
  });

  it('more than is available, a quantity that is not whole, and a SKU twice are each refused', () => {
    const check = checkOrderDraft(aDraft({ items: [{ sku: 'kaos-htm-l', quantity: '6' }, { sku: 'TOPI-01', quantity: '1,5' }, { sku: 'TOPI-01', quantity: '1' }] }), STOCK);

    expect(check.problems.map((p) => p.text.id)).toEqual([
      'Item 1: stok KAOS-HTM-L tersedia 5, diminta 6',
      'Item 2: jumlah "1,5" harus bilangan bulat',
      'Item 3: SKU TOPI-01 sudah ada di item 2 — ubah jumlahnya di sana',
    ]);
  });

  it('a phone that is not a phone gets the same reason the confirmation gives', () => {
    const check = checkOrderDraft(aDraft({ phone: '12345' }), STOCK);

    expect(check.problems).toEqual([expect.objectContaining({ field: 'phone', text: expect.objectContaining({ id: expect.stringContaining('bukan nomor Indonesia') }) })]);
  });

  it('amounts are whole Rupiah as people type them; a discount above the subtotal is refused on the discount', () => {
    expect(checkOrderDraft(aDraft({ shippingCost: 'Rp18.000' }), STOCK).price?.total).toBe(238000);
    expect(fields(aDraft({ shippingCost: '18.5' }))).toEqual(['shippingCost']);
    expect(fields(aDraft({ discount: '300000' }))).toEqual(['discount']);
  });

  it('a SKU without a selling price cannot be sold', () => {
    expect(fields(aDraft({ items: [{ sku: 'GRATIS', quantity: '1' }] }))).toEqual(['items']);
  });
});

describe('draftRecord', () => {
  it('writes the row Konfirmasi pesanan expects: normalised phone, canonical items, new and unpaid', () => {
    const draft = aDraft();

    const record = draftRecord(draft, checkOrderDraft(draft, STOCK), 1000, 'dewi@toko.test');

    expect(record).toMatchObject({ orderDate: 1000, phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1', variantConfirmed: 'Ya', paymentStatus: 'Belum bayar', fulfilment: 'Baru', assignedCs: 'dewi@toko.test', shippingCost: 18000, discount: 0 });
    expect(record.orderId).toBeUndefined();
  });
});

describe('isRequestId', () => {
  it('accepts what the page makes and nothing else', () => {
    expect(isRequestId('pb-0f8a1c2e-4b6d-4e3a-9c1b-7d2f5a8e9b0c')).toBe(true);
    expect(isRequestId('short')).toBe(false);
    expect(isRequestId('pb-<script>')).toBe(false);
    expect(isRequestId(12345678)).toBe(false);
  });
});
