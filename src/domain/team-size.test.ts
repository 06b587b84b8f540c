import { suggestedTeam, teamAdvice } from './team-size';

const cs = { division: 'CS' as const };
const gudang = { division: 'Gudang' as const };
const marketing = { division: 'Marketing' as const };

describe('team size from orders per day (the article’s bands)', () => {
  it('34 orders a day with one CS says it is time for 2 CS, 1 marketing, 1 gudang', () => {
    expect(teamAdvice(34.2, [cs]).sentence.id).toBe('Rata-rata 34 pesanan/hari: saatnya 2 CS, 1 marketing, 1 gudang — sekarang 1 CS');
  });

  it('the bands: up to 10 the owner alone, up to 30 one CS, up to 50 two CS, one marketing and one gudang', () => {
    expect([0, 1, 10, 11, 30, 31, 50].map((n) => suggestedTeam(n))).toEqual([
      { band: 'none', team: { cs: 0, marketing: 0, gudang: 0 } },
      { band: 'owner-alone', team: { cs: 0, marketing: 0, gudang: 0 } },
      { band: 'owner-alone', team: { cs: 0, marketing: 0, gudang: 0 } },
      { band: 'one-cs', team: { cs: 1, marketing: 0, gudang: 0 } },
      { band: 'one-cs', team: { cs: 1, marketing: 0, gudang: 0 } },
      { band: 'full-team', team: { cs: 2, marketing: 1, gudang: 1 } },
      { band: 'full-team', team: { cs: 2, marketing: 1, gudang: 1 } },
    ]);
  });

  it('decides on the rounded average the sentence shows: 10.4 a day is still the owner alone', () => {
    const advice = teamAdvice(10.4, []);
    expect(advice.band).toBe('owner-alone');
    expect(advice.sentence.id).toBe('Rata-rata 10 pesanan/hari: pemilik masih bisa sendiri (1–10 pesanan/hari) — sekarang pemilik sendiri');
  });

  it('beyond 50 a day it extrapolates (one CS per 25, one gudang per 50, one marketing) and says the article stops there', () => {
    const advice = teamAdvice(80, [cs, cs, marketing, gudang]);
    expect(advice.suggested).toEqual({ cs: 4, marketing: 1, gudang: 2 });
    expect(advice.sentence.id).toBe('Rata-rata 80 pesanan/hari: perkiraan 4 CS, 1 marketing, 2 gudang — sekarang 2 CS, 1 marketing, 1 gudang. Artikel hanya sampai 50 pesanan/hari; angka ini diteruskan dari 2 CS per 50 pesanan.');
    expect(advice.short).toBe(true);
  });

  it('a team already as big as suggested is told it is enough, in English too', () => {
    const advice = teamAdvice(20, [cs, { division: 'Keuangan' }]);
    expect(advice.short).toBe(false);
    expect(advice.sentence.en).toBe('Average 20 orders/day: the team is enough (1 CS) — now 1 CS');
  });

  it('no orders at all gives no advice', () => {
    expect(teamAdvice(0, []).sentence.id).toBe('Belum ada pesanan dalam 30 hari terakhir: belum ada saran ukuran tim.');
  });
});
