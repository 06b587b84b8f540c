import { chooseCs, csPeople, orderSequence, personNamed, turnPattern } from './cs-assignment';
import { jakartaInstant } from './jakarta-time';
import { TeamMember } from './settings';

const NOW = jakartaInstant(2026, 11, 28, 9);
const dewi: TeamMember = { email: 'dewi@toko.test', name: 'Dewi', division: 'CS' };
const sari: TeamMember = { email: 'sari@toko.test', name: 'Sari', division: 'CS' };
const rina: TeamMember = { email: 'rina@toko.test', name: 'Rina', division: 'Keuangan' };
const labels = (team: TeamMember[]) => turnPattern(csPeople(team, NOW).people).map((p) => p.label);
/** The CS of orders TK-2611-0001 … -000n, one at a time, with no returning customer. */
const rotation = (team: TeamMember[], n: number) => {
  const { people } = csPeople(team, NOW);
  const pattern = turnPattern(people);
  return Array.from({ length: n }, (_, i) => chooseCs(people, pattern, `TK-2611-${String(i + 1).padStart(4, '0')}`, undefined)?.label);
};

describe('CS rotation', () => {
  it('two CS with equal weight take new orders in turn, one order at a time', () => {
    expect(rotation([dewi, sari, rina], 4)).toEqual(['Sari', 'Dewi', 'Sari', 'Dewi']);
  });

  it('two CS with blank weight and blank leave both count as weight 1, present', () => {
    const { people, warnings } = csPeople([dewi, sari], NOW);
    expect(people.map((p) => [p.label, p.weight, p.away])).toEqual([['Dewi', 1, false], ['Sari', 1, false]]);
    expect(warnings).toEqual([]);
  });

  it('weight 2 against 1 gives two orders in three, spread out', () => {
    expect(labels([{ ...dewi, weight: '2' }, sari])).toEqual(['Dewi', 'Sari', 'Dewi']);
    expect(rotation([{ ...dewi, weight: 2 }, sari], 6).filter((l) => l === 'Dewi')).toHaveLength(4);
  });

  it('a CS on leave today gets no new orders; the day after the leave ends they are back in turn', () => {
    const onLeave = { ...dewi, leave: '27/11/2026 - 28/11/2026' };
    expect(rotation([onLeave, sari], 3)).toEqual(['Sari', 'Sari', 'Sari']);
    const { people } = csPeople([onLeave, sari], jakartaInstant(2026, 11, 29, 8));
    expect(people.map((p) => p.away)).toEqual([false, false]);
  });

  it('weight 0 takes no new orders; with every CS away nobody is chosen', () => {
    expect(rotation([{ ...dewi, weight: '0' }, sari], 2)).toEqual(['Sari', 'Sari']);
    expect(rotation([{ ...dewi, leave: '28/11/2026' }, { ...sari, weight: 0 }], 1)).toEqual([undefined]);
  });

  it('a returning customer goes to the CS who served them last, unless that CS is on leave', () => {
    const { people } = csPeople([dewi, sari], NOW);
    const pattern = turnPattern(people);
    expect(chooseCs(people, pattern, 'TK-2611-0001', 'dewi@toko.test')?.label).toBe('Dewi');
    const away = csPeople([{ ...dewi, leave: '28/11/2026' }, sari], NOW).people;
    expect(chooseCs(away, turnPattern(away), 'TK-2611-0001', 'dewi@toko.test')?.label).toBe('Sari');
  });

  it('an unreadable Cuti or Bobot is told, naming the person, and read as present with weight 1', () => {
    const { people, warnings } = csPeople([{ ...dewi, leave: 'besok' }, { ...sari, weight: 'banyak' }], NOW);
    expect(people.map((p) => [p.weight, p.away])).toEqual([[1, false], [1, false]]);
    expect(warnings.map((w) => w.id)).toEqual([
      'Dewi: Cuti "besok" tidak terbaca — tulis tanggalnya, mis. 24/12/2026 - 02/01/2027 (atau satu tanggal untuk satu hari); dianggap tidak cuti',
      'Sari: Bobot CS "banyak" bukan angka ≥ 0; dipakai 1',
    ]);
  });

  it('the CS column shows the name; two CS with one name (or none) are shown by e-mail; typed values match either, any case', () => {
    const { people } = csPeople([dewi, { ...sari, name: 'Dewi' }, { email: 'x@toko.test', name: '', division: 'CS' }], NOW);
    expect(people.map((p) => p.label)).toEqual(['dewi@toko.test', 'sari@toko.test', 'x@toko.test']);
    const named = csPeople([dewi, sari], NOW).people;
    expect(personNamed(named, ' dewi ')?.email).toBe('dewi@toko.test');
    expect(personNamed(named, 'SARI@toko.test')?.label).toBe('Sari');
    expect(personNamed(named, 'Budi')).toBeUndefined();
  });

  it('the turn comes from the order number, so a rerun picks the same CS', () => {
    expect(orderSequence('TK-2611-0042')).toBe(42);
    expect(orderSequence('MANUAL')).toBe(orderSequence('MANUAL'));
  });
});
