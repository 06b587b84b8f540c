/**
 * Setup keeps each division sheet's protection to the people Pengaturan lists, on the built bundle.
 * A new protection starts with the spreadsheet's editors (Sheet.protect reference:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()), so Setup's
 * "remove stale editors" path runs on the first Setup with a team, and again when a person leaves.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { ORDERS_SHEET, PURCHASES_SHEET, SETTINGS_SHEET } from '../../src/sheets/schema';
import { NOW } from './pipeline-fixtures';
import { columnLetter, CS, FINANCE, headerColumns, OWNER, setTeam, WAREHOUSE } from './pipeline-shop';

const TEAM = [
  { email: CS, name: 'Dewi', division: 'CS' },
  { email: FINANCE, name: 'Rina', division: 'Keuangan' },
  { email: WAREHOUSE, name: 'Agus', division: 'Gudang' },
];

function editorsOf(rt: LocalRuntime, sheetName: string): string[] {
  return rt.workbook.model.sheetByName(sheetName)?.sheetProtection?.editors ?? [];
}

/** The owner deletes a person's row (e-mail, name, division) from the team in Pengaturan. */
function removeFromTeam(rt: LocalRuntime, email: string): void {
  const columns = headerColumns(rt, SETTINGS_SHEET);
  const emailColumn = columns.get('teamEmail') as number;
  const row = rt.workbook.values(SETTINGS_SHEET.name).findIndex((r) => r[emailColumn - 1] === email) + 1;
  for (const key of ['teamEmail', 'teamName', 'teamDivision']) {
    rt.edit(SETTINGS_SHEET.name, `${columnLetter(columns.get(key) as number)}${row}`, [['']], OWNER);
  }
}

/** A shop shared with its whole team, Setup run once by the owner, then the team listed and Setup run again. */
function sharedShopWithTeam(): LocalRuntime {
  const rt = LocalRuntime.load({ now: NOW, owner: OWNER, editors: [CS, FINANCE, WAREHOUSE] });
  rt.open(OWNER);
  rt.clickMenu('Setup', OWNER);
  setTeam(rt, TEAM);
  rt.clickMenu('Setup', OWNER);
  return rt;
}

describe('Setup and the protections of a shop shared with its team', () => {
  it('on the first Setup with a team, each sheet keeps only its divisions: the other editors the new protection started with are removed', () => {
    const rt = sharedShopWithTeam();

    expect(editorsOf(rt, PURCHASES_SHEET.name)).toEqual([FINANCE]);
    expect(editorsOf(rt, ORDERS_SHEET.name).sort()).toEqual([CS, FINANCE].sort());
    expect(editorsOf(rt, SETTINGS_SHEET.name)).toEqual([]);
  });

  it('a person removed from the team is removed from every protection by the next Setup, and can no longer type there', () => {
    const rt = sharedShopWithTeam();
    removeFromTeam(rt, FINANCE);

    rt.clickMenu('Setup', OWNER);

    expect(editorsOf(rt, PURCHASES_SHEET.name)).toEqual([]);
    expect(editorsOf(rt, ORDERS_SHEET.name)).toEqual([CS]);
    expect(() => rt.edit(PURCHASES_SHEET.name, 'A2', 'PO-1', FINANCE)).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
  });
});
