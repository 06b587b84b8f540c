/**
 * Toko → Cari pelanggan / pesanan on the built bundle: a customer's orders found on every order sheet
 * from a phone in any form, an order ID or a name, each with its stage, payment, resi, tracking link
 * and WhatsApp answer, the customer's open complaints and the quick replies that fit — and the cells
 * read do not grow with the sheets' history.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, COMPLAINTS_SHEET, DONE_SHEET, ORDERS_SHEET, SHIPPING_SHEET, TEMPLATE_SHEET } from '../../src/sheets/schema';
import { NOW } from './pipeline-fixtures';
import { appendRecords, openShop, setTeam, sheetOrder, WAREHOUSE } from './pipeline-shop';

type Reply = { ok: boolean; message: string; value?: any };

/** Siti's four orders, one on each order sheet (phone written four ways), and Budi's one. */
function shopWithSiti(): LocalRuntime {
  const rt = openShop();
  appendRecords(rt, ORDERS_SHEET, [sheetOrder('', { customerName: 'Siti Aminah', phone: '+62 812-3456-7890', fulfilment: 'Baru', paymentStatus: 'Belum bayar' })]);
  appendRecords(rt, APPROVAL_SHEET, [sheetOrder('TK-2611-0004', { customerName: 'Siti Aminah', phone: '6281234567890', fulfilment: 'Menunggu approval', paymentStatus: 'Belum bayar' })]);
  appendRecords(rt, SHIPPING_SHEET, [
    sheetOrder('TK-2611-0003', { customerName: 'Siti A.', phone: '0812 3456 7890', fulfilment: 'Sudah dikirim', courier: 'JNE', trackingNumber: 'JNE0012345' }),
    sheetOrder('TK-2611-0002', { customerName: 'Budi Santoso', phone: '0813-1111-2222', fulfilment: 'Menunggu packing' }),
  ]);
  appendRecords(rt, DONE_SHEET, [sheetOrder('TK-2610-0009', { customerName: 'Siti Aminah', phone: '081234567890', fulfilment: 'Diterima' })]);
  rt.state.resetCallCounts();
  return rt;
}

const HOUR = 3_600_000;

/** Siti's shop with two complaints on her orders: one open (forwarded, past its respond time) and one solved. */
function shopWithComplaints(): LocalRuntime {
  const rt = shopWithSiti();
  appendRecords(rt, COMPLAINTS_SHEET, [
    { complaintId: 'KP-2611-0001', recordedAt: NOW - 48 * HOUR, orderId: 'TK-2610-0009', customerName: 'Siti Aminah', phone: '6281234567890', type: 'Cacat/rusak', status: 'Sudah ditangani', respondBy: NOW - 46 * HOUR, solveBy: NOW - 24 * HOUR },
    { complaintId: 'KP-2611-0002', recordedAt: NOW - 5 * HOUR, orderId: 'TK-2611-0003', customerName: 'Siti A.', phone: '0812 3456 7890', type: 'Terlambat/belum sampai', status: 'Baru', respondBy: NOW - 3 * HOUR, solveBy: NOW + 43 * HOUR, sla: 'Lewat batas respon' },
  ]);
  rt.state.resetCallCounts();
  return rt;
}

const section = (reply: Reply, id: string) => reply.value.sections.find((s: { id: string }) => s.id === id);

const ids = (reply: Reply): string[] => reply.value.orders.map((o: { orderId: string }) => o.orderId).sort();

