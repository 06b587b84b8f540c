import { jakartaInstant } from './jakarta-time';
import { DEFAULT_COMPLAINT_ROUTES, dueTimes, formatDue, parseComplaintRoutes, parseComplaintType, routeFor } from './complaint-routing';

const NOW = jakartaInstant(2026, 11, 30, 22, 30);

describe('complaint types as CS types them', () => {
  it('a number 1–5, the dropdown text in any case, or an everyday word name the type', () => {
    expect(parseComplaintType('3')).toBe('Cacat/rusak');
    expect(parseComplaintType(' kurang item ')).toBe('Kurang item');
    expect(parseComplaintType('rusak')).toBe('Cacat/rusak');
    expect(parseComplaintType('wrong colour')).toBe('Warna/varian tidak sesuai');
  });

  it('anything else is no type', () => {
    expect(parseComplaintType('9')).toBeNull();
    expect(parseComplaintType('')).toBeNull();
    expect(parseComplaintType('marah')).toBeNull();
  });
});

describe('routing and SLA from Pengaturan', () => {
  it('reads the block, skipping blank lines, with blank or non-positive hours as missing', () => {
    const routes = parseComplaintRoutes([
      { complaintType: 'Cacat/rusak', complaintDivision: 'keuangan', complaintRespondHours: 3, complaintSolveHours: '24' },
      { complaintType: '', complaintDivision: 'Gudang' },
      { complaintType: 'Lainnya', complaintDivision: 'CS', complaintRespondHours: 0, complaintSolveHours: '' },
    ]);

    expect(routes).toEqual([
      { type: 'Cacat/rusak', division: 'Keuangan', respondHours: 3, solveHours: 24 },
      { type: 'Lainnya', division: 'CS', respondHours: null, solveHours: null },
    ]);
  });

  it('a type with missing hours is refused with the line to fill in; a type with no line the same', () => {
    const routes = parseComplaintRoutes([{ complaintType: 'Lainnya', complaintDivision: 'CS', complaintRespondHours: '', complaintSolveHours: 72 }]);

    const missing = routeFor(routes, 'Lainnya');
    const absent = routeFor(routes, 'Kurang item');

    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.problem.id).toContain('Jam SLA untuk jenis komplain "Lainnya" belum diisi');
    expect(absent.ok).toBe(false);
  });

  it('a route with hours but no division is refused naming the column', () => {
    const result = routeFor([{ type: 'Cacat/rusak', division: null, respondHours: 2, solveHours: 48 }], 'Cacat/rusak');

    expect(!result.ok && result.problem.id).toContain('Divisi Komplain');
  });

  it('due times count hours from the recording, shown in WIB across midnight', () => {
    const due = dueTimes(NOW, { respondHours: 2, solveHours: 48 });

    expect(formatDue(due.respondBy)).toBe('1 Des 2026 00.30 WIB');
    expect(formatDue(due.solveBy)).toBe('2 Des 2026 22.30 WIB');
  });

  it('every default type has a division and both hours', () => {
    for (const route of DEFAULT_COMPLAINT_ROUTES) expect(routeFor(DEFAULT_COMPLAINT_ROUTES, route.type).ok).toBe(true);
  });
});
