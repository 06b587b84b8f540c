import { newSpreadsheet, runAs, thrownBy } from './test-kit';

describe('Data validation', () => {
  it('requireValueInList keeps the values as strings, with the dropdown shown and invalid input allowed', () => {
    const { SpreadsheetApp } = newSpreadsheet();

    const rule = SpreadsheetApp.newDataValidation().requireValueInList([9, false, 'z'] as unknown as string[]).build();

    expect(rule.getCriteriaValues()).toEqual([['9', 'false', 'z'], true]);
    expect(rule.getCriteriaType().toString()).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getAllowInvalid()).toBe(true);
  });

  it('getDataValidation is null when unset; setDataValidation(null) clears it; a script may write an off-list value', () => {
    const { sheet, SpreadsheetApp } = newSpreadsheet();
    const cell = sheet.getRange('C2');
    const unset = cell.getDataValidation();

    cell.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Lunas', 'Belum bayar']).build());
    cell.setValue('Kredit');
    const written = cell.getValue();
    cell.setDataValidation(null);

    expect(unset).toBeNull();
    expect(written).toBe('Kredit');
    expect(cell.getDataValidation()).toBeNull();
  });

  it('a rejecting rule refuses a script write with Google\'s text and changes nothing', () => {
    const { sheet, SpreadsheetApp } = newSpreadsheet();
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Transfer', 'COD']).setAllowInvalid(false).build();
    sheet.getRange('D2:D3').setDataValidation(rule);

    const error = thrownBy(() => sheet.getRange('C3:D3').setValues([['x', 'Cek']]));

    expect(error.message).toBe('The data you entered in cell D3 violates the data validation rules set on this cell.');
    expect(sheet.getRange('C3').getValue()).toBe('');
  });

  it('number rules, help text and copy', () => {
    const { SpreadsheetApp } = newSpreadsheet();

    const between = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 100).setHelpText('Jumlah 1–100').build();
    const greater = between.copy().requireNumberGreaterThan(0).build();

    expect(between.getCriteriaType().toString()).toBe('NUMBER_BETWEEN');
    expect(between.getCriteriaValues()).toEqual([1, 100]);
    expect(between.getHelpText()).toBe('Jumlah 1–100');
    expect(greater.getCriteriaType().toString()).toBe('NUMBER_GREATER_THAN');
    expect(greater.getHelpText()).toBe('Jumlah 1–100');
    expect(SpreadsheetApp.newDataValidation().requireCheckbox().build().getHelpText()).toBeNull();
  });
});

