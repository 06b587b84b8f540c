/** The spreadsheet's own key-value store (DocumentProperties): shared by every user of the sheet, at most 9 KB a value. */

/** The document's property store, asked once per use. */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}
