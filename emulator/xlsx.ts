/**
 * Saving an emulated workbook as .xlsx (so a person can open what the system did) and loading one
 * back: values (dates on the spreadsheet's wall clock), formulas with their last value, number
 * formats, list and number validations, frozen panes, tab colours, column widths, bold and
 * backgrounds, hidden sheets and columns, and sheet order. Charts and protections are saved as
 * xlsx-extras.ts describes (a chart as its marked data, protections without their editor lists) and
 * not loaded. See spreadsheet/README.md for what is not kept.
 */
import ExcelJS from 'exceljs';
import type { EmulatorState } from './state';
import { createSpreadsheetApp, FakeWorkbook } from './spreadsheet';
import { parseA1 } from './spreadsheet/a1-notation';
import { StoredDate } from './spreadsheet/cell-value';
import { DataValidationRule } from './spreadsheet/data-validation-rule';
import { DataValidationCriteria } from './spreadsheet/enums';
import { FormulaError } from './spreadsheet/formula';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, SheetModel } from './spreadsheet/sheet-model';
import { fromWallMs, toWallMs } from './time-zone';
import { WorkbookModel } from './spreadsheet/workbook-model';
import { writeChartsAndProtections, XlsxExportNotes } from './xlsx-extras';

/** The number format written for a date cell that has none; read back as "no format". */
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';
/** Excel column width units per pixel (a default 100 px column is about 14.3 characters). */
const PIXELS_PER_WIDTH_UNIT = 7;
const LOCALE_SUBJECT_PREFIX = 'locale:';
/** The file's keywords name the sheets the export added (JSON after this prefix), so a load skips them. */
const ADDED_SHEETS_PREFIX = 'toko-added-sheets:';

function toArgb(color: string): string | undefined {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return hex ? `FF${hex[1].toUpperCase()}` : undefined;
}

function fromArgb(argb: string | undefined): string | null {
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null;
}

function excelValidation(rule: DataValidationRule): ExcelJS.DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: !rule.allowInvalid, showInputMessage: !!rule.helpText, prompt: rule.helpText || undefined };
  const values = rule.values;
  switch (rule.criteria.toString()) {
    case 'VALUE_IN_LIST':
      return { ...common, type: 'list', formulae: [`"${(values[0] as string[]).join(',')}"`] };
    case 'NUMBER_BETWEEN':
      return { ...common, type: 'decimal', operator: 'between', formulae: [values[0], values[1]] };
    case 'NUMBER_GREATER_THAN':
      return { ...common, type: 'decimal', operator: 'greaterThan', formulae: [values[0]] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [values[0]] };
    case 'NUMBER_LESS_THAN':
      return { ...common, type: 'decimal', operator: 'lessThan', formulae: [values[0]] };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'lessThanOrEqual', formulae: [values[0]] };
    case 'NUMBER_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'equal', formulae: [values[0]] };
    default:
      return undefined;
  }
}

const OPERATOR_CRITERIA: Record<string, keyof typeof DataValidationCriteria> = {
  between: 'NUMBER_BETWEEN',
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  equal: 'NUMBER_EQUAL_TO',
};

function ruleFromExcel(validation: ExcelJS.DataValidation): DataValidationRule | undefined {
  const allowInvalid = validation.showErrorMessage !== true;
  const helpText = validation.prompt ?? '';
  if (validation.type === 'list') {
    const formula = String(validation.formulae?.[0] ?? '');
    if (!formula.startsWith('"')) return undefined;
    const items = formula.slice(1, -1).split(',');
    return { criteria: DataValidationCriteria.VALUE_IN_LIST, values: [items, true], allowInvalid, helpText };
  }
  if ((validation.type === 'decimal' || validation.type === 'whole') && validation.operator && OPERATOR_CRITERIA[validation.operator]) {
    return {
      criteria: DataValidationCriteria[OPERATOR_CRITERIA[validation.operator]],
      values: (validation.formulae ?? []).map(Number),
      allowInvalid,
      helpText,
    };
  }
  return undefined;
}

