/**
 * Management end to end on the built bundle: Toko → Perbarui dashboard on an empty shop and on a shop a
 * month in (queues per division with their lights, stuck shipments with a WhatsApp follow-up, people from
 * the Log, the team-size sentence, targets from Manajemen · Rencana, a chart), the morning trigger that
 * rebuilds it at 06.00 WIB, and the owner's evening digest at the hour in Pengaturan (one mail a day).
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { APPROVAL_SHEET, DONE_SHEET, LOG_SHEET, ORDERS_SHEET, PLAN_SHEET, SHIPPING_SHEET } from '../../src/sheets/schema';
import { NOW } from './pipeline-fixtures';
import { appendRecords, CS, OWNER, openShop, setSetting, setTeam, sheetOrder, typeRows } from './pipeline-shop';

const DASHBOARD = 'Manajemen · Dashboard';
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

const cells = (rt: LocalRuntime): string[] => rt.workbook.values(DASHBOARD).flat().map((c) => String(c));
const rowOf = (rt: LocalRuntime, first: string): unknown[] | undefined => rt.workbook.values(DASHBOARD).find((r) => r[0] === first);

/** A shop on 28 Nov 2026 09.00 WIB with 34 orders a day delivered over the last 30 days, one CS, and queues in every division. */
function busyShop(): LocalRuntime {
  const rt = openShop();
  setTeam(rt, [{ email: CS, name: 'Dewi', division: 'CS' }]);
  const today = jakartaInstant(2026, 11, 28);
  const done = [sheetOrder('OLD-1', { orderDate: today - 60 * DAY, approvedAt: today - 60 * DAY, deliveredAt: today - 57 * DAY })];
  for (let d = 30; d >= 1; d--) {
    for (let i = 0; i < 34; i++) {
      const at = today - d * DAY + 10 * HOUR;
      done.push(sheetOrder(`TK-${d}-${i}`, { orderDate: at, approvedAt: at + HOUR, shippedAt: at + 5 * HOUR, deliveredAt: at + 8 * HOUR }));
    }
  }
  appendRecords(rt, DONE_SHEET, done);
  appendRecords(rt, ORDERS_SHEET, [sheetOrder('', { orderDate: today - 2 * DAY, fulfilment: 'Baru', paymentStatus: 'Belum bayar' })]);
  appendRecords(rt, APPROVAL_SHEET, [sheetOrder('TK-A-1', { orderDate: today - DAY, confirmedAt: NOW - 30 * HOUR, paymentStatus: 'Belum bayar', fulfilment: 'Menunggu approval' })]);
  appendRecords(rt, SHIPPING_SHEET, [
    sheetOrder('TK-S-1', { customerName: 'Budi Santoso', courier: 'JNE', trackingNumber: 'JP123', approvedAt: NOW - 9 * DAY, shippedAt: jakartaInstant(2026, 11, 20, 15), fulfilment: 'Sudah dikirim' }),
    sheetOrder('TK-S-2', { approvedAt: NOW - HOUR, fulfilment: 'Menunggu packing' }),
  ]);
  appendRecords(rt, LOG_SHEET, [
    { at: NOW - 10 * DAY, user: CS, action: 'Konfirmasi pesanan', orderId: 'OLD', from: '', to: '', details: '' },
    { at: NOW - DAY, user: CS, action: 'Konfirmasi pesanan', orderId: 'TK-A-1', from: '', to: '', details: '' },
    { at: NOW - DAY, user: CS, action: 'Konfirmasi pesanan', orderId: 'TK-A-2', from: '', to: '', details: '' },
    { at: NOW - HOUR, user: OWNER, action: 'Approve order', orderId: 'TK-S-2', from: '', to: '', details: '' },
  ]);
  typeRows(rt, PLAN_SHEET, [
    { item: 'Rekrut CS kedua', division: 'CS', owner: 'Sari', due: '20/11/2026', status: 'Berjalan', decidedOn: '01/11/2026', targetMonth: '2026-11', targetOrders: '1000', targetRevenue: '100000000' },
    { item: 'Foto produk baru', division: 'Marketing', status: 'Rencana', targetMonth: '2026-12', targetRevenue: 'lima puluh juta' },
  ]);
  rt.state.resetCallCounts();
  return rt;
}

