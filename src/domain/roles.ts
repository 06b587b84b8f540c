/** Who may run which action: fail closed, except that a shop with nobody listed is the owner working alone. */
import { Text } from './i18n';
import { Division } from '../sheets/schema';
import { Settings } from './settings';

/** The decision for one user and one action. */
export type Permission = { allowed: true } | { allowed: false; reason: Text };

/**
 * Allows the owner (the spreadsheet's owner, or the one named in Pengaturan) always; a listed member
 * of one of `divisions`; nobody else. With nobody listed the owner works alone: a stranger the sheet
 * was shared with is refused. No `divisions` means the owner only. A user Apps Script does not
 * reveal (blank) is refused everywhere.
 * `owner` is asked only when needed (it costs a service call).
 */
export function checkPermission(
  settings: Pick<Settings, 'team' | 'ownerEmail'>,
  user: string,
  owner: string | (() => string),
  divisions: readonly Division[],
  action: string,
): Permission {
  const who = user.trim().toLowerCase();
  if (who === '') {
    return {
      allowed: false,
      reason: {
        id: `${action} ditolak: Toko tidak bisa membaca e-mail Anda. Buka sheet dengan akun Google yang terdaftar di Pengaturan.`,
        en: `${action} refused: Toko cannot read your e-mail address. Open the sheet with a Google account listed in Settings.`,
      },
    };
  }
  if (settings.ownerEmail !== '' && settings.ownerEmail.trim().toLowerCase() === who) return { allowed: true };
  const member = settings.team.find((m) => m.email === who);
  if (member && divisions.includes(member.division)) return { allowed: true };
  const spreadsheetOwner = (typeof owner === 'function' ? owner() : owner).trim().toLowerCase();
  if (spreadsheetOwner !== '' && spreadsheetOwner === who) return { allowed: true };
  if (divisions.length === 0) {
    return {
      allowed: false,
      reason: {
        id: `${action} ditolak: hanya pemilik toko yang boleh menjalankannya (${who} bukan pemilik spreadsheet ini).`,
        en: `${action} refused: only the shop owner may run it (${who} is not this spreadsheet's owner).`,
      },
    };
  }
  const needed = divisions.join(' / ');
  if (settings.team.length === 0) {
    return {
      allowed: false,
      reason: {
        id: `${action} ditolak: belum ada tim di Pengaturan, jadi hanya pemilik toko yang boleh menjalankannya. Minta pemilik menambahkan ${who} ke divisi ${needed}.`,
        en: `${action} refused: no team is listed in Settings yet, so only the shop owner may run it. Ask the owner to add ${who} to the ${needed} division.`,
      },
    };
  }
  return {
    allowed: false,
    reason: member
      ? {
          id: `${action} hanya untuk divisi ${needed}. ${who} terdaftar di divisi ${member.division}.`,
          en: `${action} is for the ${needed} division only. ${who} is listed in ${member.division}.`,
        }
      : {
          id: `${action} ditolak: ${who} tidak terdaftar di Pengaturan. Minta pemilik toko menambahkan Anda ke divisi ${needed}.`,
          en: `${action} refused: ${who} is not listed in Settings. Ask the owner to add you to the ${needed} division.`,
        },
  };
}
