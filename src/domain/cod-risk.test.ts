import { codApprovalRefusal, codRiskOf, isCodChecked, withCodRisk } from './cod-risk';
import { DEFAULT_COD_RISK, parseCodRiskSettings } from './cod-risk-settings';
import { CodOutcome, emptyTally, jakartaDay, recordCodOutcomes } from './cod-tally';
import { anOrder, NOW } from '../../test/e2e/pipeline-fixtures';

const TODAY = jakartaDay(NOW);
const outcome = (n: number, kind: CodOutcome['kind'], city: string, phone: string | null = null): CodOutcome => ({ orderId: `OLD-${city}-${n}`, kind, phone, city, day: TODAY - 1 });
/** A tally where `city` had `orders` COD orders, `returns` of them returned. */
const cityTally = (city: string, orders: number, returns: number) =>
  recordCodOutcomes(emptyTally(), Array.from({ length: orders }, (_, i) => outcome(i, i < returns ? 'returned' : 'delivered', city)), TODAY).tally;
const codOrder = (changes: Record<string, string> = {}) => anOrder({ paymentMethod: 'COD', ...changes });

describe('the COD risk flag', () => {
  it('a customer who returned a COD parcel before is flagged, whatever way the number is typed', () => {
    const tally = recordCodOutcomes(emptyTally(), [outcome(1, 'returned', 'depok', '6281234567890')], TODAY).tally;

    expect(codRiskOf(codOrder({ phone: '+62 812-3456-7890' }), tally, DEFAULT_COD_RISK, NOW)).toEqual([{ id: 'pelanggan pernah retur COD 1x', en: 'customer returned 1 COD parcel(s) before' }]);
    expect(codRiskOf(codOrder({ phone: '0813-0000-0000' }), tally, DEFAULT_COD_RISK, NOW)).toEqual([]);
  });

  it('a customer needs as many returns as Pengaturan says, and 0 turns the rule off', () => {
    const tally = recordCodOutcomes(emptyTally(), [outcome(1, 'returned', 'depok', '6281234567890')], TODAY).tally;

    expect(codRiskOf(codOrder(), tally, { ...DEFAULT_COD_RISK, minCustomerReturns: 2 }, NOW)).toEqual([]);
    expect(codRiskOf(codOrder(), tally, { ...DEFAULT_COD_RISK, minCustomerReturns: 0 }, NOW)).toEqual([]);
  });

  it('a city is flagged only above the rate, and only once it has the minimum number of COD orders', () => {
    const settings = { minCustomerReturns: 0, cityRatePercent: 30, cityMinOrders: 10 };
    const order = codOrder({ address: 'Jl. Melati 5, Kota Bandung 40111' });

    expect(codRiskOf(order, cityTally('bandung', 10, 4), settings, NOW)).toEqual([{ id: 'retur COD Kota Bandung 40% dalam 90 hari (4 dari 10; batas 30%)', en: 'COD returns to Kota Bandung 40% over 90 days (4 of 10; limit 30%)' }]);
    expect(codRiskOf(order, cityTally('bandung', 10, 3), settings, NOW)).toEqual([]); // 30% is not above 30%
    expect(codRiskOf(order, cityTally('bandung', 9, 9), settings, NOW)).toEqual([]); // too few orders to judge
    expect(codRiskOf(order, cityTally('bandung', 10, 4), { ...settings, cityRatePercent: 0 }, NOW)).toEqual([]);
  });

  it('rounds the rate shown, never the rate compared: 1 of 3 is 33% and above 33%', () => {
    const settings = { minCustomerReturns: 0, cityRatePercent: 33, cityMinOrders: 3 };

    expect(codRiskOf(codOrder(), cityTally('bandung', 3, 1), settings, NOW)[0].id).toBe('retur COD Bandung 33% dalam 90 hari (1 dari 3; batas 33%)');
  });

  it('an order that is not COD is never flagged', () => {
    const tally = recordCodOutcomes(emptyTally(), [outcome(1, 'returned', 'bandung', '6281234567890')], TODAY).tally;

    expect(codRiskOf(anOrder({ paymentMethod: 'Transfer' }), tally, DEFAULT_COD_RISK, NOW)).toEqual([]);
  });

  it('writes the reasons into Risiko COD in the shop’s language and clears it on a COD order that is fine', () => {
    const tally = recordCodOutcomes(emptyTally(), [outcome(1, 'returned', 'depok', '6281234567890')], TODAY).tally;
    const { records, flagged } = withCodRisk([codOrder({ orderId: 'TK-1' }), codOrder({ orderId: 'TK-2', phone: '0813-0000-0000', codRisk: 'lama' }), anOrder({ orderId: 'TK-3' })], tally, DEFAULT_COD_RISK, NOW, 'en');

    expect(records.map((r) => r.codRisk)).toEqual(['customer returned 1 COD parcel(s) before', '', '']);
    expect(flagged.map((f) => f.orderId)).toEqual(['TK-1']);
  });

  it('Approve order holds a flagged COD order until Cek COD reads Ya, and says why', () => {
    const flagged = codOrder({ codRisk: 'pelanggan pernah retur COD 1x' });

    expect(codApprovalRefusal(flagged)?.id).toContain('COD berisiko (pelanggan pernah retur COD 1x) — hubungi pelanggan dulu, lalu isi kolom Cek COD = Ya');
    expect(codApprovalRefusal({ ...flagged, codChecked: 'ya' })).toBeNull();
    expect(codApprovalRefusal({ ...flagged, codChecked: 'Belum' })).not.toBeNull();
    expect(codApprovalRefusal({ ...flagged, paymentMethod: 'Transfer' })).toBeNull();
    expect(codApprovalRefusal(codOrder())).toBeNull();
  });

  it('reads Cek COD as people type it', () => {
    expect(['Ya', 'ya.', ' YES ', 'ok', 'Sudah', true].map(isCodChecked)).toEqual([true, true, true, true, true, true]);
    expect(['', 'Belum', 'tidak', 'nanti'].map(isCodChecked)).toEqual([false, false, false, false]);
  });

  it('reads the settings as typed; blank or unreadable is the default, 0 turns a rule off', () => {
    expect(parseCodRiskSettings('2', '25%', '20')).toEqual({ minCustomerReturns: 2, cityRatePercent: 25, cityMinOrders: 20 });
    expect(parseCodRiskSettings('', 'tiga puluh', '0')).toEqual(DEFAULT_COD_RISK);
    expect(parseCodRiskSettings('0', '0', '5')).toEqual({ minCustomerReturns: 0, cityRatePercent: 0, cityMinOrders: 5 });
    expect(parseCodRiskSettings('-1', '101', '1.5')).toEqual(DEFAULT_COD_RISK);
  });
});
