/** A data-validation rule as the workbook stores it, and whether a value satisfies it. */
import { CellValue, StoredDate } from './cell-value';
import { EnumValue } from '../enum-value';

/** One rule: criteria, its values (as getCriteriaValues returns them), allowInvalid, help text. */
export interface DataValidationRule {
  readonly criteria: EnumValue;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

/** Whether a stored value passes the rule; criteria the emulator does not check always pass. */
export function satisfiesRule(rule: DataValidationRule, value: CellValue | undefined): boolean {
  if (value === undefined) return true;
  const numeric = typeof value === 'number' ? value : undefined;
  switch (rule.criteria.toString()) {
    case 'VALUE_IN_LIST': {
      const list = rule.values[0] as string[];
      const text = value instanceof StoredDate ? undefined : String(value === true ? 'TRUE' : value === false ? 'FALSE' : value);
      return text !== undefined && list.some((item) => item.toLowerCase() === text.toLowerCase());
    }
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'NUMBER_GREATER_THAN':
      return numeric !== undefined && numeric > Number(rule.values[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return numeric !== undefined && numeric >= Number(rule.values[0]);
    case 'NUMBER_LESS_THAN':
      return numeric !== undefined && numeric < Number(rule.values[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return numeric !== undefined && numeric <= Number(rule.values[0]);
    case 'NUMBER_BETWEEN':
      return numeric !== undefined && numeric >= Number(rule.values[0]) && numeric <= Number(rule.values[1]);
    case 'NUMBER_EQUAL_TO':
      return numeric !== undefined && numeric === Number(rule.values[0]);
    default:
      return true;
  }
}
