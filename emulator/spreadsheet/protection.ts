/**
 * Protection of a sheet or a range. A new protection lists the spreadsheet's editors (Google's
 * Sheet.protect reference). Choices (Google leaves them open; see README): the owner is never listed, yet can always edit and cannot be removed (removeEditor(owner) is
 * ignored, no error); a warning-only protection lets everyone edit. Methods count as `Protection.<method>`.
 */
import { appsScriptError } from './errors';
import { ProtectionType } from './enums';
import { expose, unwrap } from './exposed';
import { GridArea, ProtectionModel, SheetModel } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

/**
 * A new, unremoved protection. Sheet.protect / Range.protect reference: "Until the script actually
 * changes the list of editors …, the permissions mirror those of the spreadsheet itself", so it starts
 * with the spreadsheet's editors (the owner, always able to edit, is not listed).
 */
export function createProtection(type: 'SHEET' | 'RANGE', sheet: SheetModel, area: GridArea, spreadsheetEditors: readonly string[]): ProtectionModel {
  return { type, sheet, area, description: '', warningOnly: false, editors: [...spreadsheetEditors], unprotected: [], domainEdit: true, removed: false };
}

/** A user as Protection.getEditors returns them. */
export class FakeUser implements Pick<User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

/** The e-mail of a User or an address given as text; anything else is Google's invalid-argument error. */
export function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  if (user && typeof (user as User).getEmail === 'function') return (user as User).getEmail();
  throw appsScriptError('Invalid argument: user');
}

/** Script-facing protection; see the file comment. */
export class FakeProtection
  implements Pick<Protection,
    | 'addEditor' | 'addEditors' | 'removeEditor' | 'removeEditors' | 'getEditors' | 'canEdit' | 'setWarningOnly'
    | 'isWarningOnly' | 'setDescription' | 'getDescription' | 'getProtectionType' | 'getRange' | 'remove'
    | 'setUnprotectedRanges' | 'getUnprotectedRanges' | 'canDomainEdit' | 'setDomainEdit'>
{
  constructor(private readonly env: SpreadsheetEnv, readonly protection: ProtectionModel) {}

  private self(): Protection {
    return this.env.factories.protection(this.protection);
  }

  addEditor(emailAddress: string | User): Protection {
    this.env.count('Protection.addEditor');
    this.add([emailOf(emailAddress)]);
    return this.self();
  }

  addEditors(emailAddresses: string[]): Protection {
    this.env.count('Protection.addEditors');
    this.add(emailAddresses.map(emailOf));
    return this.self();
  }

  private add(emails: string[]): void {
    for (const email of emails) {
      if (email !== this.env.model.owner && !this.protection.editors.includes(email)) this.protection.editors.push(email);
    }
  }

  removeEditor(emailAddress: string | User): Protection {
    this.env.count('Protection.removeEditor');
    this.dropEditors([emailOf(emailAddress)]);
    return this.self();
  }

  removeEditors(emailAddresses: Array<string | User>): Protection {
    this.env.count('Protection.removeEditors');
    this.dropEditors(emailAddresses.map(emailOf));
    return this.self();
  }

  private dropEditors(emails: string[]): void {
    this.protection.editors = this.protection.editors.filter((e) => !emails.includes(e));
  }

  getEditors(): User[] {
    this.env.count('Protection.getEditors');
    return this.protection.editors.map((email) => expose<User>(new FakeUser(email), 'User'));
  }

  /** True for the owner, a listed editor, or anyone when the protection only warns. */
  canEdit(): boolean {
    this.env.count('Protection.canEdit');
    const user = this.env.user();
    return this.protection.warningOnly || user === this.env.model.owner || this.protection.editors.includes(user);
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.env.count('Protection.setWarningOnly');
    this.protection.warningOnly = !!warningOnly;
    return this.self();
  }

  isWarningOnly(): boolean {
    this.env.count('Protection.isWarningOnly');
    return this.protection.warningOnly;
  }

  setDescription(description: string): Protection {
    this.env.count('Protection.setDescription');
    this.protection.description = String(description);
    return this.self();
  }

  getDescription(): string {
    this.env.count('Protection.getDescription');
    return this.protection.description;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.env.count('Protection.getProtectionType');
    return ProtectionType[this.protection.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.env.count('Protection.getRange');
    const { sheet } = this.protection;
    const area = this.protection.type === 'SHEET'
      ? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns }
      : this.protection.area;
    return this.env.factories.range(sheet, area);
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    this.env.count('Protection.setUnprotectedRanges');
    if (this.protection.type !== 'SHEET') throw appsScriptError('Emulator: setUnprotectedRanges applies to sheet protections only');
    this.protection.unprotected = ranges.map((range) => {
      const inner = unwrap<{ area: GridArea }>(range);
      if (!inner) throw appsScriptError('Invalid argument: ranges');
      return { ...inner.area };
    });
    return this.self();
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.env.count('Protection.getUnprotectedRanges');
    return this.protection.unprotected.map((area) => this.env.factories.range(this.protection.sheet, area));
  }

  canDomainEdit(): boolean {
    this.env.count('Protection.canDomainEdit');
    return this.protection.domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this.env.count('Protection.setDomainEdit');
    this.protection.domainEdit = !!editable;
    return this.self();
  }

  remove(): void {
    this.env.count('Protection.remove');
    const { sheet } = this.protection;
    this.protection.removed = true;
    if (sheet.sheetProtection === this.protection) sheet.sheetProtection = undefined;
    const at = sheet.rangeProtections.indexOf(this.protection);
    if (at >= 0) sheet.rangeProtections.splice(at, 1);
  }
}
