import { newSpreadsheet, runAs, thrownBy } from './test-kit';

/** The HtmlOutput a dialog receives; only getContent/getTitle are read. */
function htmlOutput(content: string, title = ''): GoogleAppsScript.HTML.HtmlOutput {
  return { getContent: () => content, getTitle: () => title } as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

describe('SpreadsheetApp.getUi', () => {
  it('throws Google\'s text where there is no UI (time trigger, editor run, outside any execution)', () => {
    const { state, SpreadsheetApp } = newSpreadsheet();

    const fromTrigger = thrownBy(() => runAs(state, () => SpreadsheetApp.getUi(), 'time-trigger'));
    const fromEditor = thrownBy(() => runAs(state, () => SpreadsheetApp.getUi(), 'editor'));

    expect(fromTrigger.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(fromEditor.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(thrownBy(() => SpreadsheetApp.getUi()).message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('records createMenu(…).addItem(…).addSeparator().addSubMenu(…).addToUi(); the same title again replaces it', () => {
    const { state, SpreadsheetApp, workbook } = newSpreadsheet();

    runAs(state, () => {
      const ui = SpreadsheetApp.getUi();
      ui.createMenu('Toko').addItem('Old', 'old').addToUi();
      ui.createMenu('Toko')
        .addItem('Approve order', 'approveSelectedOrders')
        .addSeparator()
        .addSubMenu(ui.createMenu('Laporan').addItem('Buat laporan bulan ini', 'runMonthlyReport'))
        .addToUi();
    }, 'simple-trigger');

    expect(workbook.menus).toEqual([
      {
        title: 'Toko',
        items: [
          { caption: 'Approve order', functionName: 'approveSelectedOrders' },
          { separator: true },
          { submenu: { title: 'Laporan', items: [{ caption: 'Buat laporan bulan ini', functionName: 'runMonthlyReport' }] } },
        ],
      },
    ]);
  });

  it('alert returns the scripted Button, OK by default, and CLOSE when the person closes it', () => {
    const { state, SpreadsheetApp, workbook } = newSpreadsheet();

    const [byDefault, answered, closed] = runAs(state, () => {
      const ui = SpreadsheetApp.getUi();
      const first = ui.alert('Pesanan tersimpan.');
      workbook.answerNext({ button: 'NO' });
      const second = ui.alert('Approve order', 'Approve 3 pesanan?', ui.ButtonSet.YES_NO);
      workbook.answerNext({ button: 'CLOSE' });
      const third = ui.alert('Lanjut?', ui.ButtonSet.OK_CANCEL);
      return [first, second, third].map((b) => [b, b === ui.Button.OK, b === ui.Button.NO, b === ui.Button.CLOSE]);
    });

    expect(byDefault.slice(1)).toEqual([true, false, false]);
    expect(answered.slice(1)).toEqual([false, true, false]);
    expect(closed.slice(1)).toEqual([false, false, true]);
    expect(workbook.alerts[1]).toEqual({ kind: 'alert', title: 'Approve order', message: 'Approve 3 pesanan?', answer: { button: 'NO', text: '' } });
  });

  it('prompt returns a PromptResponse with the typed text and the button', () => {
    const { state, SpreadsheetApp, workbook } = newSpreadsheet();
    workbook.answerNext({ button: 'OK', text: 'Stok habis' });

    const response = runAs(state, () => {
      const ui = SpreadsheetApp.getUi();
      return ui.prompt('Tolak pesanan', 'Alasan?', ui.ButtonSet.OK_CANCEL);
    });

    expect(response.getResponseText()).toBe('Stok habis');
    expect(String(response.getSelectedButton())).toBe('OK');
    expect(workbook.alerts[0].kind).toBe('prompt');
  });

  it('a prompt the person closes answers CLOSE', () => {
    const { state, SpreadsheetApp, workbook } = newSpreadsheet();
    workbook.answerNext({ button: 'CLOSE' });

    const [isClose, text] = runAs(state, () => {
      const ui = SpreadsheetApp.getUi();
      const response = ui.prompt('Nomor resi?', ui.ButtonSet.OK_CANCEL);
      return [response.getSelectedButton() === ui.Button.CLOSE, response.getResponseText()];
    });

    expect([isClose, text]).toEqual([true, '']);
  });

  it('dialogs and sidebars are recorded with their title and HTML', () => {
    const { state, SpreadsheetApp, workbook } = newSpreadsheet();

    runAs(state, () => {
      const ui = SpreadsheetApp.getUi();
      ui.showModalDialog(htmlOutput('<p>Resi</p>'), 'Tandai dikirim');
      ui.showSidebar(htmlOutput('<p>Panduan</p>', 'Bantuan'));
    });

    expect(workbook.dialogs).toEqual([
      { kind: 'modal', title: 'Tandai dikirim', html: '<p>Resi</p>' },
      { kind: 'sidebar', title: 'Bantuan', html: '<p>Panduan</p>' },
    ]);
  });
});

describe('Spreadsheet.toast', () => {
  it('is recorded with a 5-second timeout by default; a negative timeout stays (persistent)', () => {
    const { spreadsheet, workbook } = newSpreadsheet();

    spreadsheet.toast('3 pesanan dipindah');
    spreadsheet.toast('Laporan siap', 'Toko', -1);

    expect(workbook.toasts).toEqual([
      { message: '3 pesanan dipindah', title: '', timeoutSeconds: 5 },
      { message: 'Laporan siap', title: 'Toko', timeoutSeconds: -1 },
    ]);
  });
});

describe('FakeWorkbook.userEdit', () => {
  it('a single-cell edit gives value and oldValue as strings; oldValue is absent when the cell was empty', () => {
    const { workbook } = newSpreadsheet();

    const first = workbook.userEdit('Sheet1', 'B2', '250000');
    const second = workbook.userEdit('Sheet1', 'B2', 'TRUE');

    expect(first.value).toBe('250000');
    expect('oldValue' in first).toBe(false);
    expect(second).toMatchObject({ value: 'TRUE', oldValue: '250000' });
    expect(first.range.getA1Notation()).toBe('B2');
  });

  it('a multi-cell edit has neither value nor oldValue', () => {
    const { workbook } = newSpreadsheet();

    const edit = workbook.userEdit('Sheet1', 'A1:B1', [['TK-0001', 'Siti']]);

    expect('value' in edit).toBe(false);
    expect('oldValue' in edit).toBe(false);
    expect(workbook.values('Sheet1')).toEqual([['TK-0001', 'Siti']]);
  });

  it('typing is parsed like setValues: a phone number loses its leading zero unless typed with an apostrophe', () => {
    const { workbook } = newSpreadsheet();

    workbook.userEdit('Sheet1', 'A1:B1', [['081234567890', "'081234567890"]]);

    expect(workbook.values('Sheet1')).toEqual([[81234567890, '081234567890']]);
  });

  it('clearing a cell gives no value but the oldValue', () => {
    const { workbook } = newSpreadsheet();
    workbook.userEdit('Sheet1', 'A1', 'Siti');

    const edit = workbook.userEdit('Sheet1', 'A1', '');

    expect('value' in edit).toBe(false);
    expect(edit.oldValue).toBe('Siti');
  });
});
