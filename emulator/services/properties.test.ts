import { expectException } from './expect-exception';
import { EmulatorState } from '../state';
import { PropertyStores, createPropertiesService } from './properties';

function setup(bound = true) {
  const state = new EmulatorState({ now: Date.UTC(2026, 10, 28, 2) });
  const stores = new PropertyStores();
  return { state, stores, service: createPropertiesService(state, stores, { bound }) };
}

describe('PropertiesService', () => {
  it('getProperty of a missing key is null', () => {
    expect(setup().service.getScriptProperties().getProperty('missing')).toBeNull();
  });

  it('stores values as strings', () => {
    const props = setup().service.getScriptProperties();

    props.setProperty('n', 5 as unknown as string);

    expect(props.getProperty('n')).toBe('5');
  });

  it('getProperties returns a copy', () => {
    const props = setup().service.getScriptProperties();
    props.setProperty('shop', 'Toko Bunga');

    const copy = props.getProperties();
    copy.shop = 'changed';

    expect(props.getProperty('shop')).toBe('Toko Bunga');
  });

  it('setProperties(obj, true) deletes all others', () => {
    const props = setup().service.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });

    props.setProperties({ c: '3' }, true);

    expect(props.getKeys()).toEqual(['c']);
  });

  it('a value over 9 KB throws "Argument too large: value" and changes nothing', () => {
    const props = setup().service.getScriptProperties();

    expectException(() => props.setProperties({ ok: 'x', big: 'x'.repeat(9 * 1024 + 1) }), 'Argument too large: value');
    expect(props.getKeys()).toEqual([]);
    expect(() => props.setProperty('exact', 'x'.repeat(9 * 1024))).not.toThrow();
  });

  it('a store over 500 KB is refused with the storage-quota text and keeps what it had', () => {
    const props = setup().service.getScriptProperties();
    const eightKb = 'x'.repeat(8 * 1024);
    const fill: Record<string, string> = {};
    for (let i = 0; i < 62; i++) fill[`k${String(i).padStart(2, '0')}`] = eightKb; // 62 × (3 + 8192) bytes ≈ 496 KB
    props.setProperties(fill);

    expectException(() => props.setProperty('k62', eightKb), 'You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(props.getKeys()).toHaveLength(62);
    expect(props.getProperty('k62')).toBeNull();
  });

  it('getDocumentProperties is null when the script is not bound', () => {
    expect(setup(false).service.getDocumentProperties()).toBeNull();
    expect(setup(true).service.getDocumentProperties()).not.toBeNull();
  });

  it('deleteProperty and deleteAllProperties remove keys', () => {
    const props = setup().service.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });

    props.deleteProperty('a');
    expect(props.getKeys()).toEqual(['b']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('user properties are per user', () => {
    const { state, service } = setup();
    state.runExecution({ mode: 'menu', user: 'cs@toko.test' }, () => service.getUserProperties().setProperty('lang', 'en'));

    const ownerLang = state.runExecution({ mode: 'menu' }, () => service.getUserProperties().getProperty('lang'));

    expect(ownerLang).toBeNull();
  });
});
