/** The enums of the Apps Script services (ScriptApp, Utilities, HtmlService) and the global MimeType. */
import { makeEnum } from '../enum-value';

/** ScriptApp.AuthMode. */
export const AUTH_MODE = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
/** ScriptApp.EventType. */
export const EVENT_TYPE = makeEnum('EventType', ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
/** ScriptApp.TriggerSource. */
export const TRIGGER_SOURCE = makeEnum('TriggerSource', ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
/** ScriptApp.WeekDay (Base.Weekday), Sunday first as in Java's Calendar. */
export const WEEKDAY = makeEnum('Weekday', ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
/** ScriptApp.AuthorizationStatus. */
export const AUTHORIZATION_STATUS = makeEnum('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED']);
/** ScriptApp.InstallationSource. */
export const INSTALLATION_SOURCE = makeEnum('InstallationSource', ['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);
/** Utilities.DigestAlgorithm. */
export const DIGEST_ALGORITHM = makeEnum('DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
/** Utilities.Charset. */
export const CHARSET = makeEnum('Charset', ['US_ASCII', 'UTF_8']);
/** Utilities.MacAlgorithm. */
export const MAC_ALGORITHM = makeEnum('MacAlgorithm', ['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);
/** HtmlService.SandboxMode. */
export const SANDBOX_MODE = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
/** HtmlService.XFrameOptionsMode. */
export const XFRAME_OPTIONS_MODE = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

/** The global MimeType enum: in Apps Script its values are plain MIME strings. */
export const MIME_TYPE = Object.freeze({
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  JPEG: 'image/jpeg',
  JSON: 'application/json',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  PNG: 'image/png',
  ZIP: 'application/zip',
});
