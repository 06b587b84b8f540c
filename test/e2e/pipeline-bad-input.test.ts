/**
 * The bad-input corpus on the built bundle: every row typed the way people get it wrong, confirmed in
 * one go. Each row gets its own message naming the row and the problem, and nothing else changes —
 * every sheet stays exactly as it was. Then the sheet-level mistakes: a missing header, a renamed
 * sheet, reordered columns; and tricky-but-valid text that must stay text.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, DONE_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { columnLetter, headerColumns, openShop, orderIds, recordsOf, selectRows, typedOrder, typeRows } from './pipeline-shop';

/** [what is wrong, the typed changes to a good order, a fragment the row's message must contain]. */
const CORPUS: ReadonlyArray<[string, Record<string, string>, string]> = [
  ['empty customer name', { customerName: '' }, 'kolom "Nama Pelanggan": nama pelanggan belum diisi'],
  ['blank-looking customer name', { customerName: '   ' }, 'nama pelanggan belum diisi'],
  ['empty phone', { phone: '' }, 'kolom "No. WhatsApp": nomor WhatsApp kosong'],
  ['empty address', { address: '' }, 'kolom "Alamat": alamat belum diisi'],
  ['empty channel', { channel: '' }, 'kolom "Channel": channel belum diisi'],
  ['empty items', { items: '' }, 'kolom "Item": item belum diisi'],
  ['empty payment method', { paymentMethod: '' }, 'kolom "Metode Bayar": metode bayar belum diisi'],
  ['variant not confirmed (blank)', { variantConfirmed: '' }, 'varian/warna belum dikonfirmasi'],
  ['variant not confirmed (Belum)', { variantConfirmed: 'Belum' }, 'varian/warna belum dikonfirmasi'],
  ['quantity 0', { items: 'KAOS-HTM-L x0' }, 'item ke-1 ("KAOS-HTM-L x0"): jumlah 0 — minimal 1'],
  ['quantity -1', { items: 'KAOS-HTM-L x-1' }, 'jumlah -1 tidak boleh negatif'],
  ['quantity "dua"', { items: 'KAOS-HTM-L x dua' }, 'jumlah "dua" bukan angka'],
  ['quantity 1.5', { items: 'KAOS-HTM-L x1.5' }, 'jumlah "1.5" harus bilangan bulat'],
  ['quantity missing', { items: 'KAOS-HTM-L' }, 'item ke-1 ("KAOS-HTM-L"): jumlahnya belum diisi'],
  ['quantity missing after x', { items: 'TOPI-01 x1, KAOS-HTM-L x' }, 'item ke-2 ("KAOS-HTM-L x"): jumlahnya belum diisi'],
  ['quantity absurd', { items: 'KAOS-HTM-L x100000' }, 'terlalu besar'],
  ['second item bad', { items: 'KAOS-HTM-L x1, TOPI-01 x0' }, 'item ke-2 ("TOPI-01 x0")'],
  ['SKU written twice', { items: 'KAOS-HTM-L x1, KAOS-HTM-L x2' }, 'SKU KAOS-HTM-L sudah ada di item ke-1'],
  ['SKU missing', { items: 'x2' }, 'SKU-nya belum ditulis'],
  ['items only separators', { items: ', ,' }, 'tidak berisi item'],
  ['items without x', { items: 'KAOS-HTM-L 2' }, 'jumlahnya belum diisi'],
  ['unknown SKU', { items: 'SEPATU-99 x1' }, 'SKU SEPATU-99 tidak ada di Gudang · Stok'],
  ['unknown SKU among good ones', { items: 'KAOS-HTM-L x1, TOPY-01 x1' }, 'SKU TOPY-01 tidak ada di Gudang · Stok'],
  ['not enough stock', { items: 'TOPI-01 x11' }, 'stok TOPI-01 kurang: perlu 11, tersedia 10'],
  ['SKU without a selling price', { items: 'KAOS-PTH-M x1' }, 'Harga Jual SKU KAOS-PTH-M belum diisi'],
  ['phone too short', { phone: '0812' }, 'panjangnya tidak cocok'],
  ['phone too long', { phone: '0812-3456-7890-1234' }, 'panjangnya tidak cocok'],
  ['phone with letters', { phone: '0812-ABCD-789' }, 'bukan nomor telepon'],
  ['foreign phone', { phone: '+1 202 555 0100' }, 'bukan nomor Indonesia (harus +62)'],
  ['phone without 0 or 62', { phone: '12345678901' }, 'bukan nomor Indonesia'],
  ['phone as a formula', { phone: '=HYPERLINK("x")' }, 'bukan nomor telepon'],
  ['unknown channel', { channel: 'Fax' }, '"Fax" bukan channel yang dikenal'],
  ['unknown payment method', { paymentMethod: 'Kartu kredit' }, '"Kartu kredit" bukan metode bayar'],
  ['unknown payment status', { paymentStatus: 'Setengah' }, '"Setengah" bukan status bayar'],
  ['negative shipping cost', { shippingCost: '-5000' }, 'kolom "Ongkir": ongkir tidak boleh negatif'],
  ['shipping cost in words', { shippingCost: 'gratis' }, 'ongkir "gratis" bukan jumlah Rupiah bulat'],
  ['shipping cost with cents', { shippingCost: '15000.5' }, 'bukan jumlah Rupiah bulat'],
  ['negative discount', { discount: '-1000' }, 'kolom "Diskon": diskon tidak boleh negatif'],
  ['discount larger than subtotal', { items: 'TOPI-01 x1', discount: '60000' }, 'diskon Rp60.000 lebih besar dari subtotal Rp50.000'],
  ['ID with a space', { orderId: 'TK 01' }, 'ID pesanan "TK 01" hanya boleh huruf'],
  ['ID as a formula', { orderId: '=1+1' }, 'hanya boleh huruf'],
  ['ID typed twice (first)', { orderId: 'TK-DUA' }, 'ID TK-DUA sudah ada di CS · Pesanan baris'],
  ['ID typed twice (second)', { orderId: 'TK-DUA' }, 'ID TK-DUA sudah ada di CS · Pesanan baris'],
  ['ID already used in Selesai', { orderId: 'TK-LAMA-01' }, 'ID TK-LAMA-01 sudah ada di Gudang · Selesai baris 2'],
  ['formula-looking name and unconfirmed variant', { customerName: '=IMPORTXML("http://evil.test","//a")', variantConfirmed: 'Belum' }, 'varian/warna belum dikonfirmasi'],
  ['name like a phone and a bad quantity', { customerName: '+62 812 3456', items: 'TOPI-01 x-3' }, 'jumlah -3 tidak boleh negatif'],
  ['several problems at once', { customerName: '', phone: 'abc', items: 'KAOS-HTM-L x0' }, 'nama pelanggan belum diisi; Baris'],
];

