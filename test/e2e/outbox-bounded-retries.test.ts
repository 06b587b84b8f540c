/**
 * The hourly retry gives up on a bad address, on the built bundle with the triggers installed: a
 * packing list to a mistyped Email gudang is tried a bounded number of times, then marked Gagal, and
 * the owner is told once; a spent quota never uses up those tries.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { APPROVAL_SHEET, ORDERS_SHEET, OUTBOX_SHEET } from '../../src/sheets/schema';
import { approveOneWithQuotaSpent, openShop, OWNER, recordsOf, selectRows, setSetting, typedOrder, typeRows } from './pipeline-shop';

const J = jakartaInstant;
const BAD_ADDRESS = 'gudang@@toko.test';

/** A shop with the triggers installed and one paid order approved while Email gudang is mistyped. */
function approvedToABadAddress(): LocalRuntime {
  const rt = openShop();
  rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
  setSetting(rt, 'Email pemilik', OWNER);
  setSetting(rt, 'Ringkasan harian', 'Tidak'); // the owner's mail here is the failure notice only, not the 06.00 digest
  setSetting(rt, 'Email gudang', BAD_ADDRESS);
  const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas' })]);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', OWNER);
  selectRows(rt, APPROVAL_SHEET, [2]);
  rt.clickMenu('Approve order', OWNER);
  return rt;
}

describe('the hourly retry and a bad address', () => {
  it('Approve says the packing list was not sent, why, and that it is retried a bounded number of times', () => {
    const rt = approvedToABadAddress();

    expect(rt.workbook.alerts.at(-1)?.message).toContain(`E-mail ke ${BAD_ADDRESS} BELUM terkirim (Invalid email: ${BAD_ADDRESS})`);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('paling banyak 5 kali');
  });

  it('is tried five times in all, then Gagal; the owner gets one e-mail listing it, and it is never tried again', () => {
    const rt = approvedToABadAddress();

    rt.advanceTo(J(2026, 11, 29, 12));

    expect(recordsOf(rt, OUTBOX_SHEET)[0]).toEqual(expect.objectContaining({ status: 'Gagal', attempts: 5, lastError: `Invalid email: ${BAD_ADDRESS}` }));
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].recipients).toEqual([OWNER]);
    expect(rt.outbox[0].subject).toContain('1 e-mail gagal dikirim dan tidak dicoba lagi');
    expect(rt.outbox[0].body).toContain(`Packing list: 1 pesanan disetujui (TK-2611-0001) → ${BAD_ADDRESS}`);
    expect(rt.failures).toEqual([]);
  });

  it('a spent quota does not use up the tries: the packing list waits, then goes out the next day', () => {
    const rt = openShop();
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
    approveOneWithQuotaSpent(rt);

    // The quota comes back 24 hours after the first send of the window (09.00 the next morning).
    rt.advanceTo(J(2026, 11, 29, 8, 30));
    expect(recordsOf(rt, OUTBOX_SHEET)[0]).toEqual(expect.objectContaining({ status: 'Menunggu', attempts: 0 }));
    rt.advanceTo(J(2026, 11, 29, 10));

    // The owner's 06.00 digest waited for the quota too, and goes out after it.
    expect(rt.outbox.map((m) => m.subject)).toEqual([expect.stringContaining('Packing list: 1 pesanan disetujui (TK-2611-0001)'), expect.stringContaining('Ringkasan harian')]);
    expect(recordsOf(rt, OUTBOX_SHEET)[0].status).toBe('Terkirim');
  });
});