describe('Toko → Perbarui dashboard (built bundle)', () => {
  it('on a shop right after Setup, it writes a calm dashboard: nothing waiting, no advice yet, no complaint open, no promo or content yet', () => {
    const rt = openShop();

    rt.clickMenu('Toko > Perbarui dashboard', OWNER);

    expect(rt.failures).toEqual([]);
    const all = cells(rt);
    expect(all).toContain('Belum ada pesanan dalam 30 hari terakhir: belum ada saran ukuran tim.');
    expect(String(rowOf(rt, 'CS')?.[2])).toContain('0 komplain terbuka, 0 lewat SLA');
    expect(rowOf(rt, 'Marketing')?.slice(1, 3)).toEqual(['● Hijau', '0 promo berjalan · 0 konten jatuh tempo minggu ini, 0 terlambat']);
    expect(rowOf(rt, 'Gudang')?.[1]).toBe('● Hijau');
    expect(rt.workbook.toasts.at(-1)?.message).toContain('Manajemen · Dashboard diperbarui. Hari ini 0 pesanan masuk');
  });

  it('on a shop a month in, it shows each division’s queue and light, the stuck JNE parcel with a WhatsApp follow-up, people, targets and the team-size sentence', () => {
    const rt = busyShop();

    rt.clickMenu('Toko > Perbarui dashboard', OWNER);

    expect(rt.failures).toEqual([]);
    const all = cells(rt);
    expect(all).toContain('Rata-rata 34 pesanan/hari: saatnya 2 CS, 1 marketing, 1 gudang — sekarang 1 CS');
    expect(rowOf(rt, 'CS')?.slice(1, 3)).toEqual(['● Merah', '1 pesanan menunggu konfirmasi, tertua 2 hari · 0 komplain terbuka, 0 lewat SLA']);
    expect(rowOf(rt, 'Keuangan')?.[1]).toBe('● Kuning');
    expect(String(rowOf(rt, 'Keuangan')?.[2])).toContain('1 transfer belum dibayar > 24 jam');
    expect(rowOf(rt, 'Gudang')?.[1]).toBe('● Merah');
    expect(String(rowOf(rt, 'Gudang')?.[2])).toContain('1 tertahan > 5 hari (JNE 1)');
    const stuck = rowOf(rt, 'TK-S-1') as unknown[];
    expect(stuck.slice(1, 6)).toEqual(['Budi Santoso', 'JNE', 'JP123', '20 Nov 2026', 7]);
    expect(decodeURIComponent(String(stuck[6]))).toContain('https://wa.me/6281234567890?text=Halo Kak Budi, kami dari Toko Saya. Pesanan TK-S-1 dikirim 20 Nov 2026 dengan JNE, no. resi JP123.');
    expect(rowOf(rt, 'Dewi')?.slice(1, 5)).toEqual([2, 0, 0, 0]);
    expect(rowOf(rt, OWNER)?.slice(1, 5)).toEqual([0, 1, 0, 0]);
    expect(rowOf(rt, 'Pesanan terjual')?.slice(5, 8)).toEqual([34 * 27 + 2, 1000, (34 * 27 + 2) / 1000]); // 27 days delivered, and the two approved orders in Pengiriman
    expect(all.some((c) => c.includes('Rencana lewat tenggat: Rekrut CS kedua (Sari, 20 Nov 2026)'))).toBe(true);
    expect(all.some((c) => c.includes('Manajemen · Rencana baris 3: Target Omzet "lima puluh juta" bukan angka Rupiah'))).toBe(true);
    expect(all).toContain('2 rencana terbuka, 1 lewat tenggat, 1 tanpa tenggat');
    const chart = rt.workbook.values(DASHBOARD).findIndex((r) => r[0] === 'Tanggal');
    expect(rt.workbook.values(DASHBOARD).slice(chart + 1, chart + 31).map((r) => r[1])).toEqual([...new Array(28).fill(34), 35, 35]); // the CS order of 26 Nov and the Approval one of 27 Nov
  });

  it('rebuilt twice, it is one sheet with one chart', () => {
    const rt = busyShop();
    rt.clickMenu('Toko > Perbarui dashboard', OWNER);
    rt.clickMenu('Toko > Perbarui dashboard', OWNER);

    expect(rt.workbook.sheetNames().filter((n) => n === DASHBOARD)).toHaveLength(1);
    expect(rt.run(() => rt.workbook.spreadsheet.getSheetByName(DASHBOARD)!.getCharts().length)).toBe(1);
  });

  it('refuses a CS person: the dashboard is management’s', () => {
    const rt = busyShop();
    rt.clickMenu('Toko > Perbarui dashboard', CS);
    expect(rt.workbook.sheetNames()).not.toContain(DASHBOARD);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Perbarui dashboard');
  });
});