function writeSheet(book: ExcelJS.Workbook, model: WorkbookModel, sheet: SheetModel): ExcelJS.Worksheet {
  const tabArgb = sheet.tabColor ? toArgb(sheet.tabColor) : undefined;
  const worksheet = book.addWorksheet(sheet.name, {
    properties: tabArgb ? { tabColor: { argb: tabArgb } } : {},
    views: sheet.frozenRows || sheet.frozenColumns
      ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [],
    state: sheet.hidden ? 'hidden' : 'visible',
  });
  for (const [column, px] of sheet.columnWidths) worksheet.getColumn(column).width = px / PIXELS_PER_WIDTH_UNIT;
  for (const column of sheet.hiddenColumns) worksheet.getColumn(column).hidden = true;
  const rows = Math.max(sheet.lastRow(), sheet.formats.usedRows(), sheet.validations.usedRows());
  const columns = Math.max(sheet.lastColumn(), sheet.formats.usedColumns(), sheet.validations.usedColumns());
  const bold = sheet.styles.get('fontWeight');
  const background = sheet.styles.get('background');
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const formula = sheet.formulas.get(r - 1, c - 1);
      const stored = sheet.values.get(r - 1, c - 1);
      const format = sheet.formats.get(r - 1, c - 1);
      const rule = sheet.validations.get(r - 1, c - 1);
      const isBold = bold?.get(r - 1, c - 1) === 'bold';
      const fill = background?.get(r - 1, c - 1);
      if (formula === undefined && stored === undefined && !format && !rule && !isBold && !fill) continue;
      const cell = worksheet.getCell(r, c);
      if (formula !== undefined) {
        const computed = model.computed(sheet, r, c);
        const result = computed instanceof FormulaError
          ? { error: computed.code as ExcelJS.CellErrorValue['error'] }
          : computed instanceof StoredDate ? new Date(toWallMs(computed.ms, model.timeZone)) : computed;
        cell.value = { formula: formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
      } else if (stored instanceof StoredDate) {
        cell.value = new Date(toWallMs(stored.ms, model.timeZone));
        if (!format) cell.numFmt = DEFAULT_DATE_FORMAT;
      } else if (stored !== undefined) {
        cell.value = stored;
      }
      if (format) cell.numFmt = format;
      if (rule) {
        const validation = excelValidation(rule);
        if (validation) cell.dataValidation = validation;
      }
      if (isBold) cell.font = { bold: true };
      const argb = typeof fill === 'string' ? toArgb(fill) : undefined;
      if (argb) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    }
  }
  return worksheet;
}

/** Writes the workbook to `path` as .xlsx; returns what became of its charts and protections (also said in the file's last sheet). */
export async function saveWorkbookXlsx(workbook: FakeWorkbook, path: string): Promise<XlsxExportNotes> {
  const model = workbook.model;
  const book = new ExcelJS.Workbook();
  book.title = model.name;
  book.subject = `${LOCALE_SUBJECT_PREFIX}${model.localeCode}`;
  const sheets = model.sheets.map((sheet) => ({ sheet, worksheet: writeSheet(book, model, sheet) }));
  const notes = await writeChartsAndProtections(book, model, sheets);
  book.keywords = `${ADDED_SHEETS_PREFIX}${JSON.stringify(notes.addedSheets)}`;
  await book.xlsx.writeFile(path);
  return notes;
}

/** The sheets a saved file's export added, which are no part of the spreadsheet. */
function addedSheets(book: ExcelJS.Workbook): Set<string> {
  const keywords = book.keywords ?? '';
  if (!keywords.startsWith(ADDED_SHEETS_PREFIX)) return new Set();
  try {
    return new Set(JSON.parse(keywords.slice(ADDED_SHEETS_PREFIX.length)) as string[]);
  } catch {
    return new Set();
  }
}

