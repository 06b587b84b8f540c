/**
 * The article's team sizing, from the shop's own orders per day: 1–10 a day the owner alone, 10–30 one
 * CS, 30–50 two CS, one marketing and one shipping (gudang) person. Beyond 50 a day the article says no
 * more, so Toko extrapolates from its last band — one CS per 25 orders a day, one gudang person per 50,
 * marketing stays one (the article ties marketing to no order count) — and says the article stops there.
 * The band is decided on the average rounded to a whole order, the number the sentence shows, so
 * "Rata-rata 10 pesanan/hari" never advises what "10" does not. Pure.
 */
import { Text } from './i18n';
import { Division } from '../sheets/schema';

/** People per division the advice counts (the owner is not counted: they are always there). */
export interface TeamCount {
  readonly cs: number;
  readonly marketing: number;
  readonly gudang: number;
}

/** The article's bands, and the one Toko extrapolates past 50 a day. */
export type TeamBand = 'none' | 'owner-alone' | 'one-cs' | 'full-team' | 'beyond-article';

/** What the advice says: the band, the team it suggests, the team there is, and one sentence. */
export interface TeamAdvice {
  /** Average orders per day, rounded to a whole order. */
  readonly perDay: number;
  readonly band: TeamBand;
  readonly suggested: TeamCount;
  readonly current: TeamCount;
  /** Whether the current team has fewer people than suggested in CS, marketing or gudang. */
  readonly short: boolean;
  readonly sentence: Text;
}

/** The team the article suggests for a (rounded) number of orders per day. */
export function suggestedTeam(perDay: number): { band: TeamBand; team: TeamCount } {
  if (perDay <= 0) return { band: 'none', team: { cs: 0, marketing: 0, gudang: 0 } };
  if (perDay <= 10) return { band: 'owner-alone', team: { cs: 0, marketing: 0, gudang: 0 } };
  if (perDay <= 30) return { band: 'one-cs', team: { cs: 1, marketing: 0, gudang: 0 } };
  if (perDay <= 50) return { band: 'full-team', team: { cs: 2, marketing: 1, gudang: 1 } };
  return { band: 'beyond-article', team: { cs: Math.ceil(perDay / 25), marketing: 1, gudang: Math.ceil(perDay / 50) } };
}

/** Counts the team listed in Pengaturan by division (Keuangan and Manajemen are not part of the article's sizing). */
export function countTeam(team: ReadonlyArray<{ readonly division: Division }>): TeamCount {
  const of = (division: Division) => team.filter((m) => m.division === division).length;
  return { cs: of('CS'), marketing: of('Marketing'), gudang: of('Gudang') };
}

const listTeam = (team: TeamCount, lang: 'id' | 'en'): string => {
  const parts = [
    team.cs ? `${team.cs} CS` : '',
    team.marketing ? `${team.marketing} marketing` : '',
    team.gudang ? `${team.gudang} ${lang === 'id' ? 'gudang' : 'warehouse'}` : '',
  ].filter((p) => p !== '');
  if (parts.length) return parts.join(', ');
  return lang === 'id' ? 'pemilik sendiri' : 'the owner alone';
};

/**
 * The advice for an average of `averagePerDay` orders a day and the team listed, with one plain sentence:
 * "Rata-rata 34 pesanan/hari: saatnya 2 CS, 1 marketing, 1 gudang — sekarang 1 CS".
 */
export function teamAdvice(averagePerDay: number, team: ReadonlyArray<{ readonly division: Division }>): TeamAdvice {
  const perDay = Math.max(0, Math.round(averagePerDay));
  const { band, team: suggested } = suggestedTeam(perDay);
  const current = countTeam(team);
  const short = current.cs < suggested.cs || current.marketing < suggested.marketing || current.gudang < suggested.gudang;
  const now = { id: listTeam(current, 'id'), en: listTeam(current, 'en') };
  const want = { id: listTeam(suggested, 'id'), en: listTeam(suggested, 'en') };
  let sentence: Text;
  if (band === 'none') {
    sentence = { id: 'Belum ada pesanan dalam 30 hari terakhir: belum ada saran ukuran tim.', en: 'No orders in the last 30 days: no team-size advice yet.' };
  } else if (band === 'owner-alone') {
    sentence = {
      id: `Rata-rata ${perDay} pesanan/hari: pemilik masih bisa sendiri (1–10 pesanan/hari) — sekarang ${now.id}`,
      en: `Average ${perDay} orders/day: the owner can still run it alone (1–10 orders/day) — now ${now.en}`,
    };
  } else if (band === 'beyond-article') {
    sentence = {
      id: `Rata-rata ${perDay} pesanan/hari: perkiraan ${want.id} — sekarang ${now.id}. Artikel hanya sampai 50 pesanan/hari; angka ini diteruskan dari 2 CS per 50 pesanan.`,
      en: `Average ${perDay} orders/day: an estimate of ${want.en} — now ${now.en}. The article stops at 50 orders/day; this carries on from 2 CS per 50 orders.`,
    };
  } else if (short) {
    sentence = { id: `Rata-rata ${perDay} pesanan/hari: saatnya ${want.id} — sekarang ${now.id}`, en: `Average ${perDay} orders/day: time for ${want.en} — now ${now.en}` };
  } else {
    sentence = { id: `Rata-rata ${perDay} pesanan/hari: tim sudah cukup (${want.id}) — sekarang ${now.id}`, en: `Average ${perDay} orders/day: the team is enough (${want.en}) — now ${now.en}` };
  }
  return { perDay, band, suggested, current, short, sentence };
}