describe('the morning dashboard and the evening digest (built bundle)', () => {
  it('installed twice is one of each trigger; at 06.00 WIB the dashboard is rebuilt and nothing mailed; at 20.00 the owner gets one digest of today, and a rerun that day mails nothing more', () => {
    const rt = busyShop();
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    expect(rt.triggers().filter((t) => t.handler === 'dashboardTrigger')).toHaveLength(1);
    expect(rt.triggers().filter((t) => t.handler === 'dailyDigestTrigger').map((t) => t.description)).toEqual([expect.stringContaining('20:00')]);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('ringkasan harian dikirim ke pemilik pukul 20.00 WIB');

    rt.advanceTo(jakartaInstant(2026, 11, 28, 20, 30));

    expect(rt.failures).toEqual([]);
    expect(rt.outbox).toHaveLength(1);
    const mail = rt.outbox[0];
    expect(mail.recipients).toEqual([OWNER]);
    expect(mail.subject).toBe('Ringkasan harian Toko Saya · 28 Nov 2026: 2 pesanan, omzet Rp85.000 · 5 perlu perhatian');
    expect(mail.body).toContain('Hari ini, 28 Nov 2026 (s.d. 20.00)\n- Pesanan masuk: 2 (minggu lalu 34)');
    expect(mail.body).toContain('Pesanan terjual: 920 — 92% dari target 1000 (belum tercapai)');
    expect(mail.body).toContain('Merah di dashboard\n- CS: 1 pesanan menunggu konfirmasi, tertua 2 hari');
    expect(mail.body).toContain('Kiriman tertahan (1)\n- TK-S-1 · Budi Santoso · JNE JP123 · dikirim 20 Nov 2026 (8 hari)');
    expect(mail.body).toContain('Rata-rata 34 pesanan/hari');
    const builtAt = () => (rowOf(rt, 'Diperbarui')?.[1] as Date).getTime();
    expect(builtAt()).toBe(jakartaInstant(2026, 11, 28, 20));

    rt.call('dailyDigestTrigger', [], { mode: 'time-trigger' });
    rt.advanceTo(jakartaInstant(2026, 11, 29, 6, 30));
    expect(rt.failures).toEqual([]);
    expect(rt.outbox).toHaveLength(1);
    expect(builtAt()).toBe(jakartaInstant(2026, 11, 29, 6));
  });

  it('on an idle shop with nothing to say, no digest is mailed; with Ringkasan harian = Setiap hari it is', () => {
    const rt = openShop();
    rt.call('dailyDigestTrigger', [], { mode: 'time-trigger' });
    expect(rt.failures).toEqual([]);
    expect(rt.workbook.sheetNames()).toContain(DASHBOARD);
    expect(rt.outbox).toHaveLength(0);

    setSetting(rt, 'Ringkasan harian', 'Setiap hari');
    rt.call('dailyDigestTrigger', [], { mode: 'time-trigger' });
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].body).toContain('Tidak ada yang mendesak.');
  });

  it('the owner moves the digest to "jam 9 malam": until the triggers are installed again the 20.00 mail says so; installed again, one trigger at 21.00', () => {
    const rt = busyShop();
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    setSetting(rt, 'Jam ringkasan harian', 'jam 9 malam');

    rt.advanceTo(jakartaInstant(2026, 11, 28, 20, 30));
    expect(rt.outbox.at(-1)?.body).toContain('Jam ringkasan harian di Pengaturan sekarang 21.00, tetapi pemicunya masih pukul 20.00. Jalankan Toko → Aktifkan laporan bulanan otomatis sekali lagi');

    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    expect(rt.triggers().filter((t) => t.handler === 'dailyDigestTrigger').map((t) => t.description)).toEqual([expect.stringContaining('21:00')]);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('pukul 21.00 WIB');
  });
});
