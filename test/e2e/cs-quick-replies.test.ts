/**
 * Quick replies and WhatsApp links on the built bundle, through the menu: Setup writes the starter
 * templates, each move writes the link of the order's new state from the shop's own text, a template
 * with a typo stops the action before anything changes, and a phone that is not a phone gets a cell
 * that says why.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, DONE_SHEET, LOG_SHEET, ORDERS_SHEET, SheetSpec, SHIPPING_SHEET, TEMPLATE_SHEET } from '../../src/sheets/schema';
import { columnLetter, headerColumns, openShop, recordsOf, selectRows, setSetting, typedOrder, typeRows } from './pipeline-shop';

/** The message inside a wa.me link. */
const textOf = (link: unknown): string => decodeURIComponent(String(link).replace(/^https:\/\/wa\.me\/\d+\?text=/, ''));

/** Types a new text over a template's Teks cell (found by its code). */
function editTemplate(rt: LocalRuntime, code: string, text: string): void {
  const columns = headerColumns(rt, TEMPLATE_SHEET);
  const row = recordsOf(rt, TEMPLATE_SHEET).findIndex((r) => r.code === code) + 2;
  rt.edit(TEMPLATE_SHEET.name, `${columnLetter(columns.get('text') as number)}${row}`, [[text]]);
}

function setCell(rt: LocalRuntime, spec: SheetSpec, row: number, key: string, value: string): void {
  rt.edit(spec.name, `${columnLetter(headerColumns(rt, spec).get(key) as number)}${row}`, [[value]]);
}

/** Every sheet's values but the Log: what "nothing changed" compares. */
const everything = (rt: LocalRuntime) => Object.fromEntries(rt.workbook.sheetNames().filter((n) => n !== LOG_SHEET.name).map((n) => [n, rt.workbook.values(n)]));

/** A transfer order typed, confirmed, marked paid and approved; it waits in Gudang · Pengiriman. */
function approvedOrder(rt: LocalRuntime, changes: Record<string, string> = {}): void {
  const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ courier: 'JNE', ...changes })]);
  selectRows(rt, ORDERS_SHEET, [row]);
  rt.clickMenu('Konfirmasi pesanan');
  setCell(rt, APPROVAL_SHEET, 2, 'paymentStatus', 'Lunas');
  selectRows(rt, APPROVAL_SHEET, [2]);
  rt.clickMenu('Approve order');
}

describe('quick replies (CS · Template) and the WhatsApp link of each order', () => {
  it('Setup writes the starter templates for the FAQ and every order state, in shop Indonesian', () => {
    const rt = openShop();

    const templates = recordsOf(rt, TEMPLATE_SHEET);
    expect(templates.map((t) => t.code)).toEqual([
      'cara-order', 'pembayaran', 'diskon', 'warna-ukuran', 'konfirmasi', 'konfirmasi-cod', 'pengingat-bayar', 'diproses', 'dikirim', 'diterima', 'komplain-diterima', 'solusi-komplain',
    ]);
    expect(templates.find((t) => t.code === 'konfirmasi')?.text).toContain('Silakan transfer ke {rekening}');
    expect(rt.workbook.alerts.some((a) => a.message.includes('12 template balasan ditambahkan di CS · Template'))).toBe(true);
  });

  it('with the shop set to English, a new CS · Template gets English starters', () => {
    const rt = LocalRuntime.load({ now: 0, owner: 'owner@toko.test' });
    rt.open();
    rt.clickMenu('Setup');
    setSetting(rt, 'Bahasa', 'English');
    rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(TEMPLATE_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet);
    rt.clickMenu('Setup');

    expect(recordsOf(rt, TEMPLATE_SHEET).find((t) => t.code === 'dikirim')?.text).toMatch(/^Hi \{nama\}, your order \{id\}/);
  });

  it('every move writes the link for the new state, from the shop\'s own text and bank account', () => {
    const rt = openShop();
    setSetting(rt, 'Rekening pembayaran', 'BCA 1234567890 a.n. Sari');
    editTemplate(rt, 'dikirim', 'Kak {nama}, paket {id} sudah jalan pakai {kurir} ({resi}). Cek: {link_lacak} — {toko}');
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ courier: 'JNE', phone: '+62 812-3456-7890' })]);

    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');
    const confirmed = recordsOf(rt, APPROVAL_SHEET)[0];
    expect(String(confirmed.waLink)).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    expect(textOf(confirmed.waLink)).toContain('Total (sudah termasuk ongkir): Rp238.000\nSilakan transfer ke BCA 1234567890 a.n. Sari');

    setCell(rt, APPROVAL_SHEET, 2, 'paymentStatus', 'Lunas');
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');
    expect(textOf(recordsOf(rt, SHIPPING_SHEET)[0].waLink)).toContain('sudah kami terima dan sedang dikemas');

    setCell(rt, SHIPPING_SHEET, 2, 'trackingNumber', 'JP1234567890');
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai dikirim (resi)');
    expect(textOf(recordsOf(rt, SHIPPING_SHEET)[0].waLink)).toBe(
      'Kak Siti, paket TK-2611-0001 sudah jalan pakai JNE (JP1234567890). Cek: https://www.jne.co.id/tracking-package?resi=JP1234567890 — Toko Saya',
    );

    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai diterima');
    expect(textOf(recordsOf(rt, DONE_SHEET)[0].waLink)).toContain('sudah sampai ya? Semoga suka!');
  });

  it('a template edited with a typo placeholder stops Tandai dikirim, naming the template and the placeholder; nothing changes', () => {
    const rt = openShop();
    approvedOrder(rt);
    editTemplate(rt, 'dikirim', 'Halo Kak {nama}, resi kamu {no_resi} ya');
    setCell(rt, SHIPPING_SHEET, 2, 'trackingNumber', 'JP1234567890');
    const before = everything(rt);

    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai dikirim (resi)');

    expect(rt.workbook.alerts.at(-1)?.message).toBe(
      'Template "dikirim" (baris 10) di CS · Template memakai {no_resi} yang tidak dikenal. Perbaiki teksnya (yang bisa dipakai: {nama}, {id}, {item}, {total}, {rekening}, {kurir}, {resi}, {link_lacak}, {toko}), lalu coba lagi. Tidak ada yang diubah.',
    );
    expect(everything(rt)).toEqual(before);
  });

  it('a phone someone changed into words gets a link cell saying why, and the order still ships', () => {
    const rt = openShop();
    approvedOrder(rt);
    setCell(rt, SHIPPING_SHEET, 2, 'phone', 'tanya admin');
    setCell(rt, SHIPPING_SHEET, 2, 'trackingNumber', 'JP1234567890');

    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai dikirim (resi)');

    expect(recordsOf(rt, SHIPPING_SHEET)[0]).toMatchObject({
      fulfilment: 'Sudah dikirim',
      waLink: 'Tidak ada link: "tanya admin" bukan nomor telepon (hanya angka, spasi, tanda - dan +62)',
    });
  });

  it('with CS · Template deleted the moves still run, with the built-in texts, and say so', () => {
    const rt = openShop();
    rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(TEMPLATE_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet);
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD' })]);

    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');

    expect(textOf(recordsOf(rt, APPROVAL_SHEET)[0].waLink)).toContain('Total yang dibayar ke kurir saat paket sampai (COD): Rp238.000');
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Template konfirmasi-cod tidak ada di CS · Template; link WA memakai teks bawaan');
  });
});
