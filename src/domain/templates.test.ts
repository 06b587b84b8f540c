import { parseTemplates, renderTemplate, Template, unknownPlaceholders } from './templates';

const template = (text: string, code = 'dikirim', rowNumber = 9): Template => ({ code, purpose: '', text, rowNumber });

describe('quick-reply templates', () => {
  it('fills every placeholder with its value', () => {
    const rendered = renderTemplate(template('Halo Kak {nama}, pesanan {id} ({item}) total {total} dari {toko}.'), {
      nama: 'Siti', id: 'TK-2611-0001', item: 'KAOS-HTM-L x2', total: 'Rp1.250.000', toko: 'Toko Batik Sari',
    });

    expect(rendered).toEqual({ ok: true, text: 'Halo Kak Siti, pesanan TK-2611-0001 (KAOS-HTM-L x2) total Rp1.250.000 dari Toko Batik Sari.' });
  });

  it('a template with a typo placeholder is not rendered: the message names the template, its row and the placeholder', () => {
    const rendered = renderTemplate(template('Halo Kak {nama}, resi {resi_no} ya {nama}'), { nama: 'Siti' });

    expect(rendered.ok).toBe(false);
    if (rendered.ok) return;
    expect(rendered.problem.id).toBe(
      'Template "dikirim" (baris 9) di CS · Template memakai {resi_no} yang tidak dikenal. Perbaiki teksnya (yang bisa dipakai: {nama}, {id}, {item}, {total}, {rekening}, {kurir}, {resi}, {link_lacak}, {toko}), lalu coba lagi.',
    );
    expect(rendered.problem.en).toContain('uses {resi_no}, which is not a placeholder');
  });

  it('names each unknown placeholder once, braces with spaces and capitals included', () => {
    expect(unknownPlaceholders('{Nama} {nama} { id } {Nama} {}')).toEqual(['Nama', ' id ', '']);
  });

  it('a line whose placeholders are all empty is left out, other lines keep their empty values', () => {
    const rendered = renderTemplate(template('Dikirim dengan {kurir}, resi {resi}.\nLacak di sini: {link_lacak}\r\nTerima kasih!'), { kurir: 'GoSend', resi: '' });

    expect(rendered).toEqual({ ok: true, text: 'Dikirim dengan GoSend, resi .\nTerima kasih!' });
  });

  it('text around the placeholders stays exactly as the shop wrote it, emoji and all', () => {
    expect(renderTemplate(template('Terima kasih 🙏 {toko} =SUM(A1)'), { toko: 'Sari' })).toEqual({ ok: true, text: 'Terima kasih 🙏 Sari =SUM(A1)' });
  });

  it('the sheet is read by code, any case; blank codes are skipped and the first of two rows with one code counts', () => {
    const book = parseTemplates([
      { rowNumber: 2, record: { code: ' Dikirim ', purpose: 'p', text: 'first' } },
      { rowNumber: 3, record: { code: '', purpose: '', text: 'orphan' } },
      { rowNumber: 4, record: { code: 'dikirim', purpose: '', text: 'second' } },
    ]);

    expect([...book.keys()]).toEqual(['dikirim']);
    expect(book.get('dikirim')).toEqual({ code: 'Dikirim', purpose: 'p', text: 'first', rowNumber: 2 });
  });
});
