/**
 * A careless team and COD returns (Tandai retur) and the COD risk flag, on the built bundle: a sorted
 * sheet, a deleted tally, odd spellings, a click twice, the wrong person, the wrong sheet, a parcel that
 * is not a COD return. Each test states the expected behaviour; "nothing changed" compares every sheet.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, COD_TALLY_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET } from '../../src/sheets/schema';
import { CS, columnLetter, FINANCE, headerColumns, openShop, orderIds, recordsOf, selectRows, setTeam, typedOrder, typeRows, WAREHOUSE } from './pipeline-shop';
import { everything, lastMessage, shopWithTeam, TEAM } from './careless-kit';

function setCell(rt: LocalRuntime, sheet: SheetSpec, row: number, key: string, value: string, user = WAREHOUSE): void {
  rt.edit(sheet.name, `${columnLetter(headerColumns(rt, sheet).get(key) as number)}${row}`, [[value]], user);
}

const rowOf = (rt: LocalRuntime, spec: SheetSpec, id: string): number => orderIds(rt, spec).indexOf(id) + 2 || 0;

function click(rt: LocalRuntime, spec: SheetSpec, ids: string[], caption: string, user: string): void {
  selectRows(rt, spec, ids.map((id) => rowOf(rt, spec, id)));
  rt.clickMenu(caption, user);
}

const topiOnHand = (rt: LocalRuntime): unknown => recordsOf(rt, STOCK_SHEET).find((r) => r.sku === 'TOPI-01')?.onHand;

/** The team listed; orders typed, confirmed, approved, packed and shipped by the team; returns their IDs. */
function shipped(rt: LocalRuntime, orders: Array<Record<string, string>>): string[] {
  const rows = typeRows(rt, ORDERS_SHEET, orders.map((o) => typedOrder({ courier: 'JNE', items: 'TOPI-01 x1', ...o })));
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', CS);
  const ids = orderIds(rt, APPROVAL_SHEET);
  click(rt, APPROVAL_SHEET, ids, 'Approve order', FINANCE);
  click(rt, SHIPPING_SHEET, ids, 'Tandai dikemas (packing)', WAREHOUSE);
  for (const id of ids) setCell(rt, SHIPPING_SHEET, rowOf(rt, SHIPPING_SHEET, id), 'trackingNumber', `JP${id.replace(/\D/g, '')}`);
  click(rt, SHIPPING_SHEET, ids, 'Tandai dikirim (resi)', WAREHOUSE);
  return ids;
}

