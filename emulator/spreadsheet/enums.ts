/** Apps Script enum values: objects whose `toString()` and `name()` give the constant's name. */

/** One enum constant, compared by identity as scripts do (`button === ui.Button.OK`). */
export class EnumValue {
  constructor(private readonly constantName: string, private readonly position: number) {}
  /** The constant's name, e.g. 'VALUE_IN_LIST'. */
  toString(): string {
    return this.constantName;
  }
  /** The constant's name, as Java-backed enums expose it. */
  name(): string {
    return this.constantName;
  }
  /** The constant's position in its enum. */
  ordinal(): number {
    return this.position;
  }
  /** JSON shows the name, as Logger does. */
  toJSON(): string {
    return this.constantName;
  }
}

/** An enum object with one frozen constant per name. */
export function makeEnum<N extends string>(names: readonly N[]): Readonly<Record<N, EnumValue>> {
  const result = {} as Record<N, EnumValue>;
  names.forEach((name, index) => {
    result[name] = new EnumValue(name, index);
  });
  return Object.freeze(result);
}

/** SpreadsheetApp.DataValidationCriteria. */
export const DataValidationCriteria = makeEnum([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
] as const);

/** SpreadsheetApp.ProtectionType. */
export const ProtectionType = makeEnum(['RANGE', 'SHEET'] as const);

/** SpreadsheetApp.BorderStyle. */
export const BorderStyle = makeEnum(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const);

/** SpreadsheetApp.WrapStrategy. */
export const WrapStrategy = makeEnum(['WRAP', 'OVERFLOW', 'CLIP'] as const);

/** SpreadsheetApp.Dimension. */
export const Dimension = makeEnum(['COLUMNS', 'ROWS'] as const);

/** Ui.Button: what the person clicked. */
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);

/** Ui.ButtonSet: which buttons a dialog shows. */
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);

/** Charts.ChartType. */
export const ChartType = makeEnum([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
] as const);
