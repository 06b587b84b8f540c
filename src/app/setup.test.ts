import { LocalRuntime } from '../../emulator/runtime';
import { NOW } from '../../test/e2e/pipeline-fixtures';
import { columnLetter, headerColumns, recordsOf, setTeam, typedOrder, typeRows } from '../../test/e2e/pipeline-shop';
import { ALL_SHEETS, ORDERS_SHEET, SETTINGS_BLOCKS, SETTINGS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { setup } from './setup';

const OWNER = 'owner@toko.test';
let rt: LocalRuntime;
let restore: () => void;

beforeEach(() => {
  rt = LocalRuntime.create({ now: NOW, owner: OWNER });
  restore = rt.installGlobals();
});
afterEach(() => restore());

const runSetup = (user = OWNER) => rt.run(() => setup(), { user });
const sheet = (name: string) => rt.workbook.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;

describe('Toko → Setup', () => {
  it('creates every sheet with its headers, a frozen header row and the division tab colour', () => {
    runSetup();

    for (const spec of ALL_SHEETS) {
      const titles = spec === SETTINGS_SHEET ? SETTINGS_BLOCKS.map((b) => b.title) : [];
      const header = rt.workbook.values(spec.name)[0].filter((h) => h !== '' && !titles.includes(String(h)));
      expect(header).toEqual(spec.columns.map((c) => c.header));
      expect(sheet(spec.name).getFrozenRows()).toBe(1);
      expect(sheet(spec.name).getTabColor()).toBe(spec.tabColor);
    }
  });

  it('formats phone and ID columns as text, money as Rupiah, dates as dates, and adds the dropdowns', () => {
    runSetup();
    const columns = headerColumns(rt, ORDERS_SHEET);
    const orders = sheet(ORDERS_SHEET.name);
    const at = (key: string) => orders.getRange(2, columns.get(key) as number);

    expect(at('phone').getNumberFormat()).toBe('@');
    expect(at('orderId').getNumberFormat()).toBe('@');
    expect(at('total').getNumberFormat()).toBe('"Rp"#,##0');
    expect(at('orderDate').getNumberFormat()).toBe('dd MMM yyyy');
    expect(at('confirmedAt').getNumberFormat()).toBe('dd MMM yyyy HH:mm');
    expect(at('channel').getDataValidation()?.getCriteriaValues()[0]).toEqual(['WA', 'SMS', 'Email', 'Instagram', 'Shopee', 'Tokopedia', 'TikTok Shop', 'Lainnya']);
    expect(at('courier').getDataValidation()?.getCriteriaValues()[0]).toEqual(['JNE', 'J&T', 'SiCepat', 'AnterAja', 'Pos Indonesia', 'GoSend']);
  });

  it('writes starter settings and sample stock on a new shop, and says so', () => {
    runSetup();

    const settings = recordsOf(rt, SETTINGS_SHEET);
    expect(settings.map((r) => r.settingKey).filter(Boolean)).toEqual(['Nama toko', 'Email pemilik', 'Email gudang', 'Email keuangan', 'Bahasa', 'Prefix ID pesanan', 'Prefix ID PO', 'Kirim PO ke supplier', 'Rekening pembayaran', 'Batas hari pengiriman', 'Ringkasan harian']);
    expect(settings.find((r) => r.settingKey === 'Email pemilik')?.settingValue).toBe(OWNER);
    expect(settings.map((r) => r.courier).filter(Boolean)).toContain('SiCepat');
    expect(recordsOf(rt, STOCK_SHEET).map((r) => r.sku)).toEqual(['KAOS-HTM-L', 'KAOS-PTH-M', 'TOPI-01']);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Sheet CS · Pesanan dibuat.');
  });

  it('run again after people worked: adds a deleted header at the end, keeps every row, adds no sample stock', () => {
    runSetup();
    typeRows(rt, ORDERS_SHEET, [typedOrder(), typedOrder({ customerName: 'Budi' })]);
    const resi = headerColumns(rt, SHIPPING_SHEET).get('trackingNumber') as number;
    rt.edit(SHIPPING_SHEET.name, `${columnLetter(resi)}1`, [['']]);
    const orders = rt.workbook.values(ORDERS_SHEET.name);
    const stock = rt.workbook.values(STOCK_SHEET.name);

    runSetup();

    const header = rt.workbook.values(SHIPPING_SHEET.name)[0];
    expect(header[header.length - 1]).toBe('Resi');
    expect(rt.workbook.values(ORDERS_SHEET.name)).toEqual(orders);
    expect(rt.workbook.values(STOCK_SHEET.name)).toEqual(stock);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Kolom ditambahkan di Gudang · Pengiriman: Resi.');
    expect(recordsOf(rt, SETTINGS_SHEET).filter((r) => r.settingKey === 'Nama toko')).toHaveLength(1);
  });

  it('protects each division sheet for its people and the owner once a team is listed; warning only before', () => {
    runSetup();
    expect(sheet(ORDERS_SHEET.name).getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].isWarningOnly()).toBe(true);
    setTeam(rt, [
      { email: 'dewi@toko.test', name: 'Dewi', division: 'CS' },
      { email: 'agus@toko.test', name: 'Agus', division: 'Gudang' },
    ]);

    runSetup();

    const protections = sheet(ORDERS_SHEET.name).getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(false);
    // The owner can always edit a protected sheet; the listed editors are the division's people.
    expect(protections[0].getEditors().map((u) => u.getEmail()).filter((e) => e !== OWNER)).toEqual(['dewi@toko.test']);
    const shipping = sheet(SHIPPING_SHEET.name).getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    // CS may write there too: Catat komplain sets an order's Komplain column.
    expect(shipping.getEditors().map((u) => u.getEmail()).filter((e) => e !== OWNER).sort()).toEqual(['agus@toko.test', 'dewi@toko.test']);
  });
  it('repairs Pengaturan itself when one of its headers was deleted', () => {
    runSetup();
    const courierColumn = headerColumns(rt, SETTINGS_SHEET).get('courier') as number;
    rt.edit(SETTINGS_SHEET.name, `${columnLetter(courierColumn)}1`, [['']]);

    runSetup();

    expect(headerColumns(rt, SETTINGS_SHEET).has('courier')).toBe(true);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Kurir');
  });
});
