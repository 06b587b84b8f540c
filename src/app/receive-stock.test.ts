import { LocalRuntime } from '../../emulator/runtime';
import { FINANCE, recordsOf, seedShop, useSeededFinanceShop } from '../../test/e2e/finance-fixtures';
import { PURCHASES_SHEET } from '../sheets/schema';
import { receiveSelectedStock } from './receive-stock';
import { sendSelectedPurchaseOrders } from './send-purchase-order';

const PO = PURCHASES_SHEET.name;
const column = (header: string) => String.fromCharCode(65 + PURCHASES_SHEET.columns.findIndex((c) => c.header === header));

let rt: LocalRuntime;
useSeededFinanceShop((runtime) => (rt = runtime));

const stockOf = (sku: string) => recordsOf(rt, 'Gudang · Stok').find((r) => r.SKU === sku)!;
const ledgerIds = () => recordsOf(rt, 'Keuangan · Kas').map((r) => r.ID);
const po = (id: string) => recordsOf(rt, PO).find((r) => r['ID PO'] === id)!;

function receive(rows = 'A2'): void {
  rt.workbook.select(PO, rows);
  rt.run(() => receiveSelectedStock(), { user: FINANCE });
}

describe('Terima stok', () => {
  it('receives part of a PO twice: stock, average cost, the expense and the PO status each time', () => {
    rt.workbook.userEdit(PO, `${column('Terima Sekarang')}2`, '4');

    receive();

    // (20 × 40.000 + 4 × 46.000) / 24 = 984.000 / 24 = 41.000
    expect(stockOf('KAOS-HTM-L')).toMatchObject({ 'Stok Fisik': 24, 'Di-booking': 2, Tersedia: 22, 'Harga Pokok': 41000 });
    expect(po('PO-1')).toMatchObject({ 'Qty Diterima': 4, 'Terima Sekarang': '', Status: 'Sebagian diterima' });
    expect(recordsOf(rt, 'Keuangan · Kas').pop()).toMatchObject({ ID: 'PB-PO-1-KAOS-HTM-L-4', Jenis: 'Pengeluaran', Kategori: 'Pembelian stok', Jumlah: 184000, Referensi: 'PO-1', Oleh: FINANCE });

    rt.state.advance(60 * 60 * 1000);
    rt.workbook.userEdit(PO, `${column('Terima Sekarang')}2`, '6');
    receive();

    // the rest, 6: (24 × 41.000 + 6 × 46.000) / 30 = 1.260.000 / 30 = 42.000
    expect(stockOf('KAOS-HTM-L')).toMatchObject({ 'Stok Fisik': 30, Tersedia: 28, 'Harga Pokok': 42000 });
    expect(po('PO-1')).toMatchObject({ 'Qty Diterima': 10, Status: 'Diterima' });
    expect(recordsOf(rt, 'Keuangan · Kas').pop()).toMatchObject({ ID: 'PB-PO-1-KAOS-HTM-L-10', Jumlah: 276000 });
    expect(rt.workbook.alerts.map((a) => a.message).join('\n')).toContain('PO-1 KAOS-HTM-L +6 (10/10) · Diterima');
  });

  it('receiving a complete PO again changes nothing and says it is complete', () => {
    receive();
    const before = [ledgerIds(), stockOf('KAOS-HTM-L')];

    receive();

    expect([ledgerIds(), stockOf('KAOS-HTM-L')]).toEqual(before);
    expect(rt.workbook.alerts.pop()?.message).toContain('PO-1 KAOS-HTM-L sudah diterima semua');
  });

  it('refuses more than remains and changes nothing', () => {
    rt.workbook.userEdit(PO, `${column('Terima Sekarang')}2`, '11');

    receive();

    expect(stockOf('KAOS-HTM-L')['Stok Fisik']).toBe(20);
    expect(ledgerIds()).toHaveLength(4);
    expect(rt.workbook.alerts.pop()?.message).toContain('Terima Sekarang 11 untuk PO-1 KAOS-HTM-L lebih dari sisanya (10)');
  });

  it('after a run that failed before the PO was updated, a rerun neither adds the stock nor books the expense again', () => {
    let setValues = 0;
    const remove = rt.state.addCallHook((method) => {
      if (method.endsWith('.setValues') && ++setValues === 3) throw new Error('Service Spreadsheets timed out');
    });
    expect(() => receive()).toThrow('timed out');
    remove();
    expect(stockOf('KAOS-HTM-L')['Stok Fisik']).toBe(30);
    expect(po('PO-1')['Qty Diterima']).toBe('');

    receive();

    expect(stockOf('KAOS-HTM-L')).toMatchObject({ 'Stok Fisik': 30, 'Harga Pokok': 42000 });
    expect(ledgerIds().filter((id) => id === 'PB-PO-1-KAOS-HTM-L-10')).toHaveLength(1);
    expect(po('PO-1')).toMatchObject({ 'Qty Diterima': 10, Status: 'Diterima' });
  });

  it('asks to select PO rows when another sheet is active', () => {
    rt.workbook.select('Gudang · Stok', 'A2');

    rt.run(() => receiveSelectedStock(), { user: FINANCE });

    expect(rt.workbook.alerts.pop()?.message).toBe('Pilih baris di sheet Keuangan · Pembelian dulu, lalu jalankan lagi.');
  });
});

