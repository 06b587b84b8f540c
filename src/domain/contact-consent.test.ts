import { mayContact, normalizeConsent, planContacts } from './contacts';
import { jakartaInstant } from './jakarta-time';

const NOW = jakartaInstant(2026, 12, 3, 9);
const order = (orderId: string, phone: string, day: number) => ({
  orderId, customerName: 'Siti Aminah', phone, address: 'Jl. Melati 5, Bandung', orderDate: jakartaInstant(2026, 11, day),
  total: 238000, shippingCost: 18000, fulfilment: 'Diterima',
});

describe('consent to be contacted (UU PDP 2022)', () => {
  it('reads yes typed the ways people type it', () => {
    expect(['ya ', 'YES', 'boleh', 'Iya', 'mau', 'Setuju.', 'ok'].map(normalizeConsent)).toEqual(['Ya', 'Ya', 'Ya', 'Ya', 'Ya', 'Ya', 'Ya']);
  });

  it('reads no and stop typed the ways people type it', () => {
    expect(['tdk', 'Tidak', 'STOP', 'jangan', 'tidak  mau', 'gak', 'berhenti!', 'unsubscribe', 'no'].map(normalizeConsent)).toEqual(Array(9).fill('Tidak'));
  });

  it('blank is not asked, and anything else is unreadable; only an explicit Ya may be contacted', () => {
    expect(normalizeConsent('')).toBe('');
    expect(normalizeConsent('nanti saja')).toBeNull();
    expect([{ consent: 'ya ' }, { consent: '' }, { consent: 'nanti saja' }, { consent: 'tdk' }].map(mayContact)).toEqual([true, false, false, false]);
  });

  it('a customer who asked to stop and orders again stays Tidak: the new order is counted, the consent is not touched', () => {
    const existing = [{ rowNumber: 2, record: { phone: '6281234567890', name: 'Siti Aminah', orderCount: 1, totalSpent: 220000, segment: 'baru', consent: 'Tidak', consentDate: jakartaInstant(2026, 11, 20), consentSource: 'chat WA: minta berhenti', counted: 'TK-2611-0001' } }];

    const plan = planContacts(existing, [order('TK-2612-0002', '+62 812-3456-7890', 2)], NOW);

    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0].changes).toMatchObject({ consent: 'Tidak', consentDate: jakartaInstant(2026, 11, 20), orderCount: 2, segment: 'repeat' });
  });

  it('"stop" typed by marketing becomes Tidak with today\'s date', () => {
    const existing = [{ rowNumber: 2, record: { phone: '6281234567890', orderCount: 1, segment: 'baru', consent: 'stop', consentDate: '', counted: '' } }];

    const plan = planContacts(existing, [], NOW);

    expect(plan.updates[0].changes).toMatchObject({ consent: 'Tidak', consentDate: NOW });
  });

  it('the same customer on two rows (phone typed two ways): a Tidak on either wins, and the second row is named', () => {
    const existing = [
      { rowNumber: 2, record: { phone: '0812-3456-7890', orderCount: 1, segment: 'baru', consent: 'Ya', consentDate: NOW, counted: '' } },
      { rowNumber: 9, record: { phone: '6281234567890', orderCount: 1, segment: 'baru', consent: 'tdk', consentDate: NOW, counted: '' } },
    ];

    const plan = planContacts(existing, [], NOW);

    expect(plan.updates).toEqual([{ rowNumber: 2, changes: expect.objectContaining({ phone: '6281234567890', consent: 'Tidak' }) }]);
    expect(plan.skipped.map((t) => t.id)).toEqual(['6281234567890 ada di dua baris (2 dan 9) — baris 2 yang diperbarui; hapus baris 9 setelah memindahkan catatannya']);
  });
});
