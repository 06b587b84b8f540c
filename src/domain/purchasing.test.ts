import { jakartaInstant } from './jakarta-time';
import { formatTrail, readStockLevel, reserve } from './stock';
import {
  planPurchaseOrders,
  planReceipts,
  PurchaseLine,
  readPurchaseLine,
  receiptLedgerEntry,
  receiptMarksToKeep,
  renderPurchaseOrderMail,
  StockCost,
  weightedAverageCost,
} from './purchasing';

const NOW = jakartaInstant(2026, 11, 28, 10);

function line(fields: Record<string, unknown>, rowNumber = 2): PurchaseLine {
  const read = readPurchaseLine({
    rowNumber,
    record: { poId: 'PO-0001', supplier: 'CV Kain Jaya', supplierEmail: 'sales@kainjaya.test', sku: 'KAOS-M', quantity: 10, unitCost: 45000, received: '', receiveNow: '', status: 'Dipesan', ...fields },
  });
  if (!('line' in read)) throw new Error(read.problem.en);
  return read.line;
}

const KAOS: StockCost = { rowNumber: 5, sku: 'KAOS-M', name: 'Kaos Polos · M', onHand: 20, averageCost: 40000 };

describe('weightedAverageCost', () => {
  it('averages old stock with the new arrival, rounded to whole Rupiah', () => {
    // (20 × 40.000 + 10 × 45.000) / 30 = 1.250.000 / 30 = 41.666,67 → 41.667
    expect(weightedAverageCost(20, 40000, 10, 45000)).toBe(41667);
  });

  it('takes the unit cost when nothing is on hand or no cost is known yet', () => {
    expect(weightedAverageCost(0, 40000, 5, 45000)).toBe(45000);
    expect(weightedAverageCost(-2, 40000, 5, 45000)).toBe(45000);
    expect(weightedAverageCost(7, null, 5, 45000)).toBe(45000);
  });
});

describe('readPurchaseLine', () => {
  it('names the row, the PO and every fault', () => {
    const read = readPurchaseLine({ rowNumber: 4, record: { poId: 'PO-9', sku: '', quantity: 'sepuluh', unitCost: '45.000', received: 3, receiveNow: -1, status: 'Dikirim' } });

    expect('problem' in read && read.problem.id).toBe(
      'Keuangan · Pembelian baris 4 (PO-9): SKU kosong; Qty "sepuluh" harus bilangan bulat lebih dari 0; Terima Sekarang "-1" harus bilangan bulat lebih dari 0 (atau kosong untuk semua sisanya); Status "Dikirim" tidak dikenal (Draft, Dipesan, Sebagian diterima, Diterima, Batal).',
    );
  });

  it('reads a blank status as Draft and blank received as 0', () => {
    expect(line({ status: '', received: '' })).toMatchObject({ status: 'Draft', received: 0, receiveNow: null });
  });
});

