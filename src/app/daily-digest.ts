/**
 * The owner's evening digest (docs/management.md, "The evening digest"): one daily trigger at the hour in
 * Pengaturan (`Jam ringkasan harian`, default 20.00 WIB), installed with the report's triggers by
 * **Aktifkan laporan bulanan otomatis** — `atHour(h).nearMinute(m).inTimezone('Asia/Jakarta')`, so Google
 * runs it within about a quarter of an hour of that time, WIB whatever the script's own zone. The hour
 * is read when the triggers are installed: installing again (after the owner changes the hour) deletes
 * this user's old digest trigger first, so there is always one. The installed hour is kept in the
 * document's properties; a run whose Pengaturan names another hour says so in the mail.
 *
 * A run, under the document lock: builds the dashboard, writes the digest to the Outbox when it is due
 * (digestDue) under the day's key (`ringkasan-yyyy-MM-dd`) before the dashboard sheet is rebuilt with the
 * same figures, then sends. A rerun that day (a failure at any call, a second trigger) finds the key in
 * the Outbox and mails nothing again; the hourly retry sends a digest the quota held back.
 */
import { digestDue, digestMailId, renderDigestMail } from '../domain/daily-digest';
import { renderDashboardSheet } from '../domain/dashboard-render';
import { Text } from '../domain/i18n';
import { DigestTime, Settings } from '../domain/settings';
import { formatTimeOfDay, TimeOfDay } from '../domain/typed-figures';
import { nowMs } from '../gas/clock';
import { documentProperties } from '../gas/properties';
import { withDocumentLock } from '../gas/lock';
import { DASHBOARD_SHEET_NAME } from '../sheets/schema';
import { loadDashboard, writeDashboardSheet } from './dashboard';
import { Outbox } from './outbox';
import { readSettings } from './settings';

/** The entry point of the evening digest trigger (exported by src/main.ts under this name). */
export const DIGEST_HANDLER = 'dailyDigestTrigger';
/** Document property holding the time the digest trigger was installed for (`20.00`). */
export const DIGEST_TIME_KEY = 'toko.digestTime';
/** The zone the trigger's hour is in. */
const DIGEST_TIME_ZONE = 'Asia/Jakarta';

/** Creates the digest trigger at `time` WIB and records that time; the caller has deleted the old one (installReportTriggers). */
export function installDigestTrigger(time: TimeOfDay): void {
  ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyDays(1).atHour(time.hour).nearMinute(time.minute).inTimezone(DIGEST_TIME_ZONE).create();
  documentProperties().setProperty(DIGEST_TIME_KEY, formatTimeOfDay(time));
}

/** What the install message says of the digest: its time, and the setting it could not read. */
export function digestInstalledText(time: DigestTime): Text {
  const at = formatTimeOfDay(time);
  const unreadable: Text = time.unreadable
    ? { id: ` Jam ringkasan harian "${time.unreadable}" di Pengaturan tidak terbaca, jadi dipakai ${at}; ketik mis. 20.00 atau jam 8 malam, lalu jalankan ini lagi.`, en: ` The digest hour "${time.unreadable}" in Settings cannot be read, so ${at} is used; type e.g. 20.00, then run this again.` }
    : { id: '', en: '' };
  return {
    id: `Dashboard Manajemen diperbarui tiap hari pukul 06.00 WIB; ringkasan harian dikirim ke pemilik pukul ${at} WIB.${unreadable.id}`,
    en: `The management dashboard is rebuilt daily at 06.00 WIB; the daily digest is mailed to the owner at ${at} WIB.${unreadable.en}`,
  };
}

/** The owner's address for the digest: Pengaturan's Email pemilik, else the spreadsheet's owner. */
function ownerAddress(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): string {
  if (settings.ownerEmail) return settings.ownerEmail;
  const owner = ss.getOwner();
  return owner ? owner.getEmail().toLowerCase() : '';
}

/** Notes for the mail when the hour in Pengaturan is not the installed one, or cannot be read. */
function hourNotes(settings: Settings, installed: string | null): Text[] {
  const wanted = formatTimeOfDay(settings.digestTime);
  const notes: Text[] = [];
  if (settings.digestTime.unreadable) {
    notes.push({ id: `Jam ringkasan harian "${settings.digestTime.unreadable}" di Pengaturan tidak terbaca — ketik mis. 20.00 atau jam 8 malam.`, en: `The digest hour "${settings.digestTime.unreadable}" in Settings cannot be read — type e.g. 20.00.` });
  } else if (installed !== null && installed !== wanted) {
    notes.push({
      id: `Jam ringkasan harian di Pengaturan sekarang ${wanted}, tetapi pemicunya masih pukul ${installed}. Jalankan Toko → Aktifkan laporan bulanan otomatis sekali lagi agar pindah (pemicu lama diganti, tidak dobel).`,
      en: `The digest hour in Settings is now ${wanted}, but its trigger still runs at ${installed}. Run Toko → Turn on the monthly report once more to move it (the old trigger is replaced, never doubled).`,
    });
  }
  return notes;
}

/** The digest run (see the file comment); returns whether a digest was queued. */
export function produceDailyDigest(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, now: number, outbox: Outbox, installedTime: string | null): boolean {
  const dashboard = loadDashboard(ss, settings, now);
  let queued = false;
  if (digestDue(dashboard, settings.dailyDigest)) {
    const to = ownerAddress(ss, settings);
    if (to) {
      const mail = renderDigestMail(dashboard, settings.language, ss.getUrl(), hourNotes(settings, installedTime));
      outbox.persist([{ id: digestMailId(dashboard), to: [to], ...mail, reference: DASHBOARD_SHEET_NAME }]);
      queued = true;
    }
  }
  writeDashboardSheet(ss, renderDashboardSheet(dashboard, settings.language));
  return queued;
}

/** The evening trigger, under the document lock; errors show in Executions. */
export function dailyDigestOnSchedule(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    const settings = readSettings(ss);
    const now = nowMs();
    const outbox = new Outbox(ss, now);
    produceDailyDigest(ss, settings, now, outbox, documentProperties().getProperty(DIGEST_TIME_KEY));
    outbox.deliver();
  });
}