function everySheet(rt: LocalRuntime): Record<string, unknown[][]> {
  return Object.fromEntries(rt.workbook.sheetNames().map((name) => [name, rt.workbook.values(name).map((row) => row.map((cell) => (cell instanceof Date ? `D${cell.getTime()}` : cell)))]));
}

function everyDisplay(rt: LocalRuntime): Record<string, string[][]> {
  return Object.fromEntries(rt.workbook.sheetNames().map((name) => [name, rt.workbook.displayValues(name)]));
}

/** A shop with the corpus typed into CS · Pesanan (row 2 onwards), an old order in Selesai and a product without a price. */
function shopWithCorpus(): { rt: LocalRuntime; rows: number[] } {
  const rt = openShop();
  typeRows(rt, DONE_SHEET, [{ ...typedOrder(), orderId: 'TK-LAMA-01', fulfilment: 'Diterima' }]);
  const price = headerColumns(rt, STOCK_SHEET).get('sellingPrice') as number;
  const pth = recordsOf(rt, STOCK_SHEET).findIndex((r) => r.sku === 'KAOS-PTH-M') + 2;
  rt.edit(STOCK_SHEET.name, `${columnLetter(price)}${pth}`, [['']]);
  const rows = typeRows(rt, ORDERS_SHEET, CORPUS.map(([, changes]) => typedOrder(changes)));
  return { rt, rows };
}

