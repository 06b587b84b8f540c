import { listOrderIds, orderReason, summarizePlan } from './order-messages';
import { emptyPlan } from './order-plan';

describe('summarizePlan', () => {
  it('says what moved and, in an alert, what stayed and why', () => {
    const plan = emptyPlan();
    plan.done.push('TK-1', 'TK-2');
    plan.skipped.push({ orderId: 'TK-3', rowNumber: 5, reason: orderReason(5, 'TK-3', { id: 'belum lunas', en: 'not paid' }) });

    const summary = summarizePlan('approve', plan, 'Gudang · Pengiriman');

    expect(summary.alert).toBe(true);
    expect(summary.message.id).toBe(
      '2 pesanan di-approve dan dipindah ke Gudang · Pengiriman: TK-1, TK-2.\n1 pesanan tidak diproses:\n• Baris 5 (TK-3): belum lunas',
    );
    expect(summary.message.en).toContain('• Row 5 (TK-3): not paid');
  });

  it('a clean run is a toast', () => {
    const plan = emptyPlan();
    plan.done.push('TK-1');

    expect(summarizePlan('pack', plan, 'Gudang · Pengiriman')).toEqual({
      message: { id: '1 pesanan ditandai sudah dikemas: TK-1.', en: '1 order(s) marked packed: TK-1.' },
      alert: false,
    });
  });

  it('nothing to do says so', () => {
    expect(summarizePlan('ship', emptyPlan(), 'x').message.id).toBe('Tidak ada pesanan yang diproses.');
  });
});

describe('listOrderIds', () => {
  it('names every order of a small batch', () => {
    expect(listOrderIds(['TK-1', 'TK-2'])).toBe('TK-1, TK-2');
  });

  it('keeps the message of a big batch readable: the first eight and how many more', () => {
    const ids = Array.from({ length: 26 }, (_, i) => `TK-${i + 1}`);

    expect(listOrderIds(ids)).toBe('TK-1, TK-2, TK-3, TK-4, TK-5, TK-6, TK-7, TK-8 … (+18)');
  });
});