function readCell(cell: ExcelJS.Cell, sheet: SheetModel, timeZone: string): void {
  const r = Number(cell.row) - 1;
  const c = Number(cell.col) - 1;
  const value = cell.value;
  const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (format && !(value instanceof Date && format === DEFAULT_DATE_FORMAT)) sheet.formats.set(r, c, format);
  if (value === null || value === undefined) return;
  if (value instanceof Date) {
    sheet.values.set(r, c, new StoredDate(fromWallMs(value.getTime(), timeZone)));
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    sheet.values.set(r, c, value);
  } else if (typeof value === 'string') {
    if (value !== '') sheet.values.set(r, c, value);
  } else if ('formula' in value || 'sharedFormula' in value) {
    const formula = cell.formula;
    if (formula) sheet.formulas.set(r, c, `=${formula}`);
  } else if ('richText' in value) {
    sheet.values.set(r, c, value.richText.map((part) => part.text).join(''));
  } else if ('text' in value) {
    sheet.values.set(r, c, String(value.text));
  } else if ('error' in value) {
    sheet.values.set(r, c, value.error);
  }
}

/** Reads an .xlsx written by saveWorkbookXlsx (or any simple workbook) into a new emulated spreadsheet. */
export async function loadWorkbookXlsx(path: string, state: EmulatorState): Promise<ReturnType<typeof createSpreadsheetApp>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const subject = book.subject ?? '';
  const locale = subject.startsWith(LOCALE_SUBJECT_PREFIX) ? subject.slice(LOCALE_SUBJECT_PREFIX.length) : undefined;
  const app = createSpreadsheetApp(state, { name: book.title || undefined, locale });
  const model = app.workbook.model;
  const skipped = addedSheets(book);
  book.worksheets.filter((worksheet) => !skipped.has(worksheet.name)).forEach((worksheet, index) => {
    const sheet = index === 0 ? model.sheets[0] : model.addSheet(worksheet.name, index);
    sheet.name = worksheet.name;
    sheet.tabColor = fromArgb(worksheet.properties.tabColor?.argb);
    sheet.hidden = worksheet.state !== 'visible';
    const frozen = (worksheet.views ?? []).find((view) => view.state === 'frozen') as ExcelJS.WorksheetViewFrozen | undefined;
    sheet.frozenRows = frozen?.ySplit ?? 0;
    sheet.frozenColumns = frozen?.xSplit ?? 0;
    sheet.maxRows = Math.max(NEW_SHEET_ROWS, worksheet.rowCount);
    sheet.maxColumns = Math.max(NEW_SHEET_COLUMNS, worksheet.columnCount);
    worksheet.columns?.forEach((column, c) => {
      if (column.width !== undefined) sheet.columnWidths.set(c + 1, Math.round(column.width * PIXELS_PER_WIDTH_UNIT));
      if (column.hidden) sheet.hiddenColumns.add(c + 1);
    });
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        readCell(cell, sheet, model.timeZone);
        const r = Number(cell.row) - 1;
        const c = Number(cell.col) - 1;
        if (cell.font?.bold) sheet.style('fontWeight').set(r, c, 'bold');
        const fill = cell.fill;
        if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
          const color = fromArgb(fill.fgColor?.argb);
          if (color) sheet.style('background').set(r, c, color);
        }
      });
    });
    // Validations of empty cells have no cell to visit; exceljs keeps them per address.
    const validations = (worksheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
      .dataValidations.model;
    for (const [address, validation] of Object.entries(validations)) {
      const at = parseA1(address);
      const rule = validation ? ruleFromExcel(validation) : undefined;
      if (!rule || !at || at.startRow === undefined || at.startColumn === undefined) continue;
      for (let r = at.startRow; r <= (at.endRow ?? at.startRow); r++) {
        for (let c = at.startColumn; c <= (at.endColumn ?? at.startColumn); c++) sheet.validations.set(r - 1, c - 1, rule);
      }
    }
  });
  model.activeSheet = model.sheets[0];
  return app;
}