describe('the bad-input corpus', () => {
  it(`has at least 40 rows (${CORPUS.length})`, () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it('confirming every bad row at once: each row gets its own message and no sheet changes at all', () => {
    const { rt, rows } = shopWithCorpus();
    selectRows(rt, ORDERS_SHEET, rows);
    const before = everySheet(rt);
    const beforeDisplay = everyDisplay(rt);

    rt.clickMenu('Konfirmasi pesanan');

    const alert = rt.workbook.alerts.at(-1)?.message ?? '';
    const lines = alert.split('\n').filter((line) => line.startsWith('• '));
    expect(lines).toHaveLength(CORPUS.length);
    CORPUS.forEach(([what, , fragment], i) => {
      const line = lines.find((l) => l.startsWith(`• Baris ${rows[i]}`));
      expect({ what, line }).toEqual({ what, line: expect.stringContaining(fragment) });
    });
    expect(alert).toContain(`Tidak ada pesanan yang diproses. ${CORPUS.length} pesanan bermasalah:`);
    expect(everySheet(rt)).toEqual(before);
    expect(everyDisplay(rt)).toEqual(beforeDisplay);
  });

  it('confirming each bad row alone: its message names that row, and nothing changes', () => {
    const { rt, rows } = shopWithCorpus();
    const before = everySheet(rt);
    CORPUS.forEach(([what, , fragment], i) => {
      selectRows(rt, ORDERS_SHEET, [rows[i]]);
      rt.clickMenu('Konfirmasi pesanan');
      const message = rt.workbook.alerts.at(-1)?.message ?? '';
      expect({ what, message }).toEqual({ what, message: expect.stringContaining(`• Baris ${rows[i]}`) });
      expect({ what, message }).toEqual({ what, message: expect.stringContaining(fragment) });
    });
    expect(everySheet(rt)).toEqual(before);
  });

  it('a good row among the bad ones moves; the bad ones stay exactly as typed', () => {
    const { rt, rows } = shopWithCorpus();
    const [good] = typeRows(rt, ORDERS_SHEET, [typedOrder({ customerName: 'Rahmat' })]);
    const badBefore = rt.workbook.values(ORDERS_SHEET.name).slice(1, rows.length + 1);
    selectRows(rt, ORDERS_SHEET, [...rows, good]);

    rt.clickMenu('Konfirmasi pesanan');

    expect(recordsOf(rt, APPROVAL_SHEET).map((r) => r.customerName)).toEqual(['Rahmat']);
    expect(rt.workbook.values(ORDERS_SHEET.name).slice(1)).toEqual(badBefore);
  });
});

describe('sheet-level mistakes', () => {
  it('a missing header is named, and nothing changes', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    const resi = headerColumns(rt, SHIPPING_SHEET).get('trackingNumber') as number;
    rt.edit(SHIPPING_SHEET.name, `${columnLetter(resi)}1`, [['']]);
    const before = everySheet(rt);
    selectRows(rt, ORDERS_SHEET, [row]);

    rt.clickMenu('Konfirmasi pesanan');

    expect(rt.workbook.alerts.at(-1)?.message).toBe('Kolom "Resi" tidak ditemukan di sheet "Gudang · Pengiriman". Jika judul kolomnya diganti, kembalikan ke "Resi"; jika terhapus, jalankan Toko → Setup. Tidak ada yang diubah.');
    expect(everySheet(rt)).toEqual(before);
  });

  it('a renamed sheet is named, and Setup brings it back without touching the renamed one', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    rt.run(() => rt.workbook.spreadsheet.getSheetByName(STOCK_SHEET.name)?.setName('Stok lama'));
    const before = everySheet(rt);
    selectRows(rt, ORDERS_SHEET, [row]);

    rt.clickMenu('Konfirmasi pesanan');

    expect(rt.workbook.alerts.at(-1)?.message).toContain('Sheet "Gudang · Stok" tidak ditemukan');
    expect(everySheet(rt)).toEqual(before);

    rt.clickMenu('Setup');

    expect(rt.workbook.sheetNames()).toContain(STOCK_SHEET.name);
    expect(rt.workbook.values('Stok lama')).toEqual(before['Stok lama']);
    expect(rt.workbook.values(ORDERS_SHEET.name)).toEqual(before[ORDERS_SHEET.name]);
  });

  it('reordered and inserted columns still work: columns are found by header', () => {
    const rt = openShop();
    rt.run(() => {
      const sheet = rt.workbook.spreadsheet.getSheetByName(ORDERS_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.insertColumnBefore(1);
      sheet.getRange('A1').setValue('Catatan pribadi');
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      header.reverse();
      header.unshift(header.pop());
      sheet.getRange(1, 1, 1, header.length).setValues([header]);
      // A column moved by hand takes its formats along; rewriting only the header texts does not, so the
      // data cells are made plain text, or a typed Ongkir could land under a date format (as it did once
      // the order sheets gained columns, issue 12).
      sheet.getRange(2, 1, sheet.getMaxRows() - 1, header.length).setNumberFormat('@');
    });
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    selectRows(rt, ORDERS_SHEET, [row]);

    rt.clickMenu('Konfirmasi pesanan');

    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0001']);
    expect(recordsOf(rt, APPROVAL_SHEET)[0]).toMatchObject({ customerName: 'Siti Aminah', phone: '6281234567890', total: 238000 });
  });

  it('tricky but valid text stays text: a formula-looking name, +62 and 08 phones with spaces and dashes', () => {
    const rt = openShop();
    const rows = typeRows(rt, ORDERS_SHEET, [
      typedOrder({ customerName: '=IMPORTXML("http://evil.test","//a")', phone: '+62 812-3456-7890' }),
      typedOrder({ customerName: '+62 Ani', phone: '0857 1234 5678', items: 'TOPI-01 X 1' }),
      typedOrder({ customerName: '@budi', phone: '62-812-1111-2222', items: 'KAOS-HTM-L×1' }),
    ]);
    selectRows(rt, ORDERS_SHEET, rows);

    rt.clickMenu('Konfirmasi pesanan');

    const approved = recordsOf(rt, APPROVAL_SHEET);
    expect(approved.map((r) => [r.customerName, r.phone, r.items])).toEqual([
      ['=IMPORTXML("http://evil.test","//a")', '6281234567890', 'KAOS-HTM-L x2, TOPI-01 x1'],
      ['+62 Ani', '6285712345678', 'TOPI-01 x1'],
      ['@budi', '6281211112222', 'KAOS-HTM-L x1'],
    ]);
    expect(rt.workbook.displayValues(APPROVAL_SHEET.name).slice(1).map((r) => r[headerColumns(rt, APPROVAL_SHEET).get('customerName') as number - 1])).toEqual(['=IMPORTXML("http://evil.test","//a")', '+62 Ani', '@budi']);
  });
});
