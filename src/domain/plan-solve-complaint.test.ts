import { ComplaintRow } from './complaint-record';
import { jakartaInstant } from './jakarta-time';
import { OrderRecord } from './order-record';
import { planSolveComplaint, SolveComplaintInput } from './plan-solve-complaint';

const NOW = jakartaInstant(2026, 12, 1, 9);

const complaint = (changes: Record<string, string | number> = {}): ComplaintRow => ({
  rowNumber: 4,
  record: { complaintId: 'KM-2611-0001', orderId: 'TK-2611-0001', customerName: 'Siti Aminah', phone: '6281234567890', courier: 'JNE', type: 'Cacat/rusak', status: 'Diteruskan', ...changes },
});
const order = { sheet: 'Gudang · Selesai', row: { rowNumber: 9, record: { orderId: 'TK-2611-0001', customerName: 'Siti Aminah', phone: '6281234567890', address: 'Jl. Melati 5', channel: 'WA', courier: 'JNE', items: 'KAOS-HTM-L x2', total: 188000, complaint: 'Cacat/rusak' } as unknown as OrderRecord } };

const input = (changes: Partial<SolveComplaintInput> = {}): SolveComplaintInput => ({
  complaint: complaint(), order, otherOpen: [], solution: 'Kirim ulang/tukar', detail: '', priceOf: (sku) => (sku === 'KAOS-HTM-L' || sku === 'KAOS-HTM-M' ? { sellingPrice: 85000, costPrice: 40000 } : null),
  replacementId: 'TK-2612-0001', replacementExists: false, refundBooked: false, shopName: 'Toko Ceria', lang: 'id', now: NOW, user: 'dewi@toko.test', ...changes,
});

describe('Selesaikan komplain', () => {
  it('kirim ulang with the same items: a Rp0 replacement (discount = its price, paid) linked both ways', () => {
    const plan = planSolveComplaint(input());

    expect(plan.ok && plan.replacementIdChange).toEqual({ replacementOrderId: 'TK-2612-0001' });
    expect(plan.ok && plan.replacement).toMatchObject({ orderId: 'TK-2612-0001', items: 'KAOS-HTM-L x2', discount: 170000, shippingCost: 0, paymentStatus: 'Lunas', fulfilment: 'Baru', address: 'Jl. Melati 5' });
    expect(plan.ok && String(plan.replacement?.notes)).toContain('Pengganti TK-2611-0001 (komplain KM-2611-0001)');
    expect(plan.ok && plan.complaintChanges).toMatchObject({ status: 'Sudah ditangani', solution: 'Kirim ulang/tukar', replacementOrderId: 'TK-2612-0001' });
    expect(plan.ok && plan.orderChange).toMatchObject({ complaint: 'Sudah ditangani' });
  });

  it('tukar with other items; an unknown SKU is refused naming the complaint row', () => {
    expect(planSolveComplaint(input({ detail: 'KAOS-HTM-M x1' }))).toMatchObject({ ok: true, replacement: { items: 'KAOS-HTM-M x1', discount: 85000 } });
    const refused = planSolveComplaint(input({ detail: 'KAOS-XXL x1' }));
    expect(!refused.ok && refused.refusal.id).toContain('Baris 4 di CS · Komplain (KM-2611-0001): SKU KAOS-XXL tidak ada');
  });

  it('a rerun whose replacement is already on an order sheet appends none and keeps its ID', () => {
    const plan = planSolveComplaint(input({ complaint: complaint({ replacementOrderId: 'TK-2612-0001' }), replacementExists: true }));

    expect(plan.ok && plan.replacement).toBeNull();
    expect(plan.ok && plan.replacementIdChange).toBeNull();
  });

  it('a solved complaint is refused: never a second replacement', () => {
    const plan = planSolveComplaint(input({ complaint: complaint({ status: 'Sudah ditangani', solution: 'Kirim ulang/tukar', replacementOrderId: 'TK-2612-0001' }) }));

    expect(!plan.ok && plan.refusal.id).toContain('sudah ditangani (Kirim ulang/tukar, pesanan pengganti TK-2612-0001)');
  });

  it('refund blank is the full order total, booked once as RF-<complaint>; booked already means no entry', () => {
    const plan = planSolveComplaint(input({ solution: 'Refund' }));
    const rerun = planSolveComplaint(input({ solution: 'Refund', refundBooked: true }));

    expect(plan.ok && plan.ledger).toMatchObject({ entryId: 'RF-KM-2611-0001', amount: 188000, type: 'Pengeluaran', category: 'Refund', reference: 'TK-2611-0001' });
    expect(rerun.ok && rerun.ledger).toBeNull();
    expect(rerun.ok && rerun.complaintChanges.refundAmount).toBe(188000);
  });

  it('refund that is not an amount, or more than the total, is refused', () => {
    expect(planSolveComplaint(input({ solution: 'Refund', detail: 'separuh' })).ok).toBe(false);
    expect(planSolveComplaint(input({ solution: 'Refund', detail: '200000' })).ok).toBe(false);
  });

  it('klaim kurir keeps the claim number and the deadline typed, or two days from now', () => {
    const typed = planSolveComplaint(input({ solution: 'Klaim kurir', detail: 'CLM-1', deadline: '3/12/2026' }));
    const blank = planSolveComplaint(input({ solution: 'Klaim kurir', detail: 'CLM-1', deadline: '' }));

    expect(typed.ok && typed.complaintChanges).toMatchObject({ claimNumber: 'CLM-1', claimDeadline: jakartaInstant(2026, 12, 3) });
    expect(blank.ok && blank.complaintChanges.claimDeadline).toBe(NOW + 48 * 3600000);
    expect(planSolveComplaint(input({ solution: 'Klaim kurir', detail: 'CLM-1', deadline: '31/02/2026' })).ok).toBe(false);
  });

  it('ditolak and voucher need their text; the customer gets a ready wa.me message with it', () => {
    expect(planSolveComplaint(input({ solution: 'Ditolak', detail: '' })).ok).toBe(false);
    const plan = planSolveComplaint(input({ solution: 'Ditolak', detail: 'Lewat 7 hari' }));

    expect(plan.ok && decodeURIComponent(String(plan.complaintChanges.waLink))).toContain('tidak dapat kami proses: Lewat 7 hari');
    expect(planSolveComplaint(input({ solution: 'Voucher', detail: '' })).ok).toBe(false);
  });

  it('another open complaint on the order keeps the order\'s Komplain column showing it', () => {
    const plan = planSolveComplaint(input({ solution: 'Voucher', detail: 'MAAF10', otherOpen: [complaint({ complaintId: 'KM-2611-0002', type: 'Kurang item', status: 'Baru' })] }));

    expect(plan.ok && plan.orderChange).toMatchObject({ complaint: 'Kurang item' });
  });
});
