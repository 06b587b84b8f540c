import { checkOrderRow, isOrderDate } from './order';
import { OrderRecord } from './order-record';

const blank = (): Record<string, string | number> => ({
  orderId: '', orderDate: '', customerName: '', phone: '', address: '', channel: '', items: '', variantConfirmed: '', paymentMethod: '',
  paymentStatus: '', courier: '', shippingCost: '', discount: '', subtotal: '', total: '', costOfGoods: '', assignedCs: '', notes: '',
  fulfilment: '', complaint: '', rejectReason: '', confirmedAt: '', approvedAt: '', packedAt: '', trackingNumber: '', trackingLink: '',
  waLink: '', shippedAt: '', deliveredAt: '', cancelledAt: '', updatedBy: '',
});
const anOrder = (changes: Record<string, string | number> = {}): OrderRecord => ({
  ...blank(), customerName: 'Siti Aminah', phone: '0812-3456-7890', address: 'Jl. Melati 5, Bandung', channel: 'WA',
  items: 'KAOS-HTM-L x2, TOPI-01 x1', variantConfirmed: 'Ya', paymentMethod: 'Transfer', shippingCost: 18000, ...changes,
}) as unknown as OrderRecord;

describe('checkOrderRow', () => {
  it('normalises a good order: phone to 62…, channel and method to their list spelling, blanks to zero', () => {
    const result = checkOrderRow({ rowNumber: 4, record: anOrder({ channel: 'instagram', paymentMethod: 'cod' }) });

    expect(result).toEqual({ ok: true, order: {
      orderId: '', phone: '6281234567890', channel: 'Instagram', items: [{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 1 }],
      paymentMethod: 'COD', paymentStatus: 'Belum bayar', shippingCost: 18000, discount: 0,
    } });
  });

  it('names the row and the column of each problem', () => {
    const result = checkOrderRow({ rowNumber: 7, record: anOrder({ customerName: '', phone: '12345', items: 'KAOS-HTM-L x0', variantConfirmed: 'Belum', shippingCost: -5000 }) });

    expect(!result.ok && result.problems.map((p) => p.id)).toEqual([
      'Baris 7, kolom "Nama Pelanggan": nama pelanggan belum diisi',
      'Baris 7, kolom "No. WhatsApp": "12345" bukan nomor Indonesia (awali dengan 08 atau +62)',
      'Baris 7, kolom "Item": item ke-1 ("KAOS-HTM-L x0"): jumlah 0 — minimal 1',
      'Baris 7, kolom "Varian Dikonfirmasi": varian/warna belum dikonfirmasi ke pelanggan — tanyakan dulu, lalu isi Ya',
      'Baris 7, kolom "Ongkir": ongkir tidak boleh negatif',
    ]);
  });

  it('speaks English with the English column names', () => {
    const result = checkOrderRow({ rowNumber: 3, record: anOrder({ paymentMethod: 'Kartu kredit' }) });

    expect(!result.ok && result.problems[0].en).toBe('Row 3, column "Payment method": "Kartu kredit" is not a payment method (Transfer, COD, E-wallet)');
  });

  it.each([
    ['channel', 'Fax', 'bukan channel'],
    ['channel', '', 'channel belum diisi'],
    ['paymentStatus', 'Setengah', 'bukan status bayar'],
    ['discount', '1.5', 'bukan jumlah Rupiah bulat'],
    ['shippingCost', 'gratis', 'bukan jumlah Rupiah bulat'],
    ['orderId', 'TK 01', 'hanya boleh'],
    ['address', '  ', 'alamat belum diisi'],
  ])('refuses %s = %p', (key, value, message) => {
    const result = checkOrderRow({ rowNumber: 2, record: anOrder({ [key]: value }) });

    expect(!result.ok && result.problems.map((p) => p.id).join('|')).toContain(message);
  });

  it('accepts Rupiah written the Indonesian way and a customer name that looks like a formula', () => {
    const result = checkOrderRow({ rowNumber: 2, record: anOrder({ shippingCost: 'Rp15.000', discount: '5.000', customerName: '=IMPORTXML("http://x")' }) });

    expect(result.ok && [result.order.shippingCost, result.order.discount]).toEqual([15000, 5000]);
  });

  it('a Tanggal typed as "kemarin" is refused with the row and what to type, not kept as text', () => {
    const result = checkOrderRow({ rowNumber: 4, record: anOrder({ orderDate: 'kemarin' }) });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].id).toBe('Baris 4, kolom "Tanggal": "kemarin" bukan tanggal — ketik tanggalnya, mis. 28/11/2026, atau kosongkan agar diisi hari ini');
  });

  it('a blank Tanggal or a real date is accepted', () => {
    expect(isOrderDate('')).toBe(true);
    expect(isOrderDate(Date.UTC(2026, 10, 27))).toBe(true);
    expect(isOrderDate(5)).toBe(false);
  });
});
