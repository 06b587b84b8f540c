/**
 * SpreadsheetApp.newDataValidation() and the DataValidation it builds. Both are local value objects:
 * their methods are not counted as service calls.
 */
import { DataValidationRule } from './data-validation-rule';
import { EnumValue } from '../enum-value';
import { DataValidationCriteria } from './enums';
import { appsScriptError } from './errors';
import { expose, unwrap } from './exposed';

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? [...v] : v));
}

/** A built rule, as Range.getDataValidation returns it. */
export class FakeDataValidation
  implements Pick<Validation, 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText' | 'copy'>
{
  constructor(readonly rule: DataValidationRule) {}

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.rule.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): any[] {
    return copyValues(this.rule.values);
  }

  /** Google returns null when no help text was set. */
  getHelpText(): string {
    return (this.rule.helpText === '' ? null : this.rule.helpText) as string;
  }

  copy(): Builder {
    return newDataValidationBuilder(this.rule);
  }
}

/** The script-facing DataValidation for a stored rule. */
export function exposeDataValidation(rule: DataValidationRule): Validation {
  return expose<Validation>(new FakeDataValidation(rule), 'DataValidation');
}

/** The stored rule behind a DataValidation the script passes in; throws for anything else. */
export function ruleOf(validation: unknown, method: string): DataValidationRule {
  const fake = unwrap<FakeDataValidation>(validation);
  if (!(fake instanceof FakeDataValidation)) {
    throw appsScriptError(`The parameters (Object) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  return fake.rule;
}

/** The builder behind newDataValidation() and DataValidation.copy(). */
export class FakeDataValidationBuilder
  implements Pick<Builder,
    | 'requireValueInList' | 'requireNumberGreaterThan' | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberLessThan'
    | 'requireNumberLessThanOrEqualTo' | 'requireNumberBetween' | 'requireNumberEqualTo' | 'requireCheckbox'
    | 'requireTextIsEmail' | 'setAllowInvalid' | 'setHelpText' | 'build' | 'copy' | 'getAllowInvalid'
    | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText' | 'withCriteria'>
{
  private criteria: EnumValue | undefined;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(from?: DataValidationRule) {
    if (from) {
      this.criteria = from.criteria;
      this.values = copyValues(from.values);
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private self(): Builder {
    return expose<Builder>(this, 'DataValidationBuilder');
  }

  private set(criteria: EnumValue, values: unknown[]): Builder {
    this.criteria = criteria;
    this.values = values;
    return this.self();
  }

  /** Values become strings (`9` → '9', `false` → 'false'); the dropdown shows unless told otherwise. */
  requireValueInList(values: any[], showDropdown?: boolean): Builder {
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [values.map((v) => String(v)), showDropdown ?? true]);
  }

  requireNumberGreaterThan(number: number): Builder {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN, [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }

  requireNumberLessThan(number: number): Builder {
    return this.set(DataValidationCriteria.NUMBER_LESS_THAN, [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): Builder {
    return this.set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [number]);
  }

  requireNumberBetween(start: number, end: number): Builder {
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  requireNumberEqualTo(number: number): Builder {
    return this.set(DataValidationCriteria.NUMBER_EQUAL_TO, [number]);
  }

  requireCheckbox(): Builder {
    return this.set(DataValidationCriteria.CHECKBOX, []);
  }

  requireTextIsEmail(): Builder {
    return this.set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: any[]): Builder {
    return this.set(criteria as unknown as EnumValue, [...args]);
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.allowInvalid = !!allowInvalidData;
    return this.self();
  }

  setHelpText(helpText: string): Builder {
    this.helpText = String(helpText);
    return this.self();
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): any[] {
    return copyValues(this.values);
  }

  getHelpText(): string {
    return (this.helpText === '' ? null : this.helpText) as string;
  }

  copy(): Builder {
    return newDataValidationBuilder(this.snapshot());
  }

  build(): Validation {
    return exposeDataValidation(this.snapshot());
  }

  private snapshot(): DataValidationRule {
    if (!this.criteria) throw appsScriptError('Emulator: a data validation rule needs a criterion before build()');
    return { criteria: this.criteria, values: copyValues(this.values), allowInvalid: this.allowInvalid, helpText: this.helpText };
  }
}

/** A new builder, empty or copied from a rule. */
export function newDataValidationBuilder(from?: DataValidationRule): Builder {
  return expose<Builder>(new FakeDataValidationBuilder(from), 'DataValidationBuilder');
}
