import { jakartaInstant } from './jakarta-time';
import { OUTBOX_CELL_LIMIT } from './outbox-rules';
import { packingListMails, PackingOrder } from './packing-list';
import { pickSummary, readablePhone } from './pick-summary';

const line = (sku: string, variant: string, quantity: number, name = 'Kaos Polos') => ({ sku, name, variant, quantity });
const order = (orderId: string, lines: PackingOrder['lines'], changes: Partial<PackingOrder> = {}): PackingOrder => ({
  orderId, customerName: 'Siti Aminah', phone: '6281234567890', address: 'Jl. Melati 5, Bandung', courier: 'JNE',
  notes: '', paymentMethod: 'Transfer', total: 218000, lines, ...changes,
});
const now = jakartaInstant(2026, 11, 28, 16, 40);

describe('pickSummary', () => {
  it('adds up the same SKU and variant across the batch, so the picker takes 5 black L shirts from the shelf once', () => {
    const orders = [
      order('TK-2611-0001', [line('KAOS-HTM-L', 'L / Hitam', 2), line('TOPI-01', 'Navy', 1, 'Topi')]),
      order('TK-2611-0002', [line('kaos-htm-l', 'L / Hitam', 3)]),
      order('TK-2611-0003', [line('KAOS-HTM-L', 'L / Putih', 1)]),
    ];

    const summary = pickSummary(orders);

    expect(summary).toEqual([
      { sku: 'KAOS-HTM-L', name: 'Kaos Polos', variant: 'L / Hitam', quantity: 5, orders: 2 },
      { sku: 'KAOS-HTM-L', name: 'Kaos Polos', variant: 'L / Putih', quantity: 1, orders: 1 },
      { sku: 'TOPI-01', name: 'Topi', variant: 'Navy', quantity: 1, orders: 1 },
    ]);
  });

  it('leaves out an item line that could not be read (quantity 0): there is nothing to pick for it', () => {
    expect(pickSummary([order('TK-2611-0001', [line('KAOS HITAM DUA', '', 0)])])).toEqual([]);
  });
});

describe('readablePhone', () => {
  it.each([
    ['6281234567890', '0812-3456-7890'],
    ['0812-3456-7890', '0812-3456-7890'],
    ['+62 812 3456 789', '0812-3456-789'],
    ['81234567890', '0812-3456-7890'],
    ['tanya admin', 'tanya admin'],
    ['', ''],
  ])('shows %p as %p', (stored, shown) => {
    expect(readablePhone(stored)).toBe(shown);
  });
});

describe('the packing list with a pick summary', () => {
  it('starts with the batch total per SKU and variant, in text and HTML, before the orders', () => {
    const orders = [order('TK-2611-0001', [line('KAOS-HTM-L', 'L / Hitam', 2)]), order('TK-2611-0002', [line('KAOS-HTM-L', 'L / Hitam', 1), line('TOPI-01', 'Navy', 1, 'Topi')])];

    const [mail] = packingListMails({ shopName: 'Toko Ceria', orders, to: ['gudang@toko.test'], lang: 'id', now });

    const body = mail.body.split('\n');
    expect(body.slice(2, 6)).toEqual([
      'Ringkasan ambil barang (total per SKU dan varian, sekali jalan ke rak):',
      '- 3 × KAOS-HTM-L Kaos Polos (L / Hitam) — 2 pesanan',
      '- 1 × TOPI-01 Topi (Navy) — 1 pesanan',
      'Total: 4',
    ]);
    expect(mail.body.indexOf('Ringkasan ambil barang')).toBeLessThan(mail.body.indexOf('== TK-2611-0001 =='));
    expect(mail.htmlBody).toContain('<td style="text-align:right"><b>3</b></td><td>2 pesanan</td>');
    expect(mail.body).toContain('WhatsApp: 0812-3456-7890');
    expect(mail.body).toContain('isi Dicek = Ya');
  });

  it('has no summary for one order of one line: the order itself is the summary', () => {
    const [mail] = packingListMails({ shopName: 'Toko Ceria', orders: [order('TK-2611-0001', [line('KAOS-HTM-L', 'L / Hitam', 2)])], to: [], lang: 'en', now });

    expect(mail.body).not.toContain('Pick summary');
  });

  it('gives every part of a split batch its own summary, and every part still fits one Outbox cell', () => {
    const orders = Array.from({ length: 150 }, (_, i) =>
      order(`TK-2611-${String(i + 1).padStart(4, '0')}`, Array.from({ length: 6 }, (_, j) => line(`SKU-${(i * 7 + j) % 400}`, `Varian ${j}`, 1 + (j % 3), 'Produk dengan nama yang cukup panjang')), {
        notes: 'catatan panjang '.repeat(60),
      }),
    );

    const mails = packingListMails({ shopName: 'Toko Ceria', orders, to: [], lang: 'id', now });

    expect(mails.length).toBeGreaterThan(1);
    for (const mail of mails) {
      expect(mail.body.length).toBeLessThanOrEqual(OUTBOX_CELL_LIMIT);
      expect((mail.htmlBody as string).length).toBeLessThanOrEqual(OUTBOX_CELL_LIMIT);
      expect(mail.body).toContain('Ringkasan ambil barang');
    }
    const picked = mails.map((m) => Number(/\nTotal: (\d+)\n/.exec(m.body)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(picked).toBe(orders.reduce((n, o) => n + o.lines.reduce((m, l) => m + l.quantity, 0), 0));
  });
});
