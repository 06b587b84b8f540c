export function shopName(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getName();
}