describe('planReceipts', () => {
  it('receives what is typed in Terima Sekarang: a partial receipt', () => {
    const plan = planReceipts([line({ receiveNow: 4 })], [KAOS], new Set());

    expect(plan.problems).toEqual([]);
    expect(plan.receipts).toHaveLength(1);
    // (20 × 40.000 + 4 × 45.000) / 24 = 980.000 / 24 = 40.833,33 → 40.833
    expect(plan.receipts[0]).toMatchObject({ quantity: 4, amount: 180000, receivedAfter: 4, status: 'Sebagian diterima', entryId: 'PB-PO-0001-KAOS-M-4', onHandAfter: 24, averageCostAfter: 40833 });
    expect(plan.stockChanges.get(5)).toEqual({ onHand: 24, costPrice: 40833, receiptIds: ['PB-PO-0001-KAOS-M-4'] });
  });

  it('receives the whole line when Terima Sekarang is blank and nothing has arrived yet', () => {
    const plan = planReceipts([line({})], [KAOS], new Set());

    expect(plan.receipts[0]).toMatchObject({ quantity: 10, amount: 450000, receivedAfter: 10, status: 'Diterima', entryId: 'PB-PO-0001-KAOS-M-10' });
  });

  it('receives the rest of a partly received line when the rest is typed, and the line becomes Diterima', () => {
    const plan = planReceipts([line({ received: 4, receiveNow: 6, status: 'Sebagian diterima' })], [KAOS], new Set());

    expect(plan.receipts[0]).toMatchObject({ quantity: 6, amount: 270000, receivedAfter: 10, status: 'Diterima', entryId: 'PB-PO-0001-KAOS-M-10' });
  });

  it('skips a partly received line whose Terima Sekarang is blank, saying how many arrived and what to type', () => {
    const plan = planReceipts([line({ received: 4, status: 'Sebagian diterima' })], [KAOS], new Set());

    expect(plan.receipts).toEqual([]);
    expect(plan.skipped[0].id).toBe('Baris 2: PO-0001 KAOS-M — 4 dari 10 sudah diterima. Untuk bagian berikutnya, isi Terima Sekarang dengan jumlah yang datang, lalu jalankan lagi.');
  });

  it('chains two receipts of the same SKU so the second averages with the first', () => {
    const plan = planReceipts([line({ receiveNow: 10 }), line({ poId: 'PO-0002', quantity: 10, unitCost: 50000 }, 3)], [KAOS], new Set());

    // first: (20 × 40.000 + 10 × 45.000) / 30 = 41.667; second: (30 × 41.667 + 10 × 50.000) / 40 = 1.750.010 / 40 = 43.750,25 → 43.750
    expect(plan.receipts.map((r) => r.averageCostAfter)).toEqual([41667, 43750]);
    expect(plan.stockChanges.get(5)).toEqual({ onHand: 40, costPrice: 43750, receiptIds: ['PB-PO-0001-KAOS-M-10', 'PB-PO-0002-KAOS-M-10'] });
  });

  it('refuses more than remains, a cancelled PO and a SKU missing from the stock sheet', () => {
    const plan = planReceipts(
      [line({ received: 8, receiveNow: 5 }), line({ poId: 'PO-0002', status: 'Batal' }, 3), line({ sku: 'SEPATU' }, 4)],
      [KAOS],
      new Set(),
    );

    expect(plan.receipts).toEqual([]);
    expect(plan.problems.map((p) => p.id)).toEqual([
      'Baris 2: Terima Sekarang 5 untuk PO-0001 KAOS-M lebih dari sisanya (2). Kalau supplier memang mengirim lebih, naikkan Qty PO dulu.',
      'Baris 3: PO-0002 berstatus Batal — ubah statusnya dulu kalau barangnya memang datang.',
      'Baris 4: SKU SEPATU (PO-0001) tidak ada di Gudang · Stok — tambahkan SKU-nya dulu.',
    ]);
  });

  it('skips a line already received in full', () => {
    const plan = planReceipts([line({ received: 10, status: 'Diterima' })], [KAOS], new Set());

    expect(plan.receipts).toEqual([]);
    expect(plan.skipped[0].id).toBe('Baris 2: PO-0001 KAOS-M sudah diterima semua.');
  });

  it('after a run that stopped after the expense, books nothing again but still adds the units', () => {
    const plan = planReceipts([line({ receiveNow: 4 })], [KAOS], new Set(['PB-PO-0001-KAOS-M-4']));

    expect(plan.receipts[0]).toMatchObject({ booked: true, stocked: false, receivedAfter: 4, status: 'Sebagian diterima' });
    expect(plan.stockChanges.get(5)).toEqual({ onHand: 24, costPrice: 40833, receiptIds: ['PB-PO-0001-KAOS-M-4'] });
  });

  it('after a run that stopped after the stock write, adds nothing again and only the PO line is left to update', () => {
    const stocked: StockCost = { ...KAOS, onHand: 24, averageCost: 40833, receiptMarks: new Set(['PB-PO-0001-KAOS-M-4']) };

    const plan = planReceipts([line({ receiveNow: 4 })], [stocked], new Set(['PB-PO-0001-KAOS-M-4']));

    expect(plan.receipts[0]).toMatchObject({ booked: true, stocked: true, receivedAfter: 4, onHandAfter: 24, averageCostAfter: 40833 });
    expect(plan.stockChanges.size).toBe(0);
  });

  it('writes the expense with the stock change in its note', () => {
    const [receipt] = planReceipts([line({ receiveNow: 4 })], [KAOS], new Set()).receipts;

    expect(receiptLedgerEntry(receipt, NOW, 'fin@toko.test')).toEqual({
      entryId: 'PB-PO-0001-KAOS-M-4',
      date: NOW,
      type: 'Pengeluaran',
      category: 'Pembelian stok',
      amount: 180000,
      reference: 'PO-0001',
      note: 'KAOS-M 4 × Rp45.000 · CV Kain Jaya; stok 20 → 24; HPP Rp40.000 → Rp40.833',
      by: 'fin@toko.test',
    });
  });
});

