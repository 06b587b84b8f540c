import { marketingLine } from './dashboard';

describe("the dashboard's Marketing line", () => {
  it('before the marketing sheets exist, says so in grey', () => {
    expect(marketingLine(null)).toMatchObject({ light: 'grey', summary: { id: 'belum ada sheet marketing (promo, konten)' }, attention: [] });
  });

  it('with promos running and nothing due, is green and counts the promos', () => {
    expect(marketingLine({ activePromos: 2, contentDueThisWeek: 0, contentLate: 0 })).toMatchObject({
      light: 'green',
      summary: { id: '2 promo berjalan · 0 konten jatuh tempo minggu ini, 0 terlambat' },
      attention: [],
    });
  });

  it('content due this week turns it yellow; content past its date and not live turns it red and asks for attention', () => {
    expect(marketingLine({ activePromos: 0, contentDueThisWeek: 3, contentLate: 0 }).light).toBe('yellow');
    const late = marketingLine({ activePromos: 0, contentDueThisWeek: 3, contentLate: 1 });
    expect(late.light).toBe('red');
    expect(late.attention.map((t) => t.id)).toEqual(['Marketing: 1 konten lewat tanggalnya dan belum tayang (Marketing · Konten)']);
  });
});
