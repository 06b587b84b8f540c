import { classifyQuery, customersOf, nameCellPattern, orderCard, phoneCellPattern, sortCards } from './customer-search';
import { OrderRecord } from './order-record';
import { ORDER_COLUMNS } from '../sheets/schema';

function aRecord(changes: Record<string, string | number> = {}): OrderRecord {
  const record: Record<string, string | number> = {};
  for (const column of ORDER_COLUMNS) record[column.key] = '';
  return { ...record, customerName: 'Siti Aminah', phone: '6281234567890', paymentMethod: 'Transfer', paymentStatus: 'Lunas', ...changes } as unknown as OrderRecord;
}

const ENV = { lang: 'id' as const, shopName: 'Toko Batik Sari', couriers: [{ name: 'JNE', trackingUrl: 'https://www.jne.co.id/tracking-package?resi={resi}' }, { name: 'Aneh', trackingUrl: 'javascript:alert(1)//{resi}' }] };

describe('classifyQuery', () => {
  it.each(['0812-3456-7890', '+62 812 3456 7890', '62812 3456 7890', '(0812) 3456-7890'])('%s is a phone, normalised', (typed) => {
    expect(classifyQuery(typed)).toEqual({ kind: 'phone', phone: '6281234567890' });
  });

  it('digits that are not an Indonesian number are refused with the reason', () => {
    expect(classifyQuery('1234 5678')).toMatchObject({ kind: 'invalid', problem: { id: expect.stringContaining('bukan nomor Indonesia') } });
  });

  it('one word with letters and digits is an order ID; words are a name', () => {
    expect(classifyQuery(' TK-2611-0004 ')).toEqual({ kind: 'orderId', orderId: 'TK-2611-0004' });
    expect(classifyQuery('siti  aminah')).toEqual({ kind: 'name', name: 'siti aminah' });
    expect(classifyQuery('s')).toMatchObject({ kind: 'invalid' });
    expect(classifyQuery('')).toMatchObject({ kind: 'invalid' });
  });
});

describe('search patterns', () => {
  const matches = (pattern: string, cell: string) => new RegExp(pattern, 'i').test(cell);

  it('the phone pattern matches the number however it was written, and no other number', () => {
    const pattern = phoneCellPattern('6281234567890');

    for (const cell of ['0812-3456-7890', '+62 812-3456-7890', '6281234567890', '81234567890', '(0812) 3456 7890', '+62 0812 3456 7890']) expect(matches(pattern, cell)).toBe(true);
    for (const cell of ['08123456789', '0812-3456-78901', '6281234567891']) expect(matches(pattern, cell)).toBe(false);
  });

  it('the name pattern finds part of a name; regex characters typed are literal', () => {
    expect(matches(nameCellPattern('siti am'), 'Ibu Siti Aminah')).toBe(true);
    expect(matches(nameCellPattern('a.b'), 'axb')).toBe(false);
  });
});

describe('orderCard', () => {
  it('a shipped order carries its stage, resi, tracking link and the shipped WhatsApp message', () => {
    const card = orderCard(aRecord({ orderId: 'TK-1', fulfilment: 'Sudah dikirim', courier: 'JNE', trackingNumber: 'JNE001', total: 238000 }), 'Gudang · Pengiriman', ENV);

    expect(card).toMatchObject({ stage: 'Sudah dikirim', total: 'Rp238.000', payment: 'Transfer · Lunas', trackingLink: 'https://www.jne.co.id/tracking-package?resi=JNE001' });
    expect(card.waMessage).toContain('no. resi JNE001');
    expect(card.waLink.startsWith('https://wa.me/6281234567890?text=')).toBe(true);
  });

  it('a tracking template that is not a web link is never offered as a link', () => {
    expect(orderCard(aRecord({ fulfilment: 'Sudah dikirim', courier: 'Aneh', trackingNumber: 'X1' }), 'Gudang · Pengiriman', ENV).trackingLink).toBe('');
  });

  it('an unpaid transfer waiting for approval asks for the payment; English when the shop speaks English', () => {
    const record = aRecord({ orderId: 'TK-2', fulfilment: 'Menunggu approval', paymentStatus: 'Belum bayar' });

    expect(orderCard(record, 'Keuangan · Approval', ENV).waMessage).toContain('menunggu pembayaran');
    expect(orderCard(record, 'Keuangan · Approval', { ...ENV, lang: 'en' })).toMatchObject({ stage: 'Waiting for approval', waMessage: expect.stringContaining('waiting for payment') });
  });

  it('a number that is not a phone gets no WhatsApp link', () => {
    expect(orderCard(aRecord({ phone: 'tanya Bu Ani' }), 'CS · Pesanan', ENV).waLink).toBe('');
  });
});

describe('sortCards and customersOf', () => {
  it('shows the newest orders first, undated last, and one customer per number', () => {
    const cards = [
      orderCard(aRecord({ orderId: 'A', orderDate: 1000 }), 'x', ENV),
      orderCard(aRecord({ orderId: 'B' }), 'x', ENV),
      orderCard(aRecord({ orderId: 'C', orderDate: 3000, customerName: 'Siti A.' }), 'x', ENV),
    ];

    expect(sortCards(cards, 10).map((c) => c.orderId)).toEqual(['C', 'A', 'B']);
    expect(sortCards(cards, 1).map((c) => c.orderId)).toEqual(['C']);
    expect(customersOf(sortCards(cards, 10))).toEqual([{ name: 'Siti A.', phone: '6281234567890', waLink: 'https://wa.me/6281234567890', orders: 3 }]);
  });
});
