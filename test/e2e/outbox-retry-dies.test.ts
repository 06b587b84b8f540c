/**
 * The hourly retry dies after marking its rows Mengirim, on the built bundle: the next retry resends
 * them (their send state is unknown) and the mail says it may be a copy, so nothing is lost.
 */
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { OUTBOX_SHEET } from '../../src/sheets/schema';
import { approveOneWithQuotaSpent, openShop, OWNER, recordsOf, setSetting } from './pipeline-shop';
import { runDiesAt } from './run-dies';

const J = jakartaInstant;

describe('the hourly retry dies after marking a row Mengirim', () => {
  it('the next retry resends it once, saying it may be a copy, and the row says so', () => {
    const rt = openShop();
    setSetting(rt, 'Ringkasan harian', 'Tidak'); // only the packing list in Outbox: the 06.00 digest would wait there too
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
    approveOneWithQuotaSpent(rt);
    // The quota comes back 24 hours after the first send of the day (09.00 the next morning).
    rt.advanceTo(J(2026, 11, 29, 8, 30));
    runDiesAt(rt, 'MailApp.sendEmail');

    rt.advanceTo(J(2026, 11, 29, 9, 30));
    expect(rt.failures.map((f) => f.functionName)).toEqual(['outboxRetryTrigger']);
    expect(recordsOf(rt, OUTBOX_SHEET)[0].status).toBe('Mengirim');
    rt.advanceTo(J(2026, 11, 29, 12));

    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].subject).toMatch(/^\[Kirim ulang\] \[Toko Saya\] Packing list: 1 pesanan disetujui/);
    expect(rt.outbox[0].body).toContain('mungkin sudah Anda terima');
    expect(recordsOf(rt, OUTBOX_SHEET)[0]).toEqual(expect.objectContaining({ status: 'Terkirim', lastError: expect.stringContaining('Dikirim ulang') }));
  });
});
