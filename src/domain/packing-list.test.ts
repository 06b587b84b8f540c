import { jakartaInstant } from './jakarta-time';
import { OUTBOX_CELL_LIMIT } from './outbox-rules';
import { packingListId, packingListMails, PackingOrder } from './packing-list';

const order = (changes: Partial<PackingOrder> = {}): PackingOrder => ({
  orderId: 'TK-2611-0001', customerName: 'Siti Aminah', phone: '6281234567890', address: 'Jl. Melati 5, Bandung', courier: 'JNE',
  notes: 'Bungkus kado', paymentMethod: 'Transfer', total: 218000,
  lines: [{ sku: 'KAOS-HTM-L', name: 'Kaos Hitam', variant: 'L / Hitam', quantity: 2 }], ...changes,
});
const now = jakartaInstant(2026, 11, 28, 9, 30);

/** The packing list of a batch small enough for one mail. */
function packingListMail(input: Parameters<typeof packingListMails>[0]) {
  const mails = packingListMails(input);
  expect(mails).toHaveLength(1);
  return mails[0];
}

/** 120 orders with long notes: the batch that came back cut to 92 orders when it was one mail. */
const bigBatch = (): PackingOrder[] =>
  Array.from({ length: 120 }, (_, i) =>
    order({ orderId: `TK-2611-${String(i + 1).padStart(4, '0')}`, notes: `Tolong dibungkus rapi & diberi kartu ucapan "Selamat ulang tahun" — ${'catatan panjang '.repeat(40)}` }),
  );

describe('packingListMails', () => {
  it('lists items with names and variants, address, courier, notes and phone in both parts', () => {
    const mail = packingListMail({ shopName: 'Toko Saya', orders: [order()], to: ['gudang@toko.test'], lang: 'id', now });

    for (const part of [mail.body, mail.htmlBody as string]) {
      for (const expected of ['TK-2611-0001', 'Kaos Hitam', 'L / Hitam', 'Jl. Melati 5, Bandung', 'JNE', 'Bungkus kado', '0812-3456-7890']) expect(part).toContain(expected);
    }
    expect(mail.subject).toBe('[Toko Saya] Packing list: 1 pesanan disetujui (TK-2611-0001)');
    expect(mail.body).toContain('- 2 × KAOS-HTM-L Kaos Hitam (L / Hitam)');
    expect(mail.to).toEqual(['gudang@toko.test']);
  });

  it('keeps the subject short for a big batch without reading as a range: three IDs and how many more', () => {
    const ids = ['TK-2611-0002', 'TK-2611-0003', 'TK-2611-0004', 'TK-2611-0005', 'TK-2611-0006', 'TK-2611-0007', 'TK-2611-0008', 'TK-2611-0009', 'TK-2611-0010', 'TK-2611-0012', 'TK-2611-0013', 'TK-2611-0029'];
    const orders = ids.map((orderId) => order({ orderId }));

    const mail = packingListMail({ shopName: 'Toko Saya', orders, to: [], lang: 'id', now });
    const english = packingListMail({ shopName: 'Toko Saya', orders, to: [], lang: 'en', now });

    expect(mail.subject).toBe('[Toko Saya] Packing list: 12 pesanan disetujui (TK-2611-0002, TK-2611-0003, TK-2611-0004 dan 9 lainnya)');
    expect(english.subject).toBe('[Toko Saya] Packing list: 12 order(s) approved (TK-2611-0002, TK-2611-0003, TK-2611-0004 and 9 more)');
    expect(mail.subject).not.toContain('…');
  });

  it('names every order in the subject of a batch of three', () => {
    const orders = ['TK-2611-0001', 'TK-2611-0003', 'TK-2611-0007'].map((orderId) => order({ orderId }));

    const mail = packingListMail({ shopName: 'Toko Saya', orders, to: [], lang: 'id', now });

    expect(mail.subject).toBe('[Toko Saya] Packing list: 3 pesanan disetujui (TK-2611-0001, TK-2611-0003, TK-2611-0007)');
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

  it('splits a batch too big for one Outbox cell into parts that each fit, every order in exactly one part', () => {
    const orders = bigBatch();

    const mails = packingListMails({ shopName: 'Toko', orders, to: ['gudang@toko.test'], lang: 'id', now });

    expect(mails.length).toBeGreaterThan(1);
    for (const mail of mails) {
      expect(mail.body.length).toBeLessThanOrEqual(OUTBOX_CELL_LIMIT);
      expect((mail.htmlBody as string).length).toBeLessThanOrEqual(OUTBOX_CELL_LIMIT);
    }
    const listed = mails.flatMap((mail) => mail.body.match(/^== (TK-\d{4}-\d{4}) ==$/gm) ?? []);
    expect(listed).toEqual(orders.map((o) => `== ${o.orderId} ==`));
    const htmlListed = mails.flatMap((mail) => (mail.htmlBody as string).match(/<h3[^>]*>TK-\d{4}-\d{4}<\/h3>/g) ?? []);
    expect(htmlListed).toHaveLength(120);
  });

  it('names each part in the subject ("bagian 1/3") and gives each its own key, the same on every run', () => {
    const mails = packingListMails({ shopName: 'Toko', orders: bigBatch(), to: [], lang: 'id', now });
    const again = packingListMails({ shopName: 'Toko', orders: [...bigBatch()].reverse(), to: [], lang: 'id', now });

    const n = mails.length;
    expect(mails.map((m) => m.subject.match(/bagian \d+\/\d+/)?.[0])).toEqual(mails.map((_, i) => `bagian ${i + 1}/${n}`));
    expect(mails[0].subject).toMatch(/^\[Toko\] Packing list: 120 pesanan disetujui — bagian 1\//);
    expect(mails[0].body).toContain(`e-mail ini bagian 1 dari ${n}`);
    expect(new Set(mails.map((m) => m.id)).size).toBe(n);
    expect(again.map((m) => m.id).sort()).toEqual(mails.map((m) => m.id).sort());
  });

  it('an order too long for any mail is cut with a pointer to the sheet, never dropped', () => {
    const huge = order({ orderId: 'TK-2611-0009', notes: '&'.repeat(49000), address: '<'.repeat(49000) });

    const mails = packingListMails({ shopName: 'Toko', orders: [order(), huge], to: [], lang: 'id', now });

    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain('== TK-2611-0009 ==');
    expect(mails[0].body).toContain('terpotong');
    expect((mails[0].htmlBody as string).length).toBeLessThanOrEqual(OUTBOX_CELL_LIMIT);
  });

  it('an order whose move an earlier run began is flagged “may already be on a packing list”, and such a list is looked up in Outbox', () => {
    const fresh = packingListMail({ shopName: 'Toko', orders: [order()], to: [], lang: 'id', now });
    const resumed = packingListMail({ shopName: 'Toko', orders: [order({ resumed: true })], to: [], lang: 'id', now });

    expect(fresh.firstWrite).toBe(true);
    expect(fresh.body).not.toContain('PERHATIAN');
    expect(resumed.firstWrite).toBe(false);
    expect(resumed.body).toContain('mungkin sudah ada di packing list sebelumnya — cek dulu, jangan dikemas dua kali');
    expect(resumed.htmlBody).toContain('jangan dikemas dua kali');
  });
});