describe('Protection', () => {
  it('sheet.protect() twice gives the same protection; setWarningOnly(true) shows in isWarningOnly', () => {
    const { sheet } = newSpreadsheet();

    const first = sheet.protect().setDescription('Keuangan only');
    const second = sheet.protect();
    second.setWarningOnly(true);

    expect(second).toBe(first);
    expect(first.isWarningOnly()).toBe(true);
    expect(first.getDescription()).toBe('Keuangan only');
    expect(String(first.getProtectionType())).toBe('SHEET');
  });

  it('on a spreadsheet shared with nobody, a new protection lists no editors, yet the owner can edit, also after removeEditors([owner])', () => {
    const { sheet, state } = newSpreadsheet();

    const protection = runAs(state, () => sheet.protect());
    const editorsAtStart = protection.getEditors().length;
    runAs(state, () => protection.removeEditors([state.owner]));

    expect(editorsAtStart).toBe(0);
    expect(runAs(state, () => protection.canEdit())).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect(): "Until the script
  // actually changes the list of editors for the sheet …, the permissions mirror those of the
  // spreadsheet itself, which effectively means that the sheet remains unprotected." Range#protect says the same.
  it("a new sheet or range protection starts with the spreadsheet's editors, who can still edit until the script removes them", () => {
    const { sheet, state, spreadsheet } = newSpreadsheet();
    spreadsheet.addEditors(['keuangan@toko.test', 'cs@toko.test']);

    const sheetProtection = runAs(state, () => sheet.protect());
    const rangeProtection = runAs(state, () => sheet.getRange('A1:B2').protect());
    const csWrites = () => runAs(state, () => sheet.getRange('A1').setValue('boleh'), 'menu', 'cs@toko.test');

    expect(sheetProtection.getEditors().map((u) => u.getEmail())).toEqual(['keuangan@toko.test', 'cs@toko.test']);
    expect(rangeProtection.getEditors().map((u) => u.getEmail())).toEqual(['keuangan@toko.test', 'cs@toko.test']);
    expect(csWrites).not.toThrow();
    sheetProtection.removeEditor('cs@toko.test');
    rangeProtection.removeEditor('cs@toko.test');
    expect(csWrites).toThrow('You are trying to edit a protected cell or object.');
  });

  it('removeEditors never throws: the owner is silently kept, anyone else, the runner included, is removed (our choice)', () => {
    const { sheet, state } = newSpreadsheet();
    const protection = sheet.protect().addEditors(['finance@toko.test', 'cs@toko.test']);

    runAs(state, () => protection.removeEditors([state.owner, 'cs@toko.test']), 'menu', 'cs@toko.test');

    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['finance@toko.test']);
    expect(runAs(state, () => protection.canEdit())).toBe(true);
    expect(runAs(state, () => protection.canEdit(), 'menu', 'cs@toko.test')).toBe(false);
  });

  it('editors are users with an e-mail; others cannot edit', () => {
    const { sheet, state } = newSpreadsheet();
    const protection = sheet.protect().addEditors(['finance@toko.test', 'cs@toko.test']).removeEditor('cs@toko.test');

    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['finance@toko.test']);
    expect(runAs(state, () => protection.canEdit(), 'menu', 'finance@toko.test')).toBe(true);
    expect(runAs(state, () => protection.canEdit(), 'menu', 'cs@toko.test')).toBe(false);
  });

  it('a person without rights typing into a protected sheet gets Google\'s protected-cell text', () => {
    const { sheet, state, workbook } = newSpreadsheet();
    sheet.setName('Keuangan · Kas');
    sheet.protect().addEditor('finance@toko.test');

    const error = thrownBy(() => runAs(state, () => workbook.userEdit('Keuangan · Kas', 'A2', '5000'), 'menu', 'cs@toko.test'));
    const byFinance = runAs(state, () => workbook.userEdit('Keuangan · Kas', 'A2', '5000'), 'menu', 'finance@toko.test');

    expect(error.message).toBe(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(byFinance.value).toBe('5000');
  });

  it('a script run by someone without rights cannot write a protected range either; warning-only lets it', () => {
    const { sheet, state, SpreadsheetApp } = newSpreadsheet();
    const protection = sheet.getRange('A1:B1').protect();

    const error = thrownBy(() => runAs(state, () => sheet.getRange('B1').setValue('x'), 'menu', 'cs@toko.test'));
    protection.setWarningOnly(true);
    runAs(state, () => sheet.getRange('B1').setValue('x'), 'menu', 'cs@toko.test');

    expect(error.message).toMatch(/^You are trying to edit a protected cell or object\./);
    expect(sheet.getRange('B1').getValue()).toBe('x');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
  });

  it('unprotected ranges of a sheet protection stay editable; remove() lifts the protection', () => {
    const { sheet, state, spreadsheet, SpreadsheetApp } = newSpreadsheet();
    const protection = sheet.protect();
    protection.setUnprotectedRanges([sheet.getRange('C:C')]);

    runAs(state, () => sheet.getRange('C5').setValue('catatan'), 'menu', 'cs@toko.test');
    const blocked = thrownBy(() => runAs(state, () => sheet.getRange('B5').setValue('x'), 'menu', 'cs@toko.test'));
    protection.remove();
    runAs(state, () => sheet.getRange('B5').setValue('x'), 'menu', 'cs@toko.test');

    expect(blocked.message).toMatch(/protected cell/);
    expect(spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });
});
