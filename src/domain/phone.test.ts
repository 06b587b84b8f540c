import { normalizePhone, whatsappLink } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['(0812) 3456.7890', '6281234567890'],
    ['+62 0812 3456 7890', '6281234567890'],
    [81234567890, '6281234567890'],
    ['  0857 1234 567 ', '628571234567'],
  ])('reads %p as %s', (typed, expected) => {
    expect(normalizePhone(typed)).toEqual({ ok: true, phone: expected });
  });

  it.each([
    ['', 'kosong'],
    ['0812-ABC-7890', 'bukan nomor telepon'],
    ['+1 555 123 4567', 'bukan nomor Indonesia'],
    ['12345', 'bukan nomor Indonesia'],
    ['0812', 'panjangnya'],
    ['0812345678901234', 'panjangnya'],
    ['=HYPERLINK("x")', 'bukan nomor telepon'],
  ])('refuses %p and says why', (typed, why) => {
    const result = normalizePhone(typed);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.id).toContain(why);
  });
});

describe('whatsappLink', () => {
  it('encodes the message so spaces, ampersands and line breaks survive the link', () => {
    expect(whatsappLink('6281234567890', 'Halo Bu & Pak\nResi: JP123?')).toBe(
      'https://wa.me/6281234567890?text=Halo%20Bu%20%26%20Pak%0AResi%3A%20JP123%3F',
    );
  });

  it('leaves out the text parameter when there is no message', () => {
    expect(whatsappLink('6281234567890', '')).toBe('https://wa.me/6281234567890');
  });
});
