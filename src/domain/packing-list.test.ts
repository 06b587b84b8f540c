import { jakartaInstant } from './jakarta-time';
import { packingListId, packingListMail, PackingOrder } from './packing-list';

const order = (changes: Partial<PackingOrder> = {}): PackingOrder => ({
  orderId: 'TK-2611-0001', customerName: 'Siti Aminah', phone: '6281234567890', address: 'Jl. Melati 5, Bandung', courier: 'JNE',
  notes: 'Bungkus kado', paymentMethod: 'Transfer', total: 218000,
  lines: [{ sku: 'KAOS-HTM-L', name: 'Kaos Hitam', variant: 'L / Hitam', quantity: 2 }], ...changes,
});
const now = jakartaInstant(2026, 11, 28, 9, 30);

describe('packingListMail', () => {
  it('lists items with names and variants, address, courier, notes and phone in both parts', () => {
    const mail = packingListMail({ shopName: 'Toko Saya', orders: [order()], to: ['gudang@toko.test'], lang: 'id', now });

    for (const part of [mail.body, mail.htmlBody as string]) {
      for (const expected of ['TK-2611-0001', 'Kaos Hitam', 'L / Hitam', 'Jl. Melati 5, Bandung', 'JNE', 'Bungkus kado', '6281234567890']) expect(part).toContain(expected);
    }
    expect(mail.subject).toBe('[Toko Saya] Packing list: 1 pesanan disetujui (TK-2611-0001)');
    expect(mail.body).toContain('- 2 × KAOS-HTM-L Kaos Hitam (L / Hitam)');
    expect(mail.to).toEqual(['gudang@toko.test']);
  });

  it('keeps the subject short for a big batch: first and last order ID', () => {
    const orders = ['TK-2611-0001', 'TK-2611-0002', 'TK-2611-0003', 'TK-2611-0004'].map((orderId) => order({ orderId }));

    const mail = packingListMail({ shopName: 'Toko Saya', orders, to: [], lang: 'id', now });

    expect(mail.subject).toBe('[Toko Saya] Packing list: 4 pesanan disetujui (TK-2611-0001 … TK-2611-0004)');
  });

  it('escapes customer text in the HTML part', () => {
    const mail = packingListMail({ shopName: 'Toko', orders: [order({ customerName: '<script>alert(1)</script>', notes: 'A & B "C"' })], to: [], lang: 'id', now });

    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.htmlBody).toContain('A &amp; B &quot;C&quot;');
    expect(mail.body).toContain('<script>alert(1)</script>');
  });

  it('tells the warehouse how much to collect on a COD order', () => {
    const mail = packingListMail({ shopName: 'Toko', orders: [order({ paymentMethod: 'COD' })], to: [], lang: 'en', now });

    expect(mail.body).toContain('Payment: COD — collect Rp218.000');
  });

  it('gives the same batch the same key whatever the order, and another batch another key', () => {
    expect(packingListId(['B', 'A'])).toBe(packingListId(['A', 'B']));
    expect(packingListId(['A', 'B'])).not.toBe(packingListId(['A', 'C']));
  });
});
