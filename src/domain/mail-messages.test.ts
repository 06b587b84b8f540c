import { deliveryNote, MailFate } from './mail-messages';

const packingList = (changes: Partial<MailFate> = {}): MailFate => ({
  id: 'GUDANG-1', subject: '[Toko] Packing list: 2 pesanan disetujui (TK-1, TK-2)', to: ['gudang@toko.test'], outcome: 'sent', ...changes,
});

describe('deliveryNote', () => {
  it('says a mail was sent, to whom, only when MailApp took it', () => {
    expect(deliveryNote([packingList()])).toEqual({
      text: {
        id: 'E-mail terkirim ke gudang@toko.test: "Packing list: 2 pesanan disetujui (TK-1, TK-2)".',
        en: 'E-mail sent to gudang@toko.test: "Packing list: 2 pesanan disetujui (TK-1, TK-2)".',
      },
      alert: false,
    });
  });

  it('with the quota spent, says the mail is NOT sent, waits in Outbox and goes out by itself — never that it was sent', () => {
    const note = deliveryNote([packingList({ outcome: 'queued', error: 'Service invoked too many times for one day: email.' })]);

    expect(note?.text.id).toBe(
      'E-mail BELUM terkirim — kuota e-mail hari ini habis: "Packing list: 2 pesanan disetujui (TK-1, TK-2)". Sudah tersimpan di sheet Outbox (Menunggu) dan dikirim otomatis oleh pengiriman ulang tiap jam begitu kuota pulih.',
    );
    expect(note?.text.id).not.toContain('terkirim ke');
    expect(note?.alert).toBe(true);
  });

  it('a bad address: says the error, that it is retried a bounded number of times, and where to fix it', () => {
    const note = deliveryNote([packingList({ outcome: 'queued', error: 'Invalid email: gudang@@toko' })]);

    expect(note?.text.id).toContain('E-mail ke gudang@toko.test BELUM terkirim (Invalid email: gudang@@toko)');
    expect(note?.text.id).toContain('paling banyak 5 kali — periksa alamatnya di Pengaturan');
  });

  it('a mail already in Outbox from an earlier run: not written or sent twice, and how to send it again', () => {
    const note = deliveryNote([packingList({ outcome: 'existing' })]);

    expect(note?.text.id).toContain('sudah ada di sheet Outbox dari proses sebelumnya, jadi tidak dibuat atau dikirim dua kali');
    expect(note?.text.id).toContain('ubah Status barisnya ke Menunggu');
  });

  it('names three parts of a split packing list and counts the rest; nothing at all without mail', () => {
    const parts = [1, 2, 3, 4].map((i) => packingList({ id: `P${i}`, subject: `[Toko] Packing list — bagian ${i}/4` }));

    expect(deliveryNote(parts)?.text.id).toBe('E-mail terkirim ke gudang@toko.test: "Packing list — bagian 1/4", "Packing list — bagian 2/4", "Packing list — bagian 3/4" … (+1).');
    expect(deliveryNote([])).toBeNull();
  });
});
