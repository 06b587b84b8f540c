import { compareWithTargets, targetReportLines, targetVerdict } from './target-report';

const ACTUAL = { orders: 800, revenue: 80_000_000, grossMargin: 0.4, adSpend: 6_000_000, complaintRate: 0.01 };

describe('a month against its targets', () => {
  it('goals are met at or above, limits at or under; Capaian is actual ÷ target; blank targets are left out', () => {
    const lines = compareWithTargets(ACTUAL, { month: '2026-11', orders: 1000, revenue: 80_000_000, grossMargin: 0.35, adSpend: 5_000_000, complaintRate: null });
    expect(lines.map((l) => [l.label.id, l.achieved, l.met])).toEqual([
      ['Pesanan terjual', 0.8, false],
      ['Omzet', 1, true],
      ['Margin kotor', 0.4 / 0.35, true],
      ['Biaya iklan (anggaran)', 1.2, false],
    ]);
    expect(lines.map((l) => targetVerdict(l, true).id)).toEqual(['TIDAK TERCAPAI', 'tercapai', 'tercapai', 'MELEWATI BATAS']);
    expect(targetVerdict(lines[0], false).id).toBe('belum tercapai');
  });

  it('the report section shows each target as actual, target, Capaian and a verdict; no target, no section', () => {
    const lines = targetReportLines(compareWithTargets(ACTUAL, { month: '2026-11', orders: null, revenue: null, complaintRate: 0.02 }), '2026-11', 'id', true);
    expect(lines[1]).toMatchObject({ kind: 'heading', label: 'Target 2026-11 (Manajemen · Rencana)' });
    expect(lines[2]).toEqual({ kind: 'row', label: 'Rasio komplain (batas)', cells: ['1,0%', '2,0%', '50,0%', 'dalam batas'], format: 'percent' });
    expect(targetReportLines(compareWithTargets(ACTUAL, null), '2026-11', 'id', true)).toEqual([]);
  });
});
