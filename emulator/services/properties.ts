/**
 * PropertiesService: script, document (bound scripts only) and per-user stores of strings, with
 * Apps Script's limits (9 KB per value, 500 KB per store). Each method is a counted call.
 */
import type { EmulatorState } from '../state';
import { failLoudly, scriptError } from './errors';
import { ScopedStores } from './scoped-stores';

/** Apps Script's limit on one property value, in bytes. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
/** Apps Script's limit on one property store, in bytes. */
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

type PropertiesMethods = keyof GoogleAppsScript.Properties.Properties;

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

class FakeProperties implements Pick<GoogleAppsScript.Properties.Properties, PropertiesMethods> {
  constructor(private readonly state: EmulatorState, private readonly store: Map<string, string>) {}

  getProperty(key: string): string | null {
    this.state.recordCall('Properties.getProperty');
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): { [key: string]: string } {
    this.state.recordCall('Properties.getProperties');
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    this.state.recordCall('Properties.getKeys');
    return [...this.store.keys()];
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.state.recordCall('Properties.setProperty');
    this.write({ [key]: value }, false);
    return this.self();
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GoogleAppsScript.Properties.Properties {
    this.state.recordCall('Properties.setProperties');
    this.write(properties, deleteAllOthers);
    return this.self();
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.state.recordCall('Properties.deleteProperty');
    this.store.delete(String(key));
    return this.self();
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.state.recordCall('Properties.deleteAllProperties');
    this.store.clear();
    return this.self();
  }

  /** Checks every value first, so a failing call changes nothing. */
  private write(properties: Record<string, unknown>, deleteAllOthers: boolean): void {
    const entries = Object.keys(properties).map((key) => [key, String(properties[key])] as const);
    for (const [, value] of entries) {
      if (byteLength(value) > PROPERTY_VALUE_LIMIT_BYTES) throw scriptError('Argument too large: value');
    }
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += byteLength(key) + byteLength(value);
    if (total > PROPERTY_STORE_LIMIT_BYTES) {
      throw scriptError('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }

  private self(): GoogleAppsScript.Properties.Properties {
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

/** The stores behind PropertiesService, readable by tests without counting calls. */
export class PropertyStores extends ScopedStores<string> {}

/**
 * PropertiesService over `stores`. The user store is the active user's (the owner's when Apps
 * Script hides the user, e.g. in clock triggers, which run as their owner).
 */
export function createPropertiesService(
  state: EmulatorState,
  stores: PropertyStores,
  options: { bound?: boolean } = {},
): GoogleAppsScript.Properties.PropertiesService {
  const wrap = (store: Map<string, string>) =>
    failLoudly(new FakeProperties(state, store), 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
  const service = {
    getScriptProperties(): GoogleAppsScript.Properties.Properties {
      state.recordCall('PropertiesService.getScriptProperties');
      return wrap(stores.script);
    },
    getDocumentProperties(): GoogleAppsScript.Properties.Properties {
      state.recordCall('PropertiesService.getDocumentProperties');
      return (options.bound === false ? null : wrap(stores.document)) as GoogleAppsScript.Properties.Properties;
    },
    getUserProperties(): GoogleAppsScript.Properties.Properties {
      state.recordCall('PropertiesService.getUserProperties');
      return wrap(stores.activeUser(state));
    },
  };
  return failLoudly(service, 'PropertiesService');
}
