/** The script-wide, document and per-user key-value stores that PropertiesService and CacheService share the shape of. */
import type { EmulatorState } from '../state';

/** One store for the script, one for the document and one per user, each a Map of keys to `V`. */
export class ScopedStores<V> {
  readonly script = new Map<string, V>();
  readonly document = new Map<string, V>();
  private readonly users = new Map<string, Map<string, V>>();

  /** The store of `email` (created empty on first use). */
  user(email: string): Map<string, V> {
    let store = this.users.get(email);
    if (!store) this.users.set(email, (store = new Map()));
    return store;
  }

  /** The running user's store: the execution's user, or the owner's where Apps Script hides the user (clock triggers run as their owner). */
  activeUser(state: EmulatorState): Map<string, V> {
    return this.user(state.effectiveUser());
  }
}