describe('a careless team and COD returns', () => {
  it('Pengiriman sorted by hand: the parcel on the row the warehouse selects is the one returned, once', () => {
    const rt = shopWithTeam();
    const [first, second] = shipped(rt, [{ paymentMethod: 'COD' }, { paymentMethod: 'COD', customerName: 'Budi', phone: '0813-1111-2222' }]);
    const grid = rt.workbook.values(SHIPPING_SHEET.name);
    rt.edit(SHIPPING_SHEET.name, `A2:${columnLetter(grid[0].length)}3`, [grid[2], grid[1]] as string[][], WAREHOUSE);
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual([second, first]);

    click(rt, SHIPPING_SHEET, [first], 'Tandai retur', WAREHOUSE);

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual([second]);
    expect(recordsOf(rt, DONE_SHEET).map((r) => [r.orderId, r.fulfilment])).toEqual([[first, 'Retur']]);
    expect(topiOnHand(rt)).toBe(9);
  });

  it('clicked twice on the same row: the second click finds the next parcel or nothing, and returns nothing twice', () => {
    const rt = shopWithTeam();
    const [id] = shipped(rt, [{ paymentMethod: 'COD' }]);
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai retur', WAREHOUSE);
    const after = everything(rt);

    rt.clickMenu('Tandai retur', WAREHOUSE);

    expect(lastMessage(rt)).toContain('Tidak ada pesanan di baris yang dipilih');
    expect(everything(rt)).toEqual(after);
    expect(recordsOf(rt, LEDGER_SHEET).filter((e) => e.entryId === `RT-${id}`)).toHaveLength(1);
  });

  it('odd spellings: cod in lower case, the damaged item in lower case with X, Rp and dots in Ongkir Retur', () => {
    const rt = shopWithTeam();
    const [id] = shipped(rt, [{ paymentMethod: 'cod', items: 'TOPI-01 x2' }]);
    setCell(rt, SHIPPING_SHEET, 2, 'damagedItems', 'topi-01 X1');
    setCell(rt, SHIPPING_SHEET, 2, 'returnCost', 'Rp 15.000');

    click(rt, SHIPPING_SHEET, [id], 'Tandai retur', WAREHOUSE);

    expect(recordsOf(rt, STOCK_SHEET).find((r) => r.sku === 'TOPI-01')).toMatchObject({ onHand: 9, damaged: 1 });
    expect(recordsOf(rt, LEDGER_SHEET).find((e) => e.entryId === `RT-${id}`)?.amount).toBe(15000);
  });

  it('the wrong person: CS and finance are refused, nothing changed', () => {
    const rt = shopWithTeam();
    shipped(rt, [{ paymentMethod: 'COD' }]);
    const before = everything(rt);

    for (const user of [CS, FINANCE]) {
      selectRows(rt, SHIPPING_SHEET, [2]);
      rt.clickMenu('Tandai retur', user);
      expect(lastMessage(rt)).toContain('Tandai retur');
    }

    expect(everything(rt)).toEqual(before);
  });

  it('selected in the wrong sheet (a delivered order in Selesai): told where returns are marked, nothing changed', () => {
    const rt = shopWithTeam();
    const [id] = shipped(rt, [{ paymentMethod: 'COD' }]);
    click(rt, SHIPPING_SHEET, [id], 'Tandai diterima', WAREHOUSE);
    const before = everything(rt);

    click(rt, DONE_SHEET, [id], 'Tandai retur', WAREHOUSE);

    expect(lastMessage(rt)).toBe('Tandai retur hanya untuk paket COD yang sudah dikirim, di sheet Gudang · Pengiriman; yang dipilih ada di Gudang · Selesai. Tidak ada yang diubah.');
    expect(everything(rt)).toEqual(before);
  });

  it('a transfer parcel and a COD order not shipped yet: each refused with its reason, nothing changed', () => {
    const rt = shopWithTeam();
    const [paid] = shipped(rt, [{ paymentStatus: 'Lunas' }]);
    const [waiting] = ((): string[] => {
      const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD', customerName: 'Budi', phone: '0813-1111-2222', items: 'TOPI-01 x1' })]);
      selectRows(rt, ORDERS_SHEET, rows);
      rt.clickMenu('Konfirmasi pesanan', CS);
      const ids = orderIds(rt, APPROVAL_SHEET);
      click(rt, APPROVAL_SHEET, ids, 'Approve order', FINANCE);
      return ids;
    })();
    const before = everything(rt);

    click(rt, SHIPPING_SHEET, [paid, waiting], 'Tandai retur', WAREHOUSE);

    expect(lastMessage(rt)).toContain(`(${paid}): bukan COD (Transfer)`);
    expect(lastMessage(rt)).toContain(`(${waiting}): belum dikirim (status Menunggu packing)`);
    expect(everything(rt)).toEqual(before);
  });

  it('the COD tally deleted by someone: Konfirmasi still works (it only forgets), and the next return makes it again, hidden', () => {
    const rt = shopWithTeam();
    const [id] = shipped(rt, [{ paymentMethod: 'COD' }]);
    click(rt, SHIPPING_SHEET, [id], 'Tandai retur', WAREHOUSE);
    rt.run(() => rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(COD_TALLY_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet));

    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD', items: 'TOPI-01 x1', courier: 'JNE' })]);
    selectRows(rt, ORDERS_SHEET, rows);
    rt.clickMenu('Konfirmasi pesanan', CS);
    expect(recordsOf(rt, APPROVAL_SHEET).map((r) => r.codRisk)).toEqual(['']);

    const [next] = orderIds(rt, APPROVAL_SHEET);
    click(rt, APPROVAL_SHEET, [next], 'Approve order', FINANCE);
    setCell(rt, SHIPPING_SHEET, rowOf(rt, SHIPPING_SHEET, next), 'trackingNumber', 'JP9999999');
    click(rt, SHIPPING_SHEET, [next], 'Tandai dikirim (resi)', WAREHOUSE);
    click(rt, SHIPPING_SHEET, [next], 'Tandai retur', WAREHOUSE);
    expect(rt.workbook.spreadsheet.getSheetByName(COD_TALLY_SHEET.name)?.isSheetHidden()).toBe(true);
  });

  it('Konfirmasi clicked twice on a flagged order: flagged once, in Approval once', () => {
    const rt = shopWithTeam();
    const [id] = shipped(rt, [{ paymentMethod: 'COD' }]);
    click(rt, SHIPPING_SHEET, [id], 'Tandai retur', WAREHOUSE);
    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD', phone: '62 812 3456 7890', items: 'TOPI-01 x1' })]);
    selectRows(rt, ORDERS_SHEET, rows);
    rt.clickMenu('Konfirmasi pesanan', CS);
    selectRows(rt, ORDERS_SHEET, rows);
    rt.clickMenu('Konfirmasi pesanan', CS);

    expect(recordsOf(rt, APPROVAL_SHEET).map((r) => [r.orderId, r.codRisk])).toEqual([['TK-2611-0002', 'pelanggan pernah retur COD 1x']]);
  });

  it('Cek COD typed "nanti" is not a yes: the flagged order stays in Approval and says why', () => {
    const rt = shopWithTeam();
    const [id] = shipped(rt, [{ paymentMethod: 'COD' }]);
    click(rt, SHIPPING_SHEET, [id], 'Tandai retur', WAREHOUSE);
    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD', items: 'TOPI-01 x1' })]);
    selectRows(rt, ORDERS_SHEET, rows);
    rt.clickMenu('Konfirmasi pesanan', CS);
    setCell(rt, APPROVAL_SHEET, 2, 'codChecked', 'nanti', FINANCE);

    click(rt, APPROVAL_SHEET, ['TK-2611-0002'], 'Approve order', FINANCE);

    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0002']);
    expect(lastMessage(rt)).toContain('COD berisiko (pelanggan pernah retur COD 1x)');
  });
});