describe('receiptMarksToKeep', () => {
  it('keeps a mark while its PO line has not counted it, and drops it once the line has or the line is gone', () => {
    const rows = [
      { poId: 'PO-1', sku: 'KAOS-M', received: 4 },
      { poId: 'PO-2', sku: 'KAOS-M', received: '' },
    ];

    const keep = receiptMarksToKeep(['PB-PO-1-KAOS-M-4', 'PB-PO-1-KAOS-M-10', 'PB-PO-2-KAOS-M-3', 'PB-PO-9-KAOS-M-1'], rows);

    expect([...keep]).toEqual(['PB-PO-1-KAOS-M-10', 'PB-PO-2-KAOS-M-3']);
  });
});

describe('planPurchaseOrders', () => {
  const names = new Map([['kaos-m', 'Kaos Polos · M']]);

  it('groups the selected PO’s lines, including the ones not selected', () => {
    const a = line({ status: 'Draft' });
    const b = line({ status: 'Draft', sku: 'TOPI', quantity: 5, unitCost: 20000 }, 3);

    const plan = planPurchaseOrders([a], [a, b], names);

    expect(plan.problems).toEqual([]);
    expect(plan.orders).toHaveLength(1);
    expect(plan.orders[0].lines.map((l) => l.sku)).toEqual(['KAOS-M', 'TOPI']);
  });

  it('does not send a PO twice, and refuses one without a valid supplier e-mail', () => {
    const sent = line({ status: 'Dipesan' });
    const noMail = line({ poId: 'PO-0002', status: 'Draft', supplierEmail: '' }, 3);
    const badMail = line({ poId: 'PO-0003', status: 'Draft', supplierEmail: 'kainjaya' }, 4);

    const plan = planPurchaseOrders([sent, noMail, badMail], [sent, noMail, badMail], names);

    expect(plan.orders).toEqual([]);
    expect(plan.skipped[0].id).toContain('PO-0001 sudah Dipesan');
    expect(plan.problems.map((p) => p.id)).toEqual(['PO-0002: Email Supplier kosong.', 'PO-0003: Email Supplier "kainjaya" tidak valid.']);
  });
});

describe('renderPurchaseOrderMail', () => {
  it('escapes every value in the HTML and totals the PO', () => {
    const po = {
      poId: 'PO-0001',
      supplier: 'CV <Kain> & Jaya',
      supplierEmail: 'sales@kainjaya.test',
      date: jakartaInstant(2026, 11, 27),
      lines: [{ rowNumber: 2, sku: 'KAOS-M', name: '<img src=x onerror=alert(1)>', quantity: 10, unitCost: 45000 }],
    };

    const mail = renderPurchaseOrderMail(po, 'Toko "Ceria"', 'id', NOW);

    expect(mail.subject).toBe('PO PO-0001 dari Toko "Ceria"');
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.htmlBody).toContain('CV &lt;Kain&gt; &amp; Jaya');
    expect(mail.body).toContain('- KAOS-M (<img src=x onerror=alert(1)>): 10 × Rp45.000 = Rp450.000');
    expect(mail.body).toContain('Total: Rp450.000');
    expect(mail.body).toContain('(PO PO-0001, 27 Nov 2026)');
  });
});

describe('a receipt mark in the stock trail', () => {
  it('survives an order reserving the same SKU before the rerun (the order actions rewrite the trail)', () => {
    const read = readStockLevel({ sku: 'KAOS-M', name: 'Kaos', variant: 'M', onHand: 24, reserved: 0, available: 24, reorderPoint: 0, costPrice: 40833, sellingPrice: 85000, orderTrail: 'PB-PO-0001-KAOS-M-4:T' });
    if (!read.ok) throw new Error(read.problem.en);

    const moved = reserve(read.level, 'TK-2611-0001', 2);

    expect(moved.ok && formatTrail(moved.level.trail)).toBe('PB-PO-0001-KAOS-M-4:T TK-2611-0001:R');
  });
});

