/**
 * The dialog saves Toko remembers, so a save clicked twice (or resent by a flaky connection) writes
 * one row: the page sends the same request ID with every try, and the server answers a known ID
 * with the first answer instead of saving again. Kept as one small JSON value (a property holds 9 KB).
 */
import { Text } from './i18n';

/** One save as remembered: its request ID, when, and what the person was told. */
export interface RememberedSave {
  readonly requestId: string;
  readonly at: number;
  readonly rowNumber: number;
  readonly orderId: string;
  readonly message: Text;
}

/** The most saves remembered: a double click comes within seconds, so the last few are plenty. */
const MAX_SAVES = 20;
/** Stay well under the 9 KB a property value may hold. */
const MAX_CHARS = 7000;
/** A remembered message is cut to this length (the first answer's gist is enough for a repeat). */
const MAX_MESSAGE = 240;

const cut = (value: string): string => (value.length > MAX_MESSAGE ? `${value.slice(0, MAX_MESSAGE - 1)}…` : value);

/** The remembered saves in a stored value; anything unreadable counts as none remembered. */
export function readRememberedSaves(stored: string | null | undefined): RememberedSave[] {
  if (!stored) return [];
  try {
    const parsed = JSON.parse(stored) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is RememberedSave =>
        typeof entry === 'object' && entry !== null && typeof entry.requestId === 'string' && typeof entry.rowNumber === 'number' && typeof entry.message?.id === 'string',
    );
  } catch {
    return [];
  }
}

/** The earlier save with this request ID, if remembered. */
export function findRememberedSave(saves: readonly RememberedSave[], requestId: string): RememberedSave | undefined {
  return saves.find((save) => save.requestId === requestId);
}

/** The value to store after a new save: the newest first, the oldest dropped to stay within count and size. */
export function rememberSave(saves: readonly RememberedSave[], save: RememberedSave): string {
  const kept = [{ ...save, message: { id: cut(save.message.id), en: cut(save.message.en) } }, ...saves.filter((s) => s.requestId !== save.requestId)].slice(0, MAX_SAVES);
  let stored = JSON.stringify(kept);
  while (stored.length > MAX_CHARS && kept.length > 1) {
    kept.pop();
    stored = JSON.stringify(kept);
  }
  return stored;
}
