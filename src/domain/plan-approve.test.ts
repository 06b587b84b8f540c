import { planApprove, ApproveInput } from './plan-approve';
import { aConfirmedOrder, NOW, orderRows, planEnv, stockRows } from '../../test/e2e/pipeline-fixtures';

const input = (changes: Partial<ApproveInput> = {}): ApproveInput => ({
  selected: orderRows([aConfirmedOrder('TK-2611-0001', { paymentStatus: 'Lunas' })]),
  twins: new Map(), target: [], ledgerIds: [], stock: stockRows(), recipients: ['gudang@toko.test'], lang: 'id', ...changes,
});

describe('planApprove', () => {
  it('approving a paid transfer order records the income, moves it to the warehouse and mails one packing list', () => {
    const plan = planApprove(input(), planEnv());

    expect(plan.ledger).toEqual([{ entryId: 'PJ-TK-2611-0001', date: NOW, type: 'Pemasukan', category: 'Penjualan', amount: 238000, reference: 'TK-2611-0001', note: 'Transfer · WA · Siti Aminah', by: 'rina@toko.test' }]);
    expect(plan.targetAppends[0]).toMatchObject({ orderId: 'TK-2611-0001', fulfilment: 'Menunggu packing', approvedAt: NOW });
    expect(plan.sourceRemovals).toEqual([2]);
    expect(plan.mails).toHaveLength(1);
    expect(plan.mails[0].to).toEqual(['gudang@toko.test']);
    expect(plan.mails[0].body).toContain('Kaos Polos Hitam (L / Hitam)');
  });

  it('approving an unpaid transfer order leaves it in Approval and says why', () => {
    const plan = planApprove(input({ selected: orderRows([aConfirmedOrder('TK-2611-0001')]) }), planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped[0].reason.id).toBe('Baris 2 (TK-2611-0001): Transfer belum lunas — cek bukti transfer, tandai Lunas di kolom Status Bayar, lalu Approve order lagi');
    expect(plan.mails).toEqual([]);
    expect(plan.ledger).toEqual([]);
  });

  it('a COD order passes without income; the income comes at delivery', () => {
    const plan = planApprove(input({ selected: orderRows([aConfirmedOrder('TK-2611-0001', { paymentMethod: 'COD' })]) }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.ledger).toEqual([]);
  });

  it('one packing list for the whole batch', () => {
    const selected = orderRows([aConfirmedOrder('TK-2611-0001', { paymentStatus: 'Lunas' }), aConfirmedOrder('TK-2611-0002', { paymentMethod: 'COD' })]);

    const plan = planApprove(input({ selected }), planEnv());

    expect(plan.mails).toHaveLength(1);
    expect(plan.mails[0].subject).toContain('2 pesanan');
  });

  it('a rerun after the order reached the warehouse sheet only removes it, with no second income', () => {
    const plan = planApprove(input({ target: orderRows([aConfirmedOrder('TK-2611-0001', { paymentStatus: 'Lunas', fulfilment: 'Menunggu packing' })]), ledgerIds: ['PJ-TK-2611-0001'] }), planEnv());

    expect(plan.targetAppends).toEqual([]);
    expect(plan.ledger).toEqual([]);
    expect(plan.sourceRemovals).toEqual([2]);
    expect(plan.mails).toHaveLength(1);
  });

  it('without a warehouse address it approves and warns that no packing list was sent', () => {
    const plan = planApprove(input({ recipients: [] }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.mails).toEqual([]);
    expect(plan.warnings[0].id).toContain('Email gudang belum diisi');
  });

  it('refuses a row without an order ID or a total', () => {
    const selected = orderRows([aConfirmedOrder('', { paymentStatus: 'Lunas' }), aConfirmedOrder('TK-9', { paymentStatus: 'Lunas', total: '' })]);

    const plan = planApprove(input({ selected }), planEnv());

    expect(plan.skipped.map((s) => s.rowNumber)).toEqual([2, 3]);
  });

  it('the same order pasted twice in Approval is refused with the other row named, not shipped twice', () => {
    const selected = orderRows([aConfirmedOrder('TK-2611-0007', { paymentStatus: 'Lunas' }), aConfirmedOrder('TK-2611-0007', { paymentStatus: 'Lunas' })]);

    const plan = planApprove(input({ selected, twins: new Map([['TK-2611-0007', [2, 3]]]) }), planEnv());

    expect(plan.targetAppends).toEqual([]);
    expect(plan.ledger).toEqual([]);
    expect(plan.skipped.map((s) => s.reason.id)).toEqual([
      expect.stringContaining('ID TK-2611-0007 sudah ada di Keuangan · Approval baris 3 — kosongkan kolom ID untuk pesanan baru'),
      expect.stringContaining('ID TK-2611-0007 sudah ada di Keuangan · Approval baris 2 — kosongkan kolom ID untuk pesanan baru'),
    ]);
  });
});