describe('readPurchaseLine guards', () => {
  const problemOf = (fields: Record<string, unknown>, rowNumber = 2) => {
    const read = readPurchaseLine({ rowNumber, record: { poId: 'PO-0001', sku: 'KAOS-M', quantity: 10, unitCost: 45000, status: 'Dipesan', ...fields } });
    return 'problem' in read ? read.problem : null;
  };

  it.each([[0], [-5], [''], [2.5], ['sepuluh']])('a PO line with quantity %p is refused', (quantity) => {
    expect(problemOf({ quantity })?.id).toBe(`Keuangan · Pembelian baris 2 (PO-0001): Qty "${quantity}" harus bilangan bulat lebih dari 0.`);
  });

  it.each([[-1000], [''], ['Rp45.000,50']])('a PO line with unit cost %p is refused', (unitCost) => {
    expect(problemOf({ unitCost })?.id).toBe(`Keuangan · Pembelian baris 2 (PO-0001): Harga Satuan "${unitCost}" bukan angka Rupiah bulat.`);
  });

  it('a free item (unit cost 0) is a good line', () => {
    expect(line({ unitCost: 0 }).unitCost).toBe(0);
  });

  it.each([[11], [-1], ['dua']])('more received than ordered, or an unreadable received count (%p), is refused', (received) => {
    expect(problemOf({ received })?.id).toBe(`Keuangan · Pembelian baris 2 (PO-0001): Qty Diterima "${received}" harus bilangan bulat dari 0 sampai Qty.`);
  });

  it('everything received is a good line', () => {
    expect(line({ received: 10, status: 'Diterima' })).toMatchObject({ received: 10, quantity: 10 });
  });

  it('a received count is not blamed when the quantity itself is wrong', () => {
    expect(problemOf({ quantity: 0, received: 5 })?.en).toBe('Keuangan · Pembelian row 2 (PO-0001): Qty "0" must be a whole number above 0.');
  });

  it.each([[0], ['semua']])('Terima Sekarang %p is refused', (receiveNow) => {
    expect(problemOf({ receiveNow })?.id).toContain(`Terima Sekarang "${receiveNow}" harus bilangan bulat lebih dari 0`);
  });

  it('a line without a PO ID says so, without a PO in the row name', () => {
    expect(problemOf({ poId: '' }, 7)?.id).toBe('Keuangan · Pembelian baris 7: ID PO kosong.');
  });

  it('reads every column of a good line: quantities typed as text, status in any case, e-mail in lower case', () => {
    const read = readPurchaseLine({
      rowNumber: 3,
      record: { poId: ' PO-0002 ', date: NOW, supplier: 'CV Kain Jaya', supplierEmail: 'Sales@KainJaya.test', sku: 'KAOS-M', quantity: '12', unitCost: 'Rp45.000', received: '2', receiveNow: '3', status: 'sebagian DITERIMA', note: 'kirim Senin' },
    });

    expect(read).toEqual({
      line: { rowNumber: 3, poId: 'PO-0002', date: NOW, supplier: 'CV Kain Jaya', supplierEmail: 'sales@kainjaya.test', sku: 'KAOS-M', quantity: 12, unitCost: 45000, received: 2, receiveNow: 3, status: 'Sebagian diterima', note: 'kirim Senin' },
    });
  });

  it('a date typed as text is not a date', () => {
    expect(line({ date: '27/11/2026' }).date).toBeNull();
  });
});

describe('planReceipts guards', () => {
  it('the same SKU twice on one PO is refused, whatever its case', () => {
    const plan = planReceipts([line({ receiveNow: 1 }), line({ sku: 'kaos-m', receiveNow: 1 }, 3)], [KAOS], new Set());

    expect(plan.problems.map((p) => p.id)).toEqual(['Baris 3: PO-0001 memuat SKU kaos-m dua kali (juga baris 2) — gabungkan jadi satu baris.']);
    expect(plan.receipts).toHaveLength(1);
  });

  it('receiving exactly what remains completes the line', () => {
    const plan = planReceipts([line({ received: 6, receiveNow: 4, status: 'Sebagian diterima' })], [KAOS], new Set());

    expect(plan.problems).toEqual([]);
    expect(plan.receipts[0]).toMatchObject({ quantity: 4, receivedAfter: 10, status: 'Diterima' });
  });

  it('finds the stock row whatever the SKU’s case, and books it under the stock sheet’s spelling', () => {
    const plan = planReceipts([line({ sku: 'kaos-m', receiveNow: 4 })], [KAOS], new Set());

    expect(plan.receipts[0]).toMatchObject({ entryId: 'PB-PO-0001-KAOS-M-4', stockRowNumber: 5, onHandBefore: 20, averageCostBefore: 40000 });
  });

  it('the first receipt of a new SKU says its cost price was blank, and a supplier-less note has no separator', () => {
    const [receipt] = planReceipts([line({ receiveNow: 2, supplier: '' })], [{ ...KAOS, onHand: 0, averageCost: null }], new Set()).receipts;

    expect(receiptLedgerEntry(receipt, NOW, 'fin@toko.test').note).toBe('KAOS-M 2 × Rp45.000; stok 0 → 2; HPP - → Rp45.000');
  });
});

