/**
 * Complaints end to end on the built bundle, through the menu captions: Catat komplain on an order
 * row (or by ID / WhatsApp number), Teruskan komplain to the responsible division, Selesaikan komplain
 * with each solution, the SLA watch trigger, and the refusals that change nothing.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { APPROVAL_SHEET, COMPLAINTS_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { clickOnRow, COMPLAINT_NOW, complaintShop, lastMessage, ORDER, PEOPLE, rowWith, typeCell } from './complaint-shop';
import { recordsOf, selectRows } from './pipeline-shop';

const J = jakartaInstant;
const HOUR = 60 * 60 * 1000;

/** Every sheet's values but the Log's: what "nothing changed" compares. */
function everything(rt: LocalRuntime): Record<string, unknown[][]> {
  return Object.fromEntries(rt.workbook.sheetNames().filter((n) => n !== LOG_SHEET.name).map((n) => [n, rt.workbook.values(n)]));
}

const complaints = (rt: LocalRuntime) => recordsOf(rt, COMPLAINTS_SHEET);
const orderOn = (rt: LocalRuntime, spec: typeof DONE_SHEET, id: string) => recordsOf(rt, spec).find((r) => r.orderId === id) as Record<string, unknown>;

/** CS records Siti's "defective" complaint from her row in Gudang · Selesai. */
function recordSitiDefective(rt: LocalRuntime): void {
  clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.siti, 'Catat komplain', PEOPLE.cs, ['3', '=HYPERLINK("x") topinya sobek']);
}

describe('Catat komplain', () => {
  it('on a delivered order\'s row: one complaint prefilled from the order, timed by Pengaturan in WIB, and the order\'s Komplain column set', () => {
    const rt = complaintShop();

    recordSitiDefective(rt);

    expect(complaints(rt)).toEqual([expect.objectContaining({
      complaintId: 'KM-2611-0001', orderId: ORDER.siti, customerName: 'Siti Aminah', phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1',
      courier: 'JNE', trackingNumber: 'JP1000000001', shippedAt: J(2026, 11, 26, 14), type: 'Cacat/rusak', words: '=HYPERLINK("x") topinya sobek',
      division: 'Gudang', respondBy: COMPLAINT_NOW + 2 * HOUR, solveBy: COMPLAINT_NOW + 72 * HOUR, status: 'Baru', recordedAt: COMPLAINT_NOW,
    })]);
    expect(orderOn(rt, DONE_SHEET, ORDER.siti).complaint).toBe('Cacat/rusak');
    expect(lastMessage(rt)).toContain('KM-2611-0001');
    expect(lastMessage(rt)).toContain('30 Nov 2026 12.00 WIB');
  });

  it('with the selection elsewhere, a WhatsApp number typed as people type it finds the order in Pengiriman', () => {
    const rt = complaintShop();
    rt.workbook.select(STOCK_SHEET.name, 'A2');
    for (const text of ['0813-1111-2222', '1', 'Paket belum sampai']) rt.workbook.answerNext({ button: 'OK', text });

    rt.clickMenu('Catat komplain', PEOPLE.cs);

    expect(complaints(rt).map((c) => [c.complaintId, c.orderId, c.type])).toEqual([['KM-2611-0001', ORDER.budi, 'Terlambat/belum sampai']]);
    expect(orderOn(rt, SHIPPING_SHEET, ORDER.budi).complaint).toBe('Terlambat/belum sampai');
  });

  it('an unknown order ID typed is refused naming what was typed, and nothing changes', () => {
    const rt = complaintShop();
    rt.workbook.select(STOCK_SHEET.name, 'A2');
    const before = everything(rt);
    rt.workbook.answerNext({ button: 'OK', text: 'TK-9999-0001' });

    rt.clickMenu('Catat komplain', PEOPLE.cs);

    expect(lastMessage(rt)).toContain('Pesanan "TK-9999-0001" tidak ditemukan');
    expect(everything(rt)).toEqual(before);
  });

  it('a complaint on a cancelled order is refused naming its row, before any question, and nothing changes', () => {
    const rt = complaintShop();
    const before = everything(rt);

    clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.eka, 'Catat komplain', PEOPLE.cs);

    expect(lastMessage(rt)).toContain(`Baris 3 di Gudang · Selesai (${ORDER.eka}): pesanan ini sudah dibatalkan`);
    expect(rt.workbook.alerts.filter((a) => a.kind === 'prompt')).toHaveLength(0);
    expect(everything(rt)).toEqual(before);
  });

  it('the same complaint twice is refused naming the first one\'s row; a different type on the same order is a new complaint', () => {
    const rt = complaintShop();
    recordSitiDefective(rt);
    const before = everything(rt);

    recordSitiDefective(rt);

    expect(lastMessage(rt)).toContain('sudah dicatat: KM-2611-0001 (baris 2 di CS · Komplain');
    expect(everything(rt)).toEqual(before);

    clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.siti, 'Catat komplain', PEOPLE.cs, ['Kurang item', '']);
    expect(complaints(rt).map((c) => c.complaintId)).toEqual(['KM-2611-0001', 'KM-2611-0002']);
  });

  it('an unknown type typed is refused with the list, and nothing changes; only CS may record', () => {
    const rt = complaintShop();
    const before = everything(rt);

    clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.siti, 'Catat komplain', PEOPLE.cs, ['9']);
    expect(lastMessage(rt)).toContain('"9" bukan jenis komplain');

    clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.siti, 'Catat komplain', PEOPLE.warehouse, ['3', '']);
    expect(everything(rt)).toEqual(before);
  });
});

