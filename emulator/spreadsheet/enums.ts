/** The enums of SpreadsheetApp, Ui and Charts. */
import { makeEnum } from '../enum-value';

/** SpreadsheetApp.DataValidationCriteria. */
export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
] as const);

/** SpreadsheetApp.ProtectionType. */
export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET'] as const);

/** SpreadsheetApp.BorderStyle. */
export const BorderStyle = makeEnum('BorderStyle', ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const);

/** SpreadsheetApp.WrapStrategy. */
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);

/** SpreadsheetApp.Dimension. */
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS'] as const);

/** Ui.Button: what the person clicked. */
export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);

/** Ui.ButtonSet: which buttons a dialog shows. */
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);

/** Charts.ChartType. */
export const ChartType = makeEnum('ChartType', [
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
] as const);
