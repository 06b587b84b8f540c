/** Who may run which action: fail closed, except that a shop with nobody listed is the owner working alone. */
import { Text } from './i18n';
import { Division } from '../sheets/schema';
import { Settings } from './settings';

/** The decision for one user and one action. */
export type Permission = { allowed: true } | { allowed: false; reason: Text };

/**
 * Allows the owner always; with a team listed, allows only a listed member of one of `divisions`;
 * with nobody listed, allows whoever runs it (the owner alone). A blank user is refused once a team exists.
 */
export function checkPermission(
  settings: Pick<Settings, 'team' | 'ownerEmail'>,
  user: string,
  owner: string,
  divisions: readonly Division[],
  action: string,
): Permission {
  const who = user.trim().toLowerCase();
  const owners = [settings.ownerEmail, owner.trim().toLowerCase()].filter((e) => e !== '');
  if (settings.team.length === 0) return { allowed: true };
  if (who === '') {
    return {
      allowed: false,
      reason: {
        id: `${action} ditolak: Toko tidak bisa membaca e-mail Anda. Buka sheet dengan akun Google yang terdaftar di Pengaturan.`,
        en: `${action} refused: Toko cannot read your e-mail address. Open the sheet with a Google account listed in Settings.`,
      },
    };
  }
  if (owners.includes(who)) return { allowed: true };
  const member = settings.team.find((m) => m.email === who);
  if (member && divisions.includes(member.division)) return { allowed: true };
  const needed = divisions.join(' / ');
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