describe('Teruskan komplain', () => {
  it('mails the responsible division\'s people once, with the order\'s details escaped; forwarding twice never mails twice', () => {
    const rt = complaintShop();
    recordSitiDefective(rt);
    const row = rowWith(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001');
    typeCell(rt, COMPLAINTS_SHEET, row, 'proofLink', 'https://drive.example/video-unboxing', PEOPLE.cs);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Teruskan komplain', PEOPLE.cs);
    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Teruskan komplain', PEOPLE.cs);

    expect(rt.outbox).toHaveLength(1);
    const mail = rt.outbox[0];
    expect(String(mail.to)).toContain(PEOPLE.warehouse);
    expect(mail.subject).toBe(`Komplain KM-2611-0001 (Cacat/rusak) pesanan ${ORDER.siti} — untuk Gudang`);
    expect(mail.body).toContain('JP1000000001');
    expect(mail.body).toContain('https://drive.example/video-unboxing');
    expect(mail.htmlBody).toContain('=HYPERLINK(&quot;x&quot;)');
    expect(complaints(rt)[0]).toMatchObject({ status: 'Diteruskan', forwardedAt: COMPLAINT_NOW });
    expect(lastMessage(rt)).toContain('sudah diteruskan ke Gudang');
  });

  it('a type whose SLA hours are missing in Pengaturan is refused with the fix, and nothing changes', () => {
    const rt = complaintShop({ routes: [{ complaintType: 'Cacat/rusak', complaintDivision: 'Gudang', complaintRespondHours: '', complaintSolveHours: 72 }] });
    recordSitiDefective(rt);
    const before = everything(rt);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Teruskan komplain', PEOPLE.cs);

    expect(lastMessage(rt)).toContain('Jam SLA untuk jenis komplain "Cacat/rusak" belum diisi di Pengaturan');
    expect(everything(rt)).toEqual(before);
    expect(rt.outbox).toHaveLength(0);
  });
});

describe('Selesaikan komplain', () => {
  it('kirim ulang: a Rp0 replacement with a new order ID in CS · Pesanan, linked both ways, that Konfirmasi pesanan confirms and reserves', () => {
    const rt = complaintShop();
    recordSitiDefective(rt);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', PEOPLE.cs, ['1', 'TOPI-01 x1']);

    const complaint = complaints(rt)[0];
    expect(complaint).toMatchObject({ status: 'Sudah ditangani', solution: 'Kirim ulang/tukar', replacementOrderId: 'TK-2611-0005' });
    expect(String(complaint.waLink)).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti/);
    expect(orderOn(rt, DONE_SHEET, ORDER.siti).complaint).toBe('Sudah ditangani');
    const replacement = recordsOf(rt, ORDERS_SHEET)[0];
    expect(replacement).toMatchObject({ orderId: 'TK-2611-0005', items: 'TOPI-01 x1', phone: '6281234567890', paymentStatus: 'Lunas', discount: 50000 });
    expect(String(replacement.notes)).toContain('KM-2611-0001');

    selectRows(rt, ORDERS_SHEET, [2]);
    rt.clickMenu('Konfirmasi pesanan', PEOPLE.cs);
    expect(orderOn(rt, APPROVAL_SHEET, 'TK-2611-0005')).toMatchObject({ total: 0, subtotal: 50000 });
    expect(recordsOf(rt, STOCK_SHEET).find((s) => s.sku === 'TOPI-01')).toMatchObject({ reserved: 1, available: 6 });

    selectRows(rt, APPROVAL_SHEET, [rowWith(rt, APPROVAL_SHEET, 'orderId', 'TK-2611-0005')]);
    rt.clickMenu('Approve order', PEOPLE.finance);
    expect(orderOn(rt, SHIPPING_SHEET, 'TK-2611-0005')).toMatchObject({ fulfilment: 'Menunggu packing' });
    expect(recordsOf(rt, LEDGER_SHEET).filter((e) => e.reference === 'TK-2611-0005')).toEqual([]);
  });

  it('a replacement solved twice is refused the second time, and nothing changes', () => {
    const rt = complaintShop();
    recordSitiDefective(rt);
    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', PEOPLE.cs, ['1', '']);
    const before = everything(rt);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', PEOPLE.cs, ['1', '']);

    expect(lastMessage(rt)).toContain('sudah ditangani (Kirim ulang/tukar, pesanan pengganti TK-2611-0005)');
    expect(everything(rt)).toEqual(before);
  });

  it('refund partial: one cash-book entry RF-KM-… for the amount, and the WhatsApp message says it', () => {
    const rt = complaintShop();
    recordSitiDefective(rt);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', PEOPLE.cs, ['Refund', 'Rp50.000']);

    expect(recordsOf(rt, LEDGER_SHEET).map((e) => [e.entryId, e.type, e.category, e.amount, e.reference])).toEqual([['RF-KM-2611-0001', 'Pengeluaran', 'Refund', 50000, ORDER.siti]]);
    expect(complaints(rt)[0]).toMatchObject({ solution: 'Refund', refundAmount: 50000, status: 'Sudah ditangani' });
    expect(decodeURIComponent(String(complaints(rt)[0].waLink))).toContain('Kami refund Rp50.000');
  });

  it('refund more than the order total is refused naming the row, and nothing changes', () => {
    const rt = complaintShop();
    recordSitiDefective(rt);
    const before = everything(rt);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', PEOPLE.cs, ['2', '500000']);

    expect(lastMessage(rt)).toContain('Baris 2 di CS · Komplain (KM-2611-0001): refund Rp500.000 lebih besar dari total pesanan Rp238.000');
    expect(everything(rt)).toEqual(before);
  });

  it('klaim kurir records the claim number and deadline; ditolak needs a reason', () => {
    const rt = complaintShop();
    clickOnRow(rt, SHIPPING_SHEET, 'orderId', ORDER.budi, 'Catat komplain', PEOPLE.cs, ['1', '']);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', PEOPLE.cs, ['4', 'CLM-778', '02/12/2026']);
    expect(complaints(rt)[0]).toMatchObject({ solution: 'Klaim kurir', claimNumber: 'CLM-778', claimDeadline: J(2026, 12, 2) });

    recordSitiDefective(rt);
    const before = everything(rt);
    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0002', 'Selesaikan komplain', PEOPLE.cs, ['5', '']);
    expect(lastMessage(rt)).toContain('alasan penolakan belum diisi');
    expect(everything(rt)).toEqual(before);
  });
});

