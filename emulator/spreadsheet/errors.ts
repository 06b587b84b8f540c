/** Errors thrown at the script, worded exactly as Apps Script words them. */

/** An `Error` named `Exception` whose message is Apps Script's text, as the script would catch it. */
export function appsScriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** The loud failure of a method the emulator does not model (never a silent no-op). */
export function notImplementedError(className: string, method: string): Error {
  const error = new Error(`Emulator: ${className}.${method} is not implemented`);
  error.name = 'Exception';
  return error;
}

/** Apps Script's type names for a method-signature error: number, String, Boolean, Object, null… */
function appsScriptTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'number[]'.replace('number', appsScriptTypeName(value[0]));
  return 'Object';
}

/** `The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.` */
export function signatureError(args: readonly unknown[], qualifiedMethod: string): Error {
  const types = args.map(appsScriptTypeName).join(',');
  return appsScriptError(`The parameters (${types}) don't match the method signature for ${qualifiedMethod}.`);
}
