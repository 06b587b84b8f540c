import { ComplaintRow } from './complaint-record';
import { planSlaWatch, slaMarkOf } from './complaint-sla';
import { jakartaInstant } from './jakarta-time';

const RECORDED = jakartaInstant(2026, 11, 30, 10);
const HOUR = 3600000;
const row = (rowNumber: number, changes: Record<string, string | number> = {}): ComplaintRow => ({
  rowNumber,
  record: { complaintId: `KM-2611-000${rowNumber}`, orderId: 'TK-2611-0001', type: 'Cacat/rusak', status: 'Baru', respondBy: RECORDED + 2 * HOUR, solveBy: RECORDED + 48 * HOUR, sla: '', ...changes },
});
const watch = (rows: ComplaintRow[], now: number) => planSlaWatch(rows, { now, to: ['dewi@toko.test', 'owner@toko.test'], shopName: 'Toko <Ceria>', lang: 'id' });

describe('the SLA watch', () => {
  it('within its times a complaint is not marked, and nothing is mailed', () => {
    const plan = watch([row(2)], RECORDED + HOUR);

    expect(plan).toEqual({ marks: [], mail: null });
  });

  it('not forwarded after its respond-by time: Lewat batas respon; forwarded: not, until its solve-by time', () => {
    expect(slaMarkOf(row(2).record, RECORDED + 3 * HOUR)).toBe('Lewat batas respon');
    expect(slaMarkOf(row(2, { status: 'Diteruskan' }).record, RECORDED + 3 * HOUR)).toBe('');
    expect(slaMarkOf(row(2, { status: 'Diteruskan' }).record, RECORDED + 49 * HOUR)).toBe('Lewat batas selesai');
    expect(slaMarkOf(row(2, { status: 'Sudah ditangani' }).record, RECORDED + 49 * HOUR)).toBe('');
  });

  it('newly overdue complaints are marked and reported in one digest with escaped HTML; already marked ones are not reported again', () => {
    const plan = watch([row(2), row(3, { sla: 'Lewat batas respon' }), row(4, { status: 'Diteruskan' })], RECORDED + 3 * HOUR);

    expect(plan.marks).toEqual([{ rowNumber: 2, changes: { sla: 'Lewat batas respon' } }]);
    expect(plan.mail?.body).toContain('KM-2611-0002');
    expect(plan.mail?.body).not.toContain('KM-2611-0003');
    expect(plan.mail?.htmlBody).not.toContain('<Ceria>');
  });

  it('the digest key is the same on a retry the same day for the same complaints, and differs for others', () => {
    const first = watch([row(2)], RECORDED + 3 * HOUR).mail?.id;
    const retry = watch([row(2)], RECORDED + 4 * HOUR).mail?.id;
    const other = watch([row(2), row(5)], RECORDED + 4 * HOUR).mail?.id;

    expect(retry).toBe(first);
    expect(other).not.toBe(first);
  });
});
