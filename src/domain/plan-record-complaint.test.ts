import { DEFAULT_COMPLAINT_ROUTES } from './complaint-routing';
import { ComplaintRow } from './complaint-record';
import { jakartaInstant } from './jakarta-time';
import { OrderRecord } from './order-record';
import { planRecordComplaint, RecordComplaintInput } from './plan-record-complaint';

const NOW = jakartaInstant(2026, 11, 30, 10);
const HOUR = 3600000;

const order = (changes: Record<string, string | number> = {}): OrderRecord => ({
  orderId: 'TK-2611-0001', customerName: 'Siti Aminah', phone: '0812-3456-7890', items: 'TOPI-01 x1', courier: 'JNE', trackingNumber: 'JP1',
  shippedAt: jakartaInstant(2026, 11, 26, 14), fulfilment: 'Diterima', complaint: '', ...changes,
} as unknown as OrderRecord);

const input = (changes: Partial<RecordComplaintInput> = {}): RecordComplaintInput => ({
  order: { rowNumber: 7, record: order() }, sheet: 'Gudang · Selesai', existing: [], type: 'Cacat/rusak', words: 'sobek',
  routes: DEFAULT_COMPLAINT_ROUTES, nextId: 'KM-2611-0004', now: NOW, user: 'dewi@toko.test', ...changes,
});

const open = (changes: Record<string, string | number> = {}): ComplaintRow => ({ rowNumber: 3, record: { complaintId: 'KM-2611-0002', orderId: 'TK-2611-0001', type: 'Cacat/rusak', status: 'Baru', ...changes } });

describe('Catat komplain', () => {
  it('a delivered order gets a complaint prefilled from it, its phone normalised, due in WIB hours from now', () => {
    const plan = planRecordComplaint(input());

    expect(plan.ok && plan.append).toMatchObject({
      complaintId: 'KM-2611-0004', orderId: 'TK-2611-0001', phone: '6281234567890', courier: 'JNE', trackingNumber: 'JP1', type: 'Cacat/rusak',
      words: 'sobek', division: 'Gudang', respondBy: NOW + 2 * HOUR, solveBy: NOW + 72 * HOUR, status: 'Baru',
    });
    expect(plan.ok && plan.orderChange).toEqual({ complaint: 'Cacat/rusak', updatedBy: 'dewi@toko.test' });
  });

  it('a cancelled order is refused naming its row and sheet', () => {
    const plan = planRecordComplaint(input({ order: { rowNumber: 7, record: order({ fulfilment: 'Dibatalkan' }) } }));

    expect(!plan.ok && plan.refusal.id).toContain('Baris 7 di Gudang · Selesai (TK-2611-0001): pesanan ini sudah dibatalkan');
  });

  it('an order row with no ID is refused: complaints are about confirmed orders', () => {
    const plan = planRecordComplaint(input({ order: { rowNumber: 4, record: order({ orderId: '' }) } }));

    expect(!plan.ok && plan.refusal.id).toContain('belum punya ID');
  });

  it('the same open complaint when the order already shows it is refused naming the first one', () => {
    const plan = planRecordComplaint(input({ order: { rowNumber: 7, record: order({ complaint: 'Cacat/rusak' }) }, existing: [open()] }));

    expect(!plan.ok && plan.refusal.id).toContain('sudah dicatat: KM-2611-0002 (baris 3');
  });

  it('the same open complaint when the order does not show it yet is a recording half-done: only the order is written', () => {
    const plan = planRecordComplaint(input({ existing: [open()] }));

    expect(plan.ok && plan.append).toBeNull();
    expect(plan.ok && plan.complaintId).toBe('KM-2611-0002');
  });

  it('a solved complaint of the same type does not stop a new one', () => {
    const plan = planRecordComplaint(input({ existing: [open({ status: 'Sudah ditangani' })] }));

    expect(plan.ok && plan.append && plan.append.complaintId).toBe('KM-2611-0004');
  });

  it('a type with no SLA hours is still recorded, without due times, and the message says what to fill in', () => {
    const plan = planRecordComplaint(input({ routes: [] }));

    expect(plan.ok && plan.append).toMatchObject({ respondBy: '', solveBy: '', division: '' });
    expect(plan.ok && plan.warnings[0].id).toContain('Jam SLA');
  });
});