describe('planPurchaseOrders guards', () => {
  const names = new Map([['kaos-m', 'Kaos Polos · M']]);
  const draft = (fields: Record<string, unknown> = {}, rowNumber = 2) => line({ status: 'Draft', ...fields }, rowNumber);

  it('two selected lines of one PO make one e-mail, with the supplier’s name, the PO date and product names', () => {
    const a = draft({ supplier: '', date: NOW });
    const b = draft({ sku: 'TOPI', quantity: 5, unitCost: 20000, supplier: 'CV Kain Jaya' }, 3);

    const plan = planPurchaseOrders([a, b], [a, b], names);

    expect(plan.orders).toEqual([{
      poId: 'PO-0001',
      supplier: 'CV Kain Jaya',
      supplierEmail: 'sales@kainjaya.test',
      date: NOW,
      lines: [
        { rowNumber: 2, sku: 'KAOS-M', name: 'Kaos Polos · M', quantity: 10, unitCost: 45000 },
        { rowNumber: 3, sku: 'TOPI', name: '', quantity: 5, unitCost: 20000 },
      ],
    }]);
  });

  it('a PO with one line already ordered is not sent again, naming that line’s status', () => {
    const a = draft();
    const b = draft({ sku: 'TOPI', status: 'Sebagian diterima' }, 3);

    const plan = planPurchaseOrders([a], [a, b], names);

    expect(plan.orders).toEqual([]);
    expect(plan.skipped.map((s) => s.id)).toEqual(['PO-0001 sudah Sebagian diterima — tidak dikirim lagi (ubah status ke Draft untuk mengirim ulang).']);
  });

  it('a PO with two supplier e-mails is refused; the same address in another case is one supplier', () => {
    const two = [draft(), draft({ sku: 'TOPI', supplierEmail: 'owner@lain.test' }, 3)];
    const same = [draft({ poId: 'PO-0002' }, 4), draft({ poId: 'PO-0002', sku: 'TOPI', supplierEmail: 'SALES@kainjaya.test' }, 5)];

    const plan = planPurchaseOrders([...two, ...same], [...two, ...same], names);

    expect(plan.problems.map((p) => p.id)).toEqual(['PO-0001 memuat beberapa Email Supplier (sales@kainjaya.test, owner@lain.test) — satu PO untuk satu supplier.']);
    expect(plan.orders.map((o) => o.poId)).toEqual(['PO-0002']);
  });

  it.each(['sales@kainjaya', 'x sales@kainjaya.test', 'sales@kainjaya.test x', 'sales@@kainjaya.test'])('refuses supplier e-mail %p', (email) => {
    const a = draft({ supplierEmail: email });

    expect(planPurchaseOrders([a], [a], names).problems.map((p) => p.id)).toEqual([`PO-0001: Email Supplier "${email}" tidak valid.`]);
  });
});

describe('renderPurchaseOrderMail guards', () => {
  it('in English, without a supplier name, a product name or a PO date', () => {
    const po = { poId: 'PO-0009', supplier: '', supplierEmail: 'a@b.test', date: null, lines: [{ rowNumber: 2, sku: 'TOPI', name: '', quantity: 3, unitCost: 20000 }, { rowNumber: 3, sku: 'KAOS-M', name: 'Kaos', quantity: 1, unitCost: 45000 }] };

    const mail = renderPurchaseOrderMail(po, 'Toko Saya', 'en', NOW);

    expect(mail.subject).toBe('Purchase order PO-0009 from Toko Saya');
    expect(mail.body.split('\n')).toEqual([
      'Dear Sir or Madam,',
      '',
      'Toko Saya would like to order the following (purchase order PO-0009, 28 Nov 2026):',
      '',
      '- TOPI: 3 × Rp20.000 = Rp60.000',
      '- KAOS-M (Kaos): 1 × Rp45.000 = Rp45.000',
      '',
      'Total: Rp105.000',
      '',
      'Please confirm availability and the expected delivery date. Thank you.',
      'Toko Saya',
    ]);
    expect(mail.htmlBody).toContain('<b>Rp105.000</b>');
    expect(mail.htmlBody).toContain(
      '<tr><td style="padding:4px 8px;border:1px solid #ddd">TOPI</td><td style="padding:4px 8px;border:1px solid #ddd"></td>' +
        '<td style="padding:4px 8px;border:1px solid #ddd;text-align:right">3</td><td style="padding:4px 8px;border:1px solid #ddd;text-align:right">Rp20.000</td>' +
        '<td style="padding:4px 8px;border:1px solid #ddd;text-align:right">Rp60.000</td></tr>',
    );
  });
});