describe('finding a customer on the built bundle', () => {
  it('the menu opens the sidebar built from the page', () => {
    const rt = openShop();

    rt.clickMenu('Cari pelanggan / pesanan');

    expect(rt.workbook.dialogs.at(-1)).toMatchObject({ kind: 'sidebar', title: 'Cari pelanggan / pesanan' });
    expect(rt.workbook.dialogs.at(-1)?.html).toContain('id="query"');
  });

  it.each(['0812-3456-7890', '+62 812 3456 7890', '6281234567890', '812 3456 7890'])('a phone typed as %s finds all four of Siti’s orders on every sheet', async (typed) => {
    const rt = shopWithSiti();

    const reply = (await rt.scriptRun('searchCustomer', typed)) as Reply;

    expect(reply.ok).toBe(true);
    expect(ids(reply)).toEqual(['', 'TK-2610-0009', 'TK-2611-0003', 'TK-2611-0004']);
    expect(reply.value.customers).toEqual([expect.objectContaining({ phone: '6281234567890', orders: 4, waLink: 'https://wa.me/6281234567890' })]);
  });

  it('a shipped order shows its stage, resi, tracking link and a ready WhatsApp message', async () => {
    const rt = shopWithSiti();

    const reply = (await rt.scriptRun('searchCustomer', '0812-3456-7890')) as Reply;

    const shipped = reply.value.orders.find((o: { orderId: string }) => o.orderId === 'TK-2611-0003');
    expect(shipped).toMatchObject({
      sheet: 'Gudang · Pengiriman', stage: 'Sudah dikirim', payment: 'Transfer · Lunas', courier: 'JNE', resi: 'JNE0012345',
      trackingLink: 'https://www.jne.co.id/tracking-package?resi=JNE0012345',
    });
    expect(shipped.waMessage).toContain('no. resi JNE0012345');
    expect(shipped.waLink).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti/);
  });

  it('an order ID finds the order, then the customer’s other orders by their number', async () => {
    const rt = shopWithSiti();

    const reply = (await rt.scriptRun('searchCustomer', 'tk-2611-0004')) as Reply;

    expect(ids(reply)).toEqual(['', 'TK-2610-0009', 'TK-2611-0003', 'TK-2611-0004']);
  });

  it('part of a name finds the orders under that name, any case', async () => {
    const rt = shopWithSiti();

    const reply = (await rt.scriptRun('searchCustomer', 'budi')) as Reply;

    expect(ids(reply)).toEqual(['TK-2611-0002']);
    expect(reply.value.sections[0]).toMatchObject({ id: 'ringkasan', items: [expect.objectContaining({ text: '1 pesanan ditemukan, 1 masih berjalan' }), expect.anything()] });
  });

  it('a phone that is not a phone is answered clearly, and nothing found is said so', async () => {
    const rt = shopWithSiti();

    const bad = (await rt.scriptRun('searchCustomer', '1234 5678')) as Reply;
    const none = (await rt.scriptRun('searchCustomer', '0899-0000-1111')) as Reply;

    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('bukan nomor Indonesia') });
    expect(none).toMatchObject({ ok: true, message: 'Tidak ada pesanan untuk "0899-0000-1111".' });
    expect(none.value.orders).toEqual([]);
  });

  it('the cells read do not grow with the sheets’ history: 2,000 old orders cost the same as none', async () => {
    const small = shopWithSiti();
    const large = shopWithSiti();
    const history = Array.from({ length: 2000 }, (_, i) => sheetOrder(`OLD-${i}`, { customerName: `Pelanggan ${i}`, phone: `0857${String(10000000 + i)}` }));
    appendRecords(large, DONE_SHEET, history);
    large.state.resetCallCounts();

    await small.scriptRun('searchCustomer', '0812-3456-7890');
    await large.scriptRun('searchCustomer', '0812-3456-7890');

    expect(large.callCounts().cellsRead).toBe(small.callCounts().cellsRead);
    expect(large.callCounts().total).toBe(small.callCounts().total);
  });

  it('a customer with an open complaint sees it with its order, type, status, SLA mark and due times; the solved one is not listed', async () => {
    const rt = shopWithComplaints();

    const reply = (await rt.scriptRun('searchCustomer', '0812-3456-7890')) as Reply;

    const complaints = section(reply, 'komplain');
    expect(complaints.title).toBe('Komplain terbuka');
    expect(complaints.items).toEqual([
      { text: 'KP-2611-0002 · TK-2611-0003 · Terlambat/belum sampai', detail: expect.stringMatching(/^Baru · Lewat batas respon · respon \d+ \w+ 2026 \d\d\.\d\d WIB · selesai /) },
    ]);
    expect(JSON.stringify(complaints)).not.toContain('KP-2611-0001');
  });

  it('an order ID finds the complaint of that order too, and a customer without complaints is told there are none', async () => {
    const rt = shopWithComplaints();

    const byId = (await rt.scriptRun('searchCustomer', 'TK-2611-0003')) as Reply;
    const budi = (await rt.scriptRun('searchCustomer', 'budi')) as Reply;

    expect(section(byId, 'komplain').items.map((i: { text: string }) => i.text)).toEqual(['KP-2611-0002 · TK-2611-0003 · Terlambat/belum sampai']);
    expect(section(budi, 'komplain')).toMatchObject({ items: [], empty: 'Tidak ada komplain terbuka.' });
  });

  it('the replies list the dikirim message with the resi for a shipped order, and the FAQ answers, each to copy or open in WhatsApp', async () => {
    const rt = shopWithSiti();

    const reply = (await rt.scriptRun('searchCustomer', '0812-3456-7890')) as Reply;

    const replies = section(reply, 'balasan');
    const shipped = replies.items.find((i: { text: string }) => i.text === 'TK-2611-0003 · dikirim');
    expect(shipped.copy).toContain('no. resi JNE0012345');
    expect(shipped.link).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti/);
    expect(decodeURIComponent(shipped.link)).toContain(shipped.copy);
    expect(replies.items.map((i: { text: string }) => i.text)).toEqual(expect.arrayContaining(['TK-2610-0009 · diterima', 'TK-2611-0004 · pengingat-bayar', 'cara-order', 'pembayaran', 'diskon', 'warna-ukuran']));
  });

  it('a template with an unknown placeholder is listed with the problem named, with no link and nothing to copy', async () => {
    const rt = shopWithSiti();
    appendRecords(rt, TEMPLATE_SHEET, [{ code: 'ongkir', purpose: 'FAQ: ongkir', text: 'Ongkir ke {kota} mulai Rp10.000, Kak {nama}' }]);
    rt.state.resetCallCounts();

    const reply = (await rt.scriptRun('searchCustomer', '0812-3456-7890')) as Reply;

    const ongkir = section(reply, 'balasan').items.find((i: { text: string }) => i.text === 'ongkir');
    expect(ongkir.detail).toContain('Template "ongkir" (baris 14) di CS · Template memakai {kota} yang tidak dikenal');
    expect(ongkir.link).toBeUndefined();
    expect(ongkir.copy).toBeUndefined();
  });

  it('the cells read do not grow with the complaints’ history: 2,000 old complaints of others cost the same as none', async () => {
    const small = shopWithComplaints();
    const large = shopWithComplaints();
    const history = Array.from({ length: 2000 }, (_, i) => ({ complaintId: `KP-OLD-${i}`, orderId: `OLD-${i}`, customerName: `Pelanggan ${i}`, phone: `0857${String(10000000 + i)}`, type: 'Lainnya', status: 'Sudah ditangani' }));
    appendRecords(large, COMPLAINTS_SHEET, history);
    large.state.resetCallCounts();

    await small.scriptRun('searchCustomer', '0812-3456-7890');
    await large.scriptRun('searchCustomer', '0812-3456-7890');

    expect(large.callCounts().cellsRead).toBe(small.callCounts().cellsRead);
    expect(large.callCounts().total).toBe(small.callCounts().total);
  });

  it('someone not on the team is refused', async () => {
    const rt = shopWithSiti();
    setTeam(rt, [{ email: WAREHOUSE, name: 'Agus', division: 'Gudang' }]);

    const reply = (await rt.scriptRunAs('tamu@contoh.test', 'searchCustomer', 'Siti')) as Reply;

    expect(reply).toMatchObject({ ok: false, message: expect.stringContaining('Cari pelanggan / pesanan') });
  });
});
