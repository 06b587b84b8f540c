import { jakartaInstant, monthBounds } from './jakarta-time';
import { LedgerEntry } from './ledger';
import { parseMarketplaceFees } from './marketplace';
import { marketplaceSection, MarketplaceReportOrder, payoutEntryOrders } from './marketplace-report';

const J = jakartaInstant;
const FEES = parseMarketplaceFees([{ marketplace: 'Shopee', marketplaceFeePercent: '6,5', marketplaceFixedFee: 1250 }]);
const bounds = ['2026-09', '2026-10', '2026-11'].map(monthBounds);
/** A Shopee order of goods Rp100.000 (fee 7.750, expected 92.250), sold (approved) on `day` of November. */
const sale = (orderId: string, day: number, changes: Partial<MarketplaceReportOrder> = {}): MarketplaceReportOrder & { at: number } => ({
  orderId, channel: 'Shopee', fulfilment: 'Diterima', total: 115000, subtotal: 100000, discount: 0, shippingCost: 15000, at: J(2026, 11, day), ...changes,
});
const payout = (entryId: string, date: number, amount: number, orders: string[]): LedgerEntry => ({
  rowNumber: 2, entryId, date, type: 'Pemasukan', category: 'Penjualan', amount, reference: 'Shopee', note: `Pencairan Shopee 30 Nov 2026: ${orders.join(', ')}`, by: 'rina@toko.test',
});
const section = (orders: ReturnType<typeof sale>[], ledger: LedgerEntry[] = []) =>
  marketplaceSection({ orders, ledger, fees: FEES, bounds, saleMoment: (o) => (o as ReturnType<typeof sale>).at });

describe('the report’s marketplace section', () => {
  it('reads the orders a payout paid from the note Catat pencairan writes', () => {
    expect(payoutEntryOrders(payout('PC-1', 0, 1, ['TK-2611-0002', 'tk-2611-0003']))).toEqual(['TK-2611-0002', 'TK-2611-0003']);
  });

  it('two Shopee sales in November: Rp15.500 of fees, and Rp184.500 owed by Shopee at month end', () => {
    const nov = section([sale('A', 3), sale('B', 20)])?.months[2];

    expect(nov).toEqual({ orders: 2, fees: 15500, payoutsReceived: 0, payoutDifference: 0, receivableOrders: 2, receivable: 184500 });
  });

  it('a payout on 25 November of one of them, Rp2.000 short: received, the difference, and the other still owed', () => {
    const s = section([sale('A', 3), sale('B', 20)], [payout('PC-SHOPEE-1', J(2026, 11, 25), 90250, ['A'])]);

    expect(s?.months[2]).toMatchObject({ payoutsReceived: 90250, payoutDifference: -2000, receivableOrders: 1, receivable: 92250 });
    expect(s?.differences).toEqual([{ payoutId: 'PC-SHOPEE-1', amount: 90250, expected: 92250, difference: -2000 }]);
  });

  it('the orders a payout paid come from Keuangan · Pencairan when the report has it (the cash book\'s note is not read)', () => {
    const unread = { ...payout('PC-SHOPEE-1', J(2026, 11, 25), 90250, ['A']), note: '' };
    const s = marketplaceSection({ orders: [sale('A', 3), sale('B', 20)], ledger: [unread], fees: FEES, bounds, saleMoment: (o) => (o as ReturnType<typeof sale>).at, payoutOrders: new Map([['PC-SHOPEE-1', ['A']]]) });

    expect(s?.months[2]).toMatchObject({ payoutsReceived: 90250, payoutDifference: -2000, receivableOrders: 1, receivable: 92250 });
  });

  it('an order paid out in December is still owed at the end of November; a cancelled one never is', () => {
    const s = section([sale('A', 3), sale('C', 4, { fulfilment: 'Dibatalkan' })], [payout('PC-SHOPEE-2', J(2026, 12, 2), 92250, ['A'])]);

    expect(s?.months[2]).toMatchObject({ receivableOrders: 1, receivable: 92250, payoutsReceived: 0 });
  });

  it('a marketplace without a fee line counts at fee 0 and is named', () => {
    const s = section([sale('T', 5, { channel: 'TikTok Shop' })]);

    expect(s?.months[2].fees).toBe(0);
    expect(s?.unknownFees).toEqual(['TikTok Shop']);
  });

  it('no marketplace sale and no payout: no section', () => {
    expect(section([sale('W', 5, { channel: 'WA' })])).toBeNull();
  });
});
