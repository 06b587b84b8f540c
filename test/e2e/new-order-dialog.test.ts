/**
 * Toko → Pesanan baru on the built bundle: the menu opens the dialog, and the dialog's server calls
 * (google.script.run) check again, save one row per request, and confirm at once when asked.
 */
import { APPROVAL_SHEET, LOG_SHEET, ORDERS_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { aDraft } from './cs-fixtures';
import { NOW } from './pipeline-fixtures';
import { openShop, recordsOf, setSetting, setTeam, WAREHOUSE } from './pipeline-shop';

type Reply = { ok: boolean; message: string; value?: any };

describe('the order-entry dialog on the built bundle', () => {
  it('Pesanan baru opens the built dialog, its script inlined and the shop language given', () => {
    const rt = openShop();

    rt.clickMenu('Pesanan baru');

    const dialog = rt.workbook.dialogs.at(-1);
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Pesanan baru' });
    expect(dialog?.html).toContain('id="customerName"');
    expect(dialog?.html).toContain('id="toko-boot"');
    expect(dialog?.html).not.toContain('toko:page-script');
  });

  it('with Bahasa English the dialog opens as New order and its page is told to speak English', async () => {
    const rt = openShop();
    setSetting(rt, 'Bahasa', 'English');

    rt.clickMenu('Pesanan baru');
    const reply = (await rt.scriptRun('saveNewOrder', aDraft({ phone: '' }))) as Reply;

    expect(rt.workbook.dialogs.at(-1)).toMatchObject({ title: 'New order', html: expect.stringContaining('{"lang":"en"}') });
    expect(reply.value.problems).toEqual([{ field: 'phone', line: -1, message: 'WhatsApp number is empty' }]);
  });

  it('the dialog starts with every SKU of Gudang · Stok and what is available', async () => {
    const rt = openShop();

    const reply = (await rt.scriptRun('orderEntryData')) as Reply;

    expect(reply.ok).toBe(true);
    expect(reply.value.stock).toContainEqual(expect.objectContaining({ sku: 'KAOS-HTM-L', available: 20, sellingPrice: 85000 }));
    expect(reply.value.channels).toContain('WA');
  });

  it('saving appends one row to CS · Pesanan with the number normalised and the CS who took it', async () => {
    const rt = openShop();

    const reply = (await rt.scriptRun('saveNewOrder', aDraft())) as Reply;

    expect(reply).toMatchObject({ ok: true, value: { saved: true, duplicate: false, rowNumber: 2, orderId: '' } });
    expect(reply.message).toContain('CS · Pesanan baris 2');
    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([
      expect.objectContaining({ customerName: 'Siti Aminah', phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1', variantConfirmed: 'Ya', paymentStatus: 'Belum bayar', fulfilment: 'Baru', shippingCost: 18000, total: 238000, orderDate: NOW }),
    ]);
    expect(recordsOf(rt, LOG_SHEET).at(-1)).toMatchObject({ action: 'Pesanan baru', to: 'CS · Pesanan' });
  });

  it('the same request saved twice (a double click) makes one row and answers the second with the first answer', async () => {
    const rt = openShop();

    const [first, second] = (await Promise.all([rt.scriptRun('saveNewOrder', aDraft()), rt.scriptRun('saveNewOrder', aDraft())])) as Reply[];

    expect(recordsOf(rt, ORDERS_SHEET)).toHaveLength(1);
    expect(first.value).toMatchObject({ saved: true, duplicate: false, rowNumber: 2 });
    expect(second.value).toMatchObject({ saved: true, duplicate: true, rowNumber: 2 });
    expect(second.message).toContain('tidak disimpan dua kali');
  });

  it('the server refuses a bad SKU and a phone that is not a phone, names the fields, and writes nothing', async () => {
    const rt = openShop();

    const reply = (await rt.scriptRun('saveNewOrder', aDraft({ phone: '12345', items: [{ sku: 'KAOS-XXL', quantity: '1' }] }))) as Reply;

    expect(reply.value.saved).toBe(false);
    expect(reply.value.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'phone', message: expect.stringContaining('bukan nomor Indonesia') }),
      expect.objectContaining({ field: 'items', line: 0, message: 'Item 1: SKU KAOS-XXL tidak ada di Gudang · Stok' }),
    ]));
    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([]);
  });

  it('confirming at once numbers the order, reserves its stock and moves it to Approval through Konfirmasi pesanan', async () => {
    const rt = openShop();

    const reply = (await rt.scriptRun('saveNewOrder', aDraft({ confirmNow: true }))) as Reply;

    expect(reply.value).toMatchObject({ saved: true, confirmed: true, orderId: 'TK-2611-0001' });
    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([]);
    expect(recordsOf(rt, APPROVAL_SHEET)).toEqual([expect.objectContaining({ orderId: 'TK-2611-0001', fulfilment: 'Menunggu approval', total: 238000 })]);
    expect(recordsOf(rt, STOCK_SHEET).find((r) => r.sku === 'KAOS-HTM-L')).toMatchObject({ reserved: 2, available: 18 });
  });

  it('a customer name with a formula or a script is stored as plain text', async () => {
    const rt = openShop();

    await rt.scriptRun('saveNewOrder', aDraft({ customerName: '=IMPORTXML("http://x")<script>alert(1)</script>' }));

    expect(recordsOf(rt, ORDERS_SHEET)[0].customerName).toBe('=IMPORTXML("http://x")<script>alert(1)</script>');
  });

  it('a warehouse person may not take orders: the page gets the refusal and nothing is written', async () => {
    const rt = openShop();
    setTeam(rt, [{ email: WAREHOUSE, name: 'Agus', division: 'Gudang' }]);

    const reply = (await rt.scriptRunAs(WAREHOUSE, 'saveNewOrder', aDraft())) as Reply;

    expect(reply.ok).toBe(false);
    expect(reply.message).toContain('hanya untuk divisi CS');
    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([]);
  });
});
