/**
 * CS rotation on the built bundle, through the menu: two CS in Pengaturan share new orders in turn, a
 * returning customer goes back to their CS unless that CS is on leave, a CS typed in the row is kept,
 * and the CS column's dropdown lists the team so each CS can filter their queue.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, CS_INDEX_SHEET, ORDERS_SHEET, SETTINGS_SHEET } from '../../src/sheets/schema';
import { CS, columnLetter, headerColumns, openShop, recordsOf, selectRows, setTeam, typedOrder, typeRows } from './pipeline-shop';

const SARI = 'sari@toko.test';
const TEAM = [
  { email: CS, name: 'Dewi', division: 'CS' },
  { email: SARI, name: 'Sari', division: 'CS' },
  { email: 'rina@toko.test', name: 'Rina', division: 'Keuangan' },
];

/** Types a value in a team member's row of Pengaturan (rows from 2, in TEAM order). */
function setTeamCell(rt: LocalRuntime, index: number, key: 'teamLeave' | 'teamWeight', value: string): void {
  rt.edit(SETTINGS_SHEET.name, `${columnLetter(headerColumns(rt, SETTINGS_SHEET).get(key) as number)}${index + 2}`, [[value]]);
}

/** CS types these orders and confirms them; the CS of each new order in Approval, in order. */
function confirm(rt: LocalRuntime, orders: Array<Record<string, string>>, by = CS): string[] {
  const before = recordsOf(rt, APPROVAL_SHEET).length;
  selectRows(rt, ORDERS_SHEET, typeRows(rt, ORDERS_SHEET, orders));
  rt.clickMenu('Konfirmasi pesanan', by);
  return recordsOf(rt, APPROVAL_SHEET).slice(before).map((r) => String(r.assignedCs));
}

const customer = (n: number, changes: Record<string, string> = {}) => typedOrder({ customerName: `Pelanggan ${n}`, phone: `0812-0000-00${String(n).padStart(2, '0')}`, items: 'TOPI-01 x1', ...changes });

function shopWithTwoCs(): LocalRuntime {
  const rt = openShop();
  setTeam(rt, TEAM);
  return rt;
}

describe('CS rotation', () => {
  it('two CS share new orders in turn, one order or several at a time', () => {
    const rt = shopWithTwoCs();

    expect(confirm(rt, [customer(1)])).toEqual(['Sari']);
    expect(confirm(rt, [customer(2)])).toEqual(['Dewi']);
    expect(confirm(rt, [customer(3), customer(4)])).toEqual(['Sari', 'Dewi']);
  });

  it('a returning customer (the same number typed another way) goes to the CS who served them last', () => {
    const rt = shopWithTwoCs();
    confirm(rt, [customer(1)]); // Sari

    expect(confirm(rt, [customer(2), customer(1, { phone: '+62 812 0000 0001', items: 'KAOS-HTM-L x1' })])).toEqual(['Dewi', 'Sari']);
  });

  it('a CS on leave gets no new orders and their returning customers go to the other CS', () => {
    const rt = shopWithTwoCs();
    confirm(rt, [customer(1)]); // Sari
    setTeamCell(rt, 1, 'teamLeave', '27/11/2026 - 30/11/2026');

    expect(confirm(rt, [customer(1, { items: 'KAOS-HTM-L x1' }), customer(5), customer(6)])).toEqual(['Dewi', 'Dewi', 'Dewi']);
  });

  it('a CS typed in the row is kept, and that customer comes back to them', () => {
    const rt = shopWithTwoCs();

    expect(confirm(rt, [customer(1, { assignedCs: 'Dewi' })])).toEqual(['Dewi']);
    expect(confirm(rt, [customer(1, { items: 'KAOS-HTM-L x1' })])).toEqual(['Dewi']);
  });

  it('the CS column of every order sheet has a dropdown of the team\'s CS after Setup, to filter one\'s own queue', () => {
    const rt = shopWithTwoCs();
    rt.clickMenu('Setup');

    const column = headerColumns(rt, ORDERS_SHEET).get('assignedCs') as number;
    const rule = rt.run(() => (rt.workbook.spreadsheet.getSheetByName(APPROVAL_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet).getRange(2, column).getDataValidation());
    expect(rule?.getCriteriaValues()[0]).toEqual(['Dewi', 'Sari']);
    expect(rt.run(() => rt.workbook.spreadsheet.getSheetByName(CS_INDEX_SHEET.name)?.isSheetHidden())).toBe(true);
  });

  it('the index holds only phones and CS e-mails, one fixed block, and a deleted index is made again', () => {
    const rt = shopWithTwoCs();
    rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(CS_INDEX_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet);

    confirm(rt, [customer(1)]);

    const cells = rt.workbook.values(CS_INDEX_SHEET.name).flat().filter((v) => v !== '');
    expect(cells).toEqual(['Pelanggan → CS terakhir', `6281200000001 ${SARI}`]);
    expect(confirm(rt, [customer(1, { items: 'KAOS-HTM-L x1' })])).toEqual(['Sari']);
  });
});
