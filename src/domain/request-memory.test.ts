import { findRememberedSave, readRememberedSaves, rememberSave, RememberedSave } from './request-memory';

const aSave = (requestId: string, message = 'Pesanan Siti disimpan di CS · Pesanan baris 2.'): RememberedSave => ({
  requestId, at: 1000, rowNumber: 2, orderId: '', message: { id: message, en: message },
});

describe('remembered dialog saves', () => {
  it('a save remembered is found again by its request ID', () => {
    const stored = rememberSave([], aSave('pb-aaaaaaaa'));

    expect(findRememberedSave(readRememberedSaves(stored), 'pb-aaaaaaaa')).toMatchObject({ rowNumber: 2 });
    expect(findRememberedSave(readRememberedSaves(stored), 'pb-bbbbbbbb')).toBeUndefined();
  });

  it('keeps the newest twenty and stays far below the 9 KB a property holds', () => {
    let saves: RememberedSave[] = [];
    for (let i = 0; i < 50; i++) saves = readRememberedSaves(rememberSave(saves, aSave(`pb-${String(i).padStart(8, '0')}`, 'x'.repeat(1000))));

    const stored = rememberSave(saves, aSave('pb-last0000'));

    expect(stored.length).toBeLessThanOrEqual(7000);
    expect(readRememberedSaves(stored)[0].requestId).toBe('pb-last0000');
    expect(readRememberedSaves(stored).length).toBeLessThanOrEqual(20);
  });

  it('an unreadable stored value counts as nothing remembered', () => {
    expect(readRememberedSaves('{not json')).toEqual([]);
    expect(readRememberedSaves('{"a":1}')).toEqual([]);
    expect(readRememberedSaves(null)).toEqual([]);
  });
});
