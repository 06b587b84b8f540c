import { isPackingChecked } from './packing-check';
import { planPack } from './plan-pack';
import { aConfirmedOrder, orderRows, planEnv } from '../../test/e2e/pipeline-fixtures';

const waiting = (orderId: string, checked: string | boolean) => aConfirmedOrder(orderId, { paymentStatus: 'Lunas', fulfilment: 'Menunggu packing', checked });

describe('the packing check at Tandai dikemas', () => {
  it('packs the checked order and leaves the unchecked one waiting, saying what to check', () => {
    const plan = planPack({ selected: orderRows([waiting('TK-2611-0001', 'Ya'), waiting('TK-2611-0002', '')]), packingCheck: 'required' }, planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.sourceUpdates.map((u) => u.rowNumber)).toEqual([2]);
    expect(plan.skipped.map((s) => s.reason.id)).toEqual([
      'Baris 3 (TK-2611-0002): belum dicek — cocokkan warna/varian dan jumlah tiap item dengan packing list dan varian yang dikonfirmasi pelanggan, isi kolom Dicek = Ya, lalu Tandai dikemas lagi',
    ]);
  });

  it('refuses Belum and Tidak as much as a blank cell', () => {
    const plan = planPack({ selected: orderRows([waiting('TK-2611-0001', 'Belum'), waiting('TK-2611-0002', 'tidak')]), packingCheck: 'required' }, planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped).toHaveLength(2);
  });

  it('an already packed order says so before asking for the check, so a click again after a failure reads right', () => {
    const plan = planPack({ selected: orderRows([aConfirmedOrder('TK-2611-0001', { fulfilment: 'Sudah dikemas', checked: '' })]), packingCheck: 'required' }, planEnv());

    expect(plan.skipped[0].reason.id).toBe('Baris 2 (TK-2611-0001): sudah dikemas sebelumnya');
  });

  it('on a sheet without the Dicek column (Setup not rerun) packs as before and says to run Setup', () => {
    const plan = planPack({ selected: orderRows([waiting('TK-2611-0001', '')]), packingCheck: 'no-column' }, planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.warnings[0].id).toContain('Jalankan Toko → Setup');
  });
});

describe('isPackingChecked', () => {
  it.each([['Ya', true], ['ya ', true], ['Y', true], ['yes', true], ['Sudah', true], ['✓', true], [true, true], ['', false], ['Belum', false], ['Tidak', false], [false, false], ['nanti', false]] as const)(
    'reads %p as %p',
    (cell, expected) => {
      expect(isPackingChecked(cell)).toBe(expected);
    },
  );
});
