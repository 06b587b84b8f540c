/** Serialises every read-modify-write of the spreadsheet behind the document lock. */
import { UserError } from '../domain/i18n';

/** How long an action waits for another one to finish before giving up with a message. */
const LOCK_WAIT_MS = 30000;

/**
 * Runs `body` holding the document lock; flushes pending writes before releasing it.
 * Throws a UserError (nothing changed) when another execution holds the lock for too long.
 */
export function withDocumentLock<T>(body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError({
      id: 'Toko sedang dipakai orang lain. Tunggu sebentar, lalu coba lagi. Tidak ada yang diubah.',
      en: 'Someone else is using Toko right now. Wait a moment, then try again. Nothing was changed.',
    });
  }
  try {
    const result = body();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
