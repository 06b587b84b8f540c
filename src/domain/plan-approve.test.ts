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

describe('planApprove guards', () => {
  const paid = (changes = {}) => aConfirmedOrder('TK-2611-0001', { paymentStatus: 'Lunas', courier: 'JNE', ...changes });
  const approve = (changes: Partial<ApproveInput> = {}) => planApprove(input(changes), planEnv());

  it('an order without an ID stays: CS has not confirmed it', () => {
    const plan = approve({ selected: orderRows([paid({ orderId: '' })]) });

    expect(plan.skipped).toEqual([{ orderId: '', rowNumber: 2, reason: { id: 'Baris 2: belum ada ID pesanan — pesanan ini belum dikonfirmasi CS. Pesanan baru diketik di CS · Pesanan, lalu Toko → Konfirmasi pesanan', en: 'Row 2: no order ID — CS has not confirmed this order. New orders are typed in CS · Pesanan, then Toko → Confirm order' } }]);
    expect(plan.mails).toEqual([]);
  });

  it.each([[0], [-5000], [''], ['dua ratus'], [1.5]])('a paid order with Total %p is never approved, so no Rp0 income is booked', (total) => {
    const plan = approve({ selected: orderRows([paid({ total })]) });

    expect(plan.skipped.map((s) => s.reason)).toEqual([{
      id: 'Baris 2 (TK-2611-0001): Total kosong atau bukan angka — tolak pesanan agar CS mengonfirmasi ulang',
      en: 'Row 2 (TK-2611-0001): Total is empty or not a number — reject it so CS confirms it again',
    }]);
    expect(plan.ledger).toEqual([]);
    expect(plan.targetAppends).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
  });

  it('a Rp0 replacement (discount = subtotal, no shipping, paid) is approved with no cash-book entry', () => {
    const plan = approve({ selected: orderRows([paid({ total: 0, subtotal: 50000, discount: 50000, shippingCost: 0 })]) });

    expect(plan.skipped).toEqual([]);
    expect(plan.targetAppends).toHaveLength(1);
    expect(plan.ledger).toEqual([]);
  });

  it('an order with a Total of Rp1 is approved with that income', () => {
    const plan = approve({ selected: orderRows([paid({ total: 1 })]) });

    expect(plan.ledger.map((e) => e.amount)).toEqual([1]);
  });

  it('a COD order marked Refund is not approved', () => {
    const plan = approve({ selected: orderRows([paid({ paymentMethod: 'COD', paymentStatus: 'Refund' })]) });

    expect(plan.skipped.map((s) => s.reason)).toEqual([{ id: 'Baris 2 (TK-2611-0001): status bayar Refund — tidak bisa di-approve', en: 'Row 2 (TK-2611-0001): payment status is Refund — cannot be approved' }]);
    expect(plan.targetAppends).toEqual([]);
    expect(plan.mails).toEqual([]);
  });

  it('an unpaid order without a payment method says the payment is not in yet', () => {
    const plan = approve({ selected: orderRows([paid({ paymentMethod: '', paymentStatus: 'Belum bayar' })]) });

    expect(plan.skipped[0].reason).toEqual({
      id: 'Baris 2 (TK-2611-0001): pembayaran belum lunas — cek bukti transfer, tandai Lunas di kolom Status Bayar, lalu Approve order lagi',
      en: 'Row 2 (TK-2611-0001): payment not paid yet — check the proof of payment, set Payment status to Lunas, then Approve order again',
    });
  });

  it('an ID already used by another customer’s order in Pengiriman stays, with no income booked', () => {
    const someoneElse = orderRows([aConfirmedOrder('tk-2611-0001', { customerName: 'Budi', fulfilment: 'Menunggu packing' })]);

    const plan = approve({ target: someoneElse });

    expect(plan.skipped.map((s) => s.reason.id)).toEqual(['Baris 2 (TK-2611-0001): ID TK-2611-0001 sudah ada di Gudang · Pengiriman baris 2 — kosongkan kolom ID untuk pesanan baru']);
    expect(plan.ledger).toEqual([]);
    expect(plan.targetAppends).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
    expect(plan.mails).toEqual([]);
  });

  it('a rerun after the income was booked moves the order without booking it again', () => {
    const plan = approve({ ledgerIds: ['PJ-TK-2611-0001'] });

    expect(plan.ledger).toEqual([]);
    expect(plan.targetAppends).toHaveLength(1);
    expect(plan.logs[0].details).toBe('Transfer Lunas Rp238.000; kas PJ-TK-2611-0001');
  });

  it('the same order on two rows books its income once', () => {
    const plan = approve({ selected: orderRows([paid(), paid()]) });

    expect(plan.ledger.map((e) => e.entryId)).toEqual(['PJ-TK-2611-0001']);
  });

  it('an approved order goes to the warehouse waiting for packing, stamped with the time and who approved it', () => {
    const plan = approve({ selected: orderRows([paid({ paymentMethod: 'E-wallet' })]) });

    expect(plan.targetAppends).toEqual([{
      ...paid({ paymentMethod: 'E-wallet' }), fulfilment: 'Menunggu packing', approvedAt: NOW, updatedBy: 'rina@toko.test',
      waLink: expect.stringMatching(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti%2C%20pesanan%20TK-2611-0001%20sudah%20kami%20terima%20dan%20sedang%20dikemas/),
    }]);
    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.logs).toEqual([{ action: 'Approve order', orderId: 'TK-2611-0001', from: 'Keuangan · Approval', to: 'Gudang · Pengiriman', details: 'E-wallet Lunas Rp238.000; kas PJ-TK-2611-0001' }]);
    expect(plan.ledger[0].note).toBe('E-wallet · WA · Siti Aminah');
  });

  it('a COD order is logged as paid at the door, and a rerun as finishing the interrupted move', () => {
    const cod = aConfirmedOrder('TK-2611-0001', { paymentMethod: 'cod' });

    const first = approve({ selected: orderRows([cod]) });
    const rerun = approve({ selected: orderRows([cod]), target: orderRows([{ ...cod, fulfilment: 'Menunggu packing' }]) });

    expect(first.logs[0].details).toBe('cod bayar di tempat Rp238.000');
    expect(rerun.logs[0].details).toBe('cod bayar di tempat Rp238.000; melanjutkan pemindahan yang terputus');
    expect(rerun.targetAppends).toEqual([]);
  });

  it('the packing list tells the warehouse what to pack, for whom, where and how it is paid', () => {
    const selected = orderRows([paid({ notes: 'Bungkus kado' }), aConfirmedOrder('TK-2611-0002', { paymentMethod: 'COD', items: 'TOTE-02 x1, SEPATU-99 x1' })]);

    const plan = approve({ selected });

    const mail = plan.mails[0];
    expect(mail.to).toEqual(['gudang@toko.test']);
    expect(mail.subject).toBe('[Toko Saya] Packing list: 2 pesanan disetujui (TK-2611-0001, TK-2611-0002)');
    expect(mail.body.split('\n')).toEqual(expect.arrayContaining([
      '== TK-2611-0001 ==',
      '- 2 × KAOS-HTM-L Kaos Polos Hitam (L / Hitam)',
      '- 1 × TOPI-01 Topi Baseball (Navy)',
      'Pelanggan: Siti Aminah',
      'WhatsApp: 0812-3456-7890',
      'Alamat: Jl. Melati 5, Bandung',
      'Kurir: JNE',
      'Bayar: Transfer',
      'Catatan: Bungkus kado',
      '== TK-2611-0002 ==',
      '- 1 × TOTE-02 Tote Bag Kanvas (Krem)',
      '- 1 × SEPATU-99 ',
      'Kurir: (belum dipilih)',
      'Bayar: COD — tagih Rp238.000',
      'Ringkasan ambil barang (total per SKU dan varian, sekali jalan ke rak):',
      '- 2 × KAOS-HTM-L Kaos Polos Hitam (L / Hitam) — 1 pesanan',
      'Total: 5',
    ]));
    expect(mail.body.split('\n')[0]).toBe('2 pesanan disetujui 28 Nov 2026 09.00 WIB. Mohon dikemas:');
  });

  it('an order whose items cannot be read is still on the packing list, as typed', () => {
    const plan = approve({ selected: orderRows([paid({ items: 'KAOS-HTM-L x dua' })]) });

    expect(plan.mails[0].body.split('\n')).toContain('- 0 × KAOS-HTM-L x dua ');
  });

  it('the packing list is in English when the shop is set to English', () => {
    const plan = approve({ lang: 'en' });

    expect(plan.mails[0].subject).toBe('[Toko Saya] Packing list: 1 order(s) approved (TK-2611-0001)');
  });

  it('without a warehouse address the warning says so in both languages', () => {
    expect(approve({ recipients: [] }).warnings).toEqual([{ id: 'Email gudang belum diisi di Pengaturan, jadi packing list tidak dikirim.', en: 'No warehouse e-mail in Settings, so the packing list was not sent.' }]);
  });

  it('orders that stay are not on the packing list, and with none approved nothing is mailed or warned', () => {
    const some = approve({ selected: orderRows([paid(), aConfirmedOrder('TK-2611-0002')]) });
    const none = approve({ selected: orderRows([aConfirmedOrder('TK-2611-0002')]), recipients: [] });

    expect(some.mails[0].subject).toContain('1 pesanan');
    expect(some.mails[0].body).not.toContain('TK-2611-0002');
    expect(none.mails).toEqual([]);
    expect(none.warnings).toEqual([]);
  });
});