describe('the SLA watch', () => {
  it('is installed once with the report triggers, marks overdue complaints, and mails CS and the owner one digest only when something newly becomes overdue', () => {
    const rt = complaintShop();
    rt.clickMenu('Aktifkan laporan bulanan otomatis', PEOPLE.owner);
    rt.clickMenu('Aktifkan laporan bulanan otomatis', PEOPLE.owner);
    expect(rt.triggers().filter((t) => t.handler === 'complaintSlaTrigger')).toHaveLength(1);
    recordSitiDefective(rt);

    rt.call('complaintSlaTrigger', [], { mode: 'time-trigger' });
    expect(rt.outbox).toHaveLength(0);

    rt.advanceTo(COMPLAINT_NOW + 3 * HOUR);
    rt.call('complaintSlaTrigger', [], { mode: 'time-trigger' });
    rt.call('complaintSlaTrigger', [], { mode: 'time-trigger' });

    expect(complaints(rt)[0].sla).toBe('Lewat batas respon');
    const digests = rt.outbox.filter((m) => m.subject.includes('lewat SLA'));
    expect(digests).toHaveLength(1);
    expect(String(digests[0].to).split(',')).toEqual(expect.arrayContaining([PEOPLE.cs, PEOPLE.owner]));
    expect(digests[0].body).toContain('KM-2611-0001');
  });
});
