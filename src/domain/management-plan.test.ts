import { jakartaInstant } from './jakarta-time';
import { overduePlans, parsePlanSheet, parseTargetMonth } from './management-plan';

const row = (rowNumber: number, record: Record<string, unknown>) => ({ rowNumber, record });

describe('Manajemen · Rencana read as plans and targets', () => {
  it('reads target months as people type them', () => {
    expect(['2026-11', '11/2026', 'Nov 2026', 'November 2026', 'Agustus 2026', jakartaInstant(2026, 11, 15), 'bulan depan'].map(parseTargetMonth))
      .toEqual(['2026-11', '2026-11', '2026-11', '2026-11', '2026-08', '2026-11', null]);
  });

  it('a target typed as "50 juta" is read as Rp50.000.000; one typed as words it cannot read is named with its row and left out, and the plan on the same row still counts', () => {
    const sheet = parsePlanSheet([
      row(2, { item: 'Foto produk', targetMonth: '2026-12', targetRevenue: '50 juta', targetOrders: '900', targetMargin: '35%', targetAdSpend: '5jt', targetComplaintRate: '2,5' }),
      row(3, { targetMonth: '2027-01', targetRevenue: 'lima puluh juta', targetMargin: 'tinggi' }),
    ]);
    expect(sheet.targets.get('2026-12')).toEqual({ month: '2026-12', orders: 900, revenue: 50_000_000, grossMargin: 0.35, adSpend: 5_000_000, complaintRate: 0.025 });
    expect(sheet.targets.get('2027-01')).toEqual({ month: '2027-01', orders: null, revenue: null, grossMargin: null, adSpend: null, complaintRate: null });
    expect(sheet.problems.map((p) => p.id)).toEqual([
      'Manajemen · Rencana baris 3: Target Omzet "lima puluh juta" bukan angka Rupiah — ketik mis. 50000000 atau 50 juta',
      'Manajemen · Rencana baris 3: Target Margin Kotor "tinggi" bukan persen — ketik mis. 35%',
    ]);
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
