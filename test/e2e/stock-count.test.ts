/** Toko → Stock opname on the built bundle, through the menu: counts typed in Gudang · Stok, booked once, seen in the monthly report. */
import { LocalRuntime } from '../../emulator/runtime';
import { LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { columnLetter, headerColumns, OWNER, openShop, recordsOf, selectRows, typedOrder, typeRows } from './pipeline-shop';

/** The warehouse types a count and a reason on the row of `sku` in Gudang · Stok. */
function typeCount(rt: LocalRuntime, sku: string, counted: string, reason = '', user = OWNER): void {
  const columns = headerColumns(rt, STOCK_SHEET);
  const row = recordsOf(rt, STOCK_SHEET).findIndex((r) => r.sku === sku) + 2;
  rt.edit(STOCK_SHEET.name, `${columnLetter(columns.get('countedQty') as number)}${row}`, [[counted]], user);
  rt.edit(STOCK_SHEET.name, `${columnLetter(columns.get('countReason') as number)}${row}`, [[reason]], user);
}

const stockOf = (rt: LocalRuntime, sku: string) => {
  const row = recordsOf(rt, STOCK_SHEET).find((r) => r.sku === sku) as Record<string, unknown>;
  return { onHand: row.onHand, reserved: row.reserved, available: row.available, countedQty: row.countedQty, countReason: row.countReason };
};
const lastAlert = (rt: LocalRuntime) => String(rt.workbook.alerts.at(-1)?.message ?? '');

/** Setup's three sample products, with Siti's order holding 2 × KAOS-HTM-L (Di-booking 2). */
function shopWithABooking(): LocalRuntime {
  const rt = openShop();
  const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ items: 'KAOS-HTM-L x2' })]);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan');
  return rt;
}

describe('Toko → Stock opname', () => {
  it('sets Stok Fisik to the counts, books the differences at cost once, leaves Di-booking alone and clears the counts', () => {
    const rt = shopWithABooking();
    typeCount(rt, 'KAOS-HTM-L', '18', 'Hilang');
    typeCount(rt, 'KAOS-PTH-M', '15');
    typeCount(rt, 'TOPI-01', '11', 'salah hitung');

    rt.clickMenu('Stock opname');

    expect(stockOf(rt, 'KAOS-HTM-L')).toEqual({ onHand: 18, reserved: 2, available: 16, countedQty: '', countReason: '' });
    expect(stockOf(rt, 'KAOS-PTH-M')).toMatchObject({ onHand: 15, countedQty: '' });
    expect(stockOf(rt, 'TOPI-01')).toMatchObject({ onHand: 11, reserved: 0, available: 11 });
    expect(recordsOf(rt, LEDGER_SHEET).map((e) => `${e.entryId} ${e.type} ${e.category} ${e.amount}`)).toEqual([
      'SO-KAOS-HTM-L-1 Pengeluaran Penyesuaian Stok 80000',
      'SO-TOPI-01-1 Pemasukan Penyesuaian Stok 20000',
    ]);
    expect(recordsOf(rt, LOG_SHEET).filter((l) => l.action === 'Stock opname').map((l) => `${l.orderId}: ${l.from} → ${l.to}`)).toEqual([
      'KAOS-HTM-L: Stok Fisik 20 → Stok Fisik 18',
      'KAOS-PTH-M: Stok Fisik 15 → Stok Fisik 15',
      'TOPI-01: Stok Fisik 10 → Stok Fisik 11',
    ]);
    expect(lastAlert(rt)).toContain('Stock opname: 3 SKU dihitung');
    expect(lastAlert(rt)).toContain('KAOS-HTM-L: Stok Fisik 20 → 18 (−2, Hilang) = −Rp80.000 (SO-KAOS-HTM-L-1)');
    expect(lastAlert(rt)).toContain('rugi stok Rp60.000');
  });

  it('run again with nothing counted: says what to type and changes nothing', () => {
    const rt = shopWithABooking();
    typeCount(rt, 'KAOS-HTM-L', '18', 'Hilang');
    rt.clickMenu('Stock opname');
    const before = { stock: rt.workbook.values(STOCK_SHEET.name), ledger: rt.workbook.values(LEDGER_SHEET.name) };

    rt.clickMenu('Stock opname');

    expect(lastAlert(rt)).toContain('Belum ada Hasil Hitung di Gudang · Stok');
    expect(rt.workbook.values(STOCK_SHEET.name)).toEqual(before.stock);
    expect(rt.workbook.values(LEDGER_SHEET.name)).toEqual(before.ledger);
  });

  it('a count below what customers booked is refused with the reason, and nothing changes anywhere', () => {
    const rt = shopWithABooking();
    typeCount(rt, 'KAOS-HTM-L', '1', 'Hilang');
    typeCount(rt, 'TOPI-01', '9', 'Rusak');
    const before = rt.workbook.values(STOCK_SHEET.name);

    rt.clickMenu('Stock opname');

    expect(lastAlert(rt)).toContain('Stock opname tidak dijalankan — tidak ada yang diubah');
    expect(lastAlert(rt)).toContain('Baris 2 (KAOS-HTM-L): Hasil Hitung 1 lebih kecil dari Di-booking 2');
    expect(rt.workbook.values(STOCK_SHEET.name)).toEqual(before);
    expect(recordsOf(rt, LEDGER_SHEET)).toEqual([]);
  });

  it('the monthly report shows the loss as its own line, not as a cash expense', () => {
    const rt = shopWithABooking();
    typeCount(rt, 'KAOS-HTM-L', '18', 'Rusak');
    rt.clickMenu('Stock opname');

    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Buat laporan bulanan sekarang');

    const report = rt.workbook.values('Laporan 2026-11');
    expect(report.find((r) => String(r[0]).startsWith('dikurangi penyesuaian stok'))?.[3]).toBe(80000);
    expect(report.find((r) => r[0] === 'Kas keluar')?.[3]).toBe(0);
    expect(report.find((r) => r[0] === 'Laba bersih')?.[3]).toBe(-80000);
  });
});
