import { cityOf, mayContact, normalizeConsent, planContacts } from './contacts';
import { jakartaInstant } from './jakarta-time';

const NOW = jakartaInstant(2026, 12, 3, 9);
const order = (orderId: string, phone: string, day: number, more: Record<string, string | number> = {}) => ({
  orderId, customerName: 'Siti Aminah', phone, address: 'Jl. Melati 5, Bandung 40111', orderDate: jakartaInstant(2026, 11, day),
  total: 238000, shippingCost: 18000, fulfilment: 'Diterima', ...more,
});

describe('contacts built from delivered orders', () => {
  it('a phone typed three ways is one customer: three orders, total spent without shipping, first and last order, city from the address', () => {
    const plan = planContacts([], [order('TK-2611-0001', '0812-3456-7890', 2), order('TK-2611-0007', '+62 812 3456 7890', 9), order('TK-2611-0020', '6281234567890', 20)], NOW);

    expect(plan.appends).toEqual([{
      phone: '6281234567890', name: 'Siti Aminah', city: 'Bandung', firstOrder: jakartaInstant(2026, 11, 2), lastOrder: jakartaInstant(2026, 11, 20),
      orderCount: 3, totalSpent: 660000, segment: 'repeat', consent: '', consentDate: '', counted: 'TK-2611-0001 TK-2611-0007 TK-2611-0020',
    }]);
    expect(plan.counted).toBe(3);
  });

  it('an order already counted is not counted again (a rerun), and nothing is written for it', () => {
    const existing = [{ rowNumber: 2, record: { phone: '6281234567890', name: 'Siti Aminah', orderCount: 1, totalSpent: 220000, segment: 'baru', counted: 'TK-2611-0001' } }];

    const plan = planContacts(existing, [order('TK-2611-0001', '0812-3456-7890', 2)], NOW);

    expect(plan).toEqual({ updates: [], appends: [], skipped: [], counted: 0 });
  });

  it('a cancelled order makes no contact, and an unreadable phone is named', () => {
    const plan = planContacts([], [order('TK-2611-0002', '0812-3456-7890', 2, { fulfilment: 'Dibatalkan' }), order('TK-2611-0003', 'nomor hilang', 2)], NOW);

    expect(plan.appends).toEqual([]);
    expect(plan.skipped[0].id).toContain('TK-2611-0003: "nomor hilang" bukan nomor telepon');
  });

  it('consent typed oddly is read as Ya or Tidak and dated today when the date is blank; an unreadable one is taken as Tidak and named', () => {
    expect(normalizeConsent(' YES ')).toBe('Ya');
    expect(normalizeConsent('boleh')).toBe('Ya');
    expect(normalizeConsent('stop')).toBe('Tidak');
    expect(normalizeConsent('mungkin')).toBeNull();
    const existing = [
      { rowNumber: 2, record: { phone: '6281234567890', consent: 'ya', consentDate: '', counted: '' } },
      { rowNumber: 3, record: { phone: '6281311112222', consent: 'mungkin', segment: 'baru', counted: '' } },
    ];

    const plan = planContacts(existing, [], NOW);

    expect(plan.updates).toEqual([{ rowNumber: 2, changes: expect.objectContaining({ consent: 'Ya', consentDate: NOW }) }]);
    expect(plan.skipped[0].id).toBe('6281311112222: Boleh Dihubungi "mungkin" tidak dikenal — isi Ya atau Tidak (dianggap Tidak)');
    expect(mayContact(existing[1].record)).toBe(false);
  });

  it('the city is the address\'s last part without its postcode; an address with no comma gives none', () => {
    expect(cityOf('Jl. Kenari 2, Depok, Jawa Barat 16411')).toBe('Jawa Barat');
    expect(cityOf('Jl. Kenari 2 Depok')).toBe('');
  });
});