describe('Kirim PO ke supplier', () => {
  it('marks a Draft PO Dipesan and e-mails the supplier with the names escaped, when the setting is on', () => {
    seedShop(rt, { sendPo: true });
    rt.workbook.select(PO, 'A3');

    rt.run(() => sendSelectedPurchaseOrders(), { user: FINANCE });

    expect(po('PO-2').Status).toBe('Dipesan');
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0]).toMatchObject({ to: 'topi@jaya.test', subject: 'PO PO-2 dari Toko Ceria' });
    expect(rt.outbox[0].htmlBody).toContain('Topi &lt;Jaya&gt; &amp; Co');
    expect(rt.outbox[0].body).toContain('- TOPI-01 (Topi Baseball · Navy): 5 × Rp22.000 = Rp110.000');
  });

  it('only marks the PO Dipesan when e-mail to suppliers is off, and never sends a PO twice', () => {
    rt.workbook.select(PO, 'A3');
    rt.run(() => sendSelectedPurchaseOrders(), { user: FINANCE });

    expect(po('PO-2').Status).toBe('Dipesan');
    expect(rt.outbox).toHaveLength(0);
    expect(rt.workbook.toasts.pop()?.message).toContain('E-mail ke supplier mati');

    rt.run(() => sendSelectedPurchaseOrders(), { user: FINANCE });

    expect(rt.workbook.alerts.pop()?.message).toContain('PO-2 sudah Dipesan');
  });
});

describe('Kirim PO ke supplier, sent again on purpose', () => {
  it('a PO set back to Draft by a person becomes Dipesan again, and its e-mail, already in Outbox, is not sent twice', () => {
    seedShop(rt, { sendPo: true });
    rt.workbook.select(PO, 'A3');
    rt.run(() => sendSelectedPurchaseOrders(), { user: FINANCE });
    rt.workbook.userEdit(PO, `${column('Status')}3`, 'Draft');

    rt.run(() => sendSelectedPurchaseOrders(), { user: FINANCE });
    rt.run(() => sendSelectedPurchaseOrders(), { user: FINANCE });

    expect(po('PO-2').Status).toBe('Dipesan');
    expect(rt.outbox.map((m) => m.subject)).toEqual(['PO PO-2 dari Toko Ceria']);
    expect(recordsOf(rt, 'Outbox').map((r) => `${r.ID} ${r.Status}`)).toEqual(['po-PO-2 Terkirim']);
  });

});
