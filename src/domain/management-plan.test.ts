import { jakartaInstant } from './jakarta-time';
import { overduePlans, parsePlanSheet, parseTargetMonth } from './management-plan';

const row = (rowNumber: number, record: Record<string, unknown>) => ({ rowNumber, record });

describe('Manajemen · Rencana read as plans and targets', () => {
  it('reads target months as people type them', () => {
    expect(['2026-11', '11/2026', 'Nov 2026', 'November 2026', 'Agustus 2026', jakartaInstant(2026, 11, 15), 'bulan depan'].map(parseTargetMonth))
      .toEqual(['2026-11', '2026-11', '2026-11', '2026-11', '2026-08', '2026-11', null]);
  });

  it('a target typed as words is named with its row and left out; the plan on the same row still counts', () => {
    const sheet = parsePlanSheet([row(2, { item: 'Foto produk', targetMonth: '2026-12', targetRevenue: '50 juta', targetOrders: '900' })]);
    expect(sheet.targets.get('2026-12')).toEqual({ month: '2026-12', orders: 900, revenue: null });
    expect(sheet.problems.map((p) => p.id)).toEqual(['Manajemen · Rencana baris 2: Target Omzet "50 juta" bukan angka Rupiah — ketik mis. 50000000 (tanpa "juta")']);
    expect(sheet.items).toHaveLength(1);
  });

  it('a plan with no date is open and never overdue; a due date typed as text is read', () => {
    const today = jakartaInstant(2026, 11, 28);
    const sheet = parsePlanSheet([row(2, { item: 'Tanpa tanggal' }), row(3, { item: 'Rekrut CS', due: '20/11/2026', status: 'Berjalan' }), row(4, { item: 'Selesai', due: '01/11/2026', status: 'Selesai' })]);
    expect(overduePlans(sheet.items, today).map((p) => p.item)).toEqual(['Rekrut CS']);
    expect(sheet.problems).toEqual([]);
  });

  it('the first target of a month wins and the second is named', () => {
    const sheet = parsePlanSheet([row(2, { targetMonth: '2026-11', targetOrders: 100 }), row(3, { targetMonth: 'Nov 2026', targetOrders: 200 })]);
    expect(sheet.targets.get('2026-11')?.orders).toBe(100);
    expect(sheet.problems[0].id).toContain('baris 3: target 2026-11 sudah ada');
  });
});
