import { builtInNote, confirmedTemplate, MessageEnv, orderValues, orderWhatsappCell, templatesProblem } from './customer-message';
import { aConfirmedOrder, anOrder, shopSettings } from '../../test/e2e/pipeline-fixtures';
import { starterTemplates } from './template-starters';
import { parseTemplates } from './templates';

const settings = { ...shopSettings(), shopName: 'Toko Batik Sari', bankAccount: 'BCA 1234567890 a.n. Sari' };
const env = (texts: Record<string, string> = {}, lang: 'id' | 'en' = 'id'): MessageEnv => ({
  lang, settings: { ...settings, language: lang },
  templates: parseTemplates(Object.entries(texts).map(([code, text], i) => ({ rowNumber: i + 2, record: { code, purpose: '', text } }))),
});
const decoded = (cell: string): string => decodeURIComponent(cell.replace(/^https:\/\/wa\.me\/\d+\?text=/, ''));

describe('the WhatsApp link of an order', () => {
  it('a shipped order gets the shop\'s dikirim text with courier, resi and tracking link, to the normalised number', () => {
    const order = anOrder({ orderId: 'TK-2611-0001', courier: 'JNE', trackingNumber: 'JP123', trackingLink: 'https://x/JP123' });

    const cell = orderWhatsappCell('dikirim', order, env({ dikirim: 'Halo Kak {nama}, {id} dikirim {kurir} resi {resi}.\nLacak: {link_lacak}' }));

    expect(cell.startsWith('https://wa.me/6281234567890?text=')).toBe(true);
    expect(decoded(cell)).toBe('Halo Kak Siti, TK-2611-0001 dikirim JNE resi JP123.\nLacak: https://x/JP123');
  });

  it('without the code in CS · Template the built-in starter is used, and the note says which', () => {
    const order = anOrder({ orderId: 'TK-2611-0001', courier: 'JNE', trackingNumber: 'JP123' });

    const cell = orderWhatsappCell('dikirim', order, env());

    expect(decoded(cell)).toBe(
      'Halo Kak Siti, pesanan TK-2611-0001 dari Toko Batik Sari sudah dikirim dengan JNE, no. resi JP123.\nLacak di sini: https://www.jne.co.id/tracking-package?resi=JP123\nTerima kasih sudah belanja di toko kami!',
    );
    expect(builtInNote(env(), ['dikirim'])?.id).toBe('Template dikirim tidak ada di CS · Template; link WA memakai teks bawaan (jalankan Setup untuk menambahkannya).');
    expect(builtInNote(env({ dikirim: 'x' }), ['dikirim'])).toBeNull();
  });

  it('the English setting uses the English starter', () => {
    const cell = orderWhatsappCell('dikirim', anOrder({ orderId: 'TK-2611-0001', courier: 'GoSend', trackingNumber: 'GS12345' }), env({}, 'en'));

    expect(decoded(cell)).toBe('Hi Siti, your order TK-2611-0001 from Toko Batik Sari has been shipped with GoSend, tracking number GS12345.\nThank you for shopping with us!');
  });

  it('a phone that is not a phone gives a cell saying why, not a broken link', () => {
    expect(orderWhatsappCell('dikirim', anOrder({ phone: 'tanya admin' }), env())).toBe(
      'Tidak ada link: "tanya admin" bukan nomor telepon (hanya angka, spasi, tanda - dan +62)',
    );
  });

  it('a template with an unknown placeholder is reported before anything is written, naming template and placeholder', () => {
    expect(templatesProblem(env({ dikirim: 'Resi {resi_no}' }), ['konfirmasi', 'dikirim'])?.id).toMatch(/^Template "dikirim" \(baris 2\) di CS · Template memakai \{resi_no\} yang tidak dikenal/);
    expect(templatesProblem(env({ 'cara-order': 'Typo {nma}' }), ['dikirim'])).toBeNull();
  });

  it('money is written the Indonesian way, the bank account comes from Pengaturan, and nothing internal reaches the link', () => {
    const order = aConfirmedOrder('TK-2611-0001', { total: 1250000, costOfGoods: 400000, notes: 'pelanggan rewel, HPP rahasia', assignedCs: 'dewi@toko.test', rejectReason: 'bukti palsu' });

    const values = orderValues(order, settings);
    const cell = orderWhatsappCell('konfirmasi', order, env());

    expect(values.total).toBe('Rp1.250.000');
    expect(decoded(cell)).toContain('Total (sudah termasuk ongkir): Rp1.250.000\nSilakan transfer ke BCA 1234567890 a.n. Sari');
    for (const secret of ['400', 'rewel', 'dewi@', 'palsu']) expect(decoded(cell)).not.toContain(secret);
  });

  it('a confirmed order is told how to pay; a COD order what to pay the courier; a paid order that it is being packed', () => {
    expect(confirmedTemplate(anOrder({ paymentMethod: 'Transfer', paymentStatus: 'Belum bayar' }))).toBe('konfirmasi');
    expect(confirmedTemplate(anOrder({ paymentMethod: 'COD' }))).toBe('konfirmasi-cod');
    expect(confirmedTemplate(anOrder({ paymentMethod: 'E-wallet', paymentStatus: 'Lunas' }))).toBe('diproses');
  });

  it('every starter text, in both languages, uses only known placeholders', () => {
    for (const lang of ['id', 'en'] as const) {
      const book = parseTemplates(starterTemplates(lang).map((s, i) => ({ rowNumber: i + 2, record: s })));
      expect(templatesProblem({ lang, settings, templates: book }, [...book.keys()])).toBeNull();
      expect(book.size).toBe(12);
    }
  });
});
