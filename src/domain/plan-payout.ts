/**
 * Catat pencairan (Finance): a marketplace payout typed as one row of `Keuangan · Pencairan` — the day the
 * money arrived, the marketplace, the amount, and the orders it pays (pasted IDs, each optionally with its
 * own amount `TK-2611-0003=94000`) — is checked and booked once: one cash-book entry `Pemasukan ·
 * Penjualan` with the payout's ID (`PC-…`), the payout's ID in each order's `Pencairan` column, and on the
 * payout row what was expected (Σ price − fee per order, from Pengaturan's MARKETPLACE block), the
 * difference and the per-order details, unexplained differences named. Any bad row refuses the whole
 * action, naming every problem; nothing is written then.
 */
import { cellText } from './cell';
import { Text } from './i18n';
import { INCOME, NewLedgerEntry, parseLedgerDate, SALES_CATEGORY } from './ledger';
import { formatRupiah, parseRupiah, Rupiah } from './money';
import { describeFee, expectedPayout, feeOf, marketplaceFee, MarketplaceFee } from './marketplace';
import { shortHash } from './order-plan';
import { formatJakartaDate, jakartaParts } from './jakarta-time';

/** A payout row as the table reads it (keys of PAYOUT_SHEET). */
export interface PayoutRow {
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, unknown>>;
}

/** Where an order was found: its sheet, row and record (keys of ORDER_COLUMNS). */
export interface PayoutOrderPlace {
  readonly sheet: string;
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, unknown>>;
}

/** What Catat pencairan decides with. */
export interface PayoutInput {
  readonly selected: readonly PayoutRow[];
  /** Every place (Gudang · Pengiriman, Gudang · Selesai) holding one of the orders named, by upper-case order ID. */
  readonly orders: ReadonlyMap<string, readonly PayoutOrderPlace[]>;
  /** The payout IDs (`PC-…`) already in the cash book. */
  readonly bookedIds: readonly string[];
  readonly marketplaces: readonly MarketplaceFee[];
  readonly now: number;
  readonly user: string;
}

/** One order of a payout: what was expected and, when finance typed it, what arrived for it. */
export interface PayoutOrderLine {
  readonly orderId: string;
  readonly price: Rupiah;
  readonly fee: Rupiah;
  readonly expected: Rupiah;
  readonly paid: Rupiah | null;
}

/** One payout, checked and ready to book. */
export interface CheckedPayout {
  readonly rowNumber: number;
  readonly payoutId: string;
  /** Whether the ID is new (written into the row first). */
  readonly newId: boolean;
  readonly marketplace: string;
  readonly date: number;
  readonly amount: Rupiah;
  readonly reference: string;
  readonly lines: readonly PayoutOrderLine[];
  readonly expected: Rupiah;
  readonly difference: Rupiah;
  /** The per-order details and the unexplained difference, as written into `Rincian`. */
  readonly details: string;
}

/** The plan: refused with every problem, or the payouts to book (and rows already booked, left alone). */
export type PayoutPlan =
  | { readonly ok: false; readonly problems: readonly Text[] }
  | {
      readonly ok: true;
      readonly payouts: readonly CheckedPayout[];
      /** Cash-book entries not there yet. */
      readonly ledger: readonly NewLedgerEntry[];
      /** Each order row's `Pencairan` to write (skipped where it holds the ID already). */
      readonly orderMarks: ReadonlyArray<{ readonly sheet: string; readonly rowNumber: number; readonly payoutId: string }>;
      /** Rows already booked (`Status` Dicatat): their row numbers. */
      readonly alreadyBooked: readonly number[];
    };

/** The status of a booked payout row. */
export const PAYOUT_BOOKED = 'Dicatat';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const rowText = (rowNumber: number, text: Text): Text => ({ id: `Baris ${rowNumber}: ${text.id}`, en: `Row ${rowNumber}: ${text.en}` });

/** The order IDs (upper case) and optional per-order amounts of a `Pesanan` cell; a token that cannot be read is a problem. */
export function parsePayoutOrders(value: unknown): { ok: true; orders: Array<{ orderId: string; amount: Rupiah | null }> } | { ok: false; problem: Text } {
  const text = cellText(value).replace(/\s*=\s*/g, '=');
  const orders: Array<{ orderId: string; amount: Rupiah | null }> = [];
  for (const token of text.split(/[\s,;]+/).filter((t) => t !== '')) {
    const [id, amountText] = token.split('=');
    if (amountText === undefined) {
      orders.push({ orderId: id.toUpperCase(), amount: null });
      continue;
    }
    const amount = parseRupiah(amountText);
    if (id === '' || amount === null || amount < 0) {
      return { ok: false, problem: { id: `"${token}" di kolom Pesanan tidak terbaca (tulis ID pesanan, atau ID=jumlah seperti TK-2611-0003=94000)`, en: `"${token}" in the Orders column cannot be read (write an order ID, or ID=amount such as TK-2611-0003=94000)` } };
    }
    orders.push({ orderId: id.toUpperCase(), amount });
  }
  return { ok: true, orders };
}

/** The goods price of an order: Total − Ongkir, or Subtotal − Diskon when Total is blank. */
export function orderGoodsPrice(record: Readonly<Record<string, unknown>>): Rupiah {
  const total = parseRupiah(record.total);
  const shipping = parseRupiah(record.shippingCost) ?? 0;
  if (total !== null && cellText(record.total) !== '') return total - shipping;
  return (parseRupiah(record.subtotal) ?? 0) - (parseRupiah(record.discount) ?? 0);
}

/** A new payout's ID, the same for the same row content: `PC-<MARKETPLACE>-<yyyyMMdd>-<hash>`. */
export function newPayoutId(marketplace: string, date: number, amount: Rupiah, orderIds: readonly string[]): string {
  const p = jakartaParts(date);
  const day = `${p.year}${String(p.month).padStart(2, '0')}${String(p.day).padStart(2, '0')}`;
  const name = marketplace.toUpperCase().replace(/[^A-Z0-9]+/g, '');
  return `PC-${name}-${day}-${shortHash(`${[...orderIds].sort().join(',')}|${amount}`)}`;
}

/** Plans Catat pencairan; see the file comment. */
export function planPayout(input: PayoutInput): PayoutPlan {
  const problems: Text[] = [];
  const payouts: CheckedPayout[] = [];
  const alreadyBooked: number[] = [];
  const claimedBy = new Map<string, number>();
  for (const row of input.selected) {
    const r = row.record;
    if (same(cellText(r.status), PAYOUT_BOOKED)) {
      alreadyBooked.push(row.rowNumber);
      continue;
    }
    const faults: Text[] = [];
    const marketplaceText = cellText(r.marketplace);
    const fee = marketplaceText === '' ? null : feeOf(input.marketplaces, marketplaceText);
    if (fee === null) faults.push({ id: 'kolom Marketplace kosong', en: 'the Marketplace column is empty' });
    else if (!fee.ok) faults.push(fee.problem);
    const date = parseLedgerDate(r.date);
    if (cellText(r.date) === '') faults.push({ id: 'Tanggal kosong (hari uangnya masuk)', en: 'Date is empty (the day the money arrived)' });
    else if (date === null) faults.push({ id: `Tanggal "${cellText(r.date)}" bukan tanggal (mis. 5/12/2026)`, en: `Date "${cellText(r.date)}" is not a date (e.g. 5/12/2026)` });
    const amountText = cellText(r.amount);
    const amount = parseRupiah(r.amount);
    if (amountText === '') faults.push({ id: 'Jumlah Cair kosong', en: 'Amount paid out is empty' });
    else if (amount === null) faults.push({ id: `Jumlah Cair "${amountText}" bukan jumlah Rupiah`, en: `Amount paid out "${amountText}" is not an amount of Rupiah` });
    else if (amount <= 0) faults.push({ id: `Jumlah Cair ${formatRupiah(amount)} harus lebih dari 0 (potongan marketplace dicatat sebagai selisih, bukan jumlah negatif)`, en: `Amount paid out ${formatRupiah(amount)} must be above 0 (a marketplace deduction shows as a difference, not a negative amount)` });
    const parsed = parsePayoutOrders(r.orders);
    if (!parsed.ok) faults.push(parsed.problem);
    else if (parsed.orders.length === 0) faults.push({ id: 'kolom Pesanan kosong — tempel ID pesanan yang dibayar pencairan ini', en: 'the Orders column is empty — paste the IDs of the orders this payout pays' });
    const orders = parsed.ok ? parsed.orders : [];
    const typedId = cellText(r.payoutId);
    const lines: PayoutOrderLine[] = [];
    const seen = new Set<string>();
    for (const { orderId, amount: paid } of orders) {
      if (seen.has(orderId)) {
        faults.push({ id: `${orderId} tertulis dua kali`, en: `${orderId} is listed twice` });
        continue;
      }
      seen.add(orderId);
      const other = claimedBy.get(orderId);
      if (other !== undefined) faults.push({ id: `${orderId} juga ada di pencairan baris ${other}`, en: `${orderId} is also in the payout on row ${other}` });
      else claimedBy.set(orderId, row.rowNumber);
      const places = input.orders.get(orderId) ?? [];
      if (places.length === 0) {
        faults.push({ id: `pesanan ${orderId} tidak ditemukan di Gudang · Pengiriman atau Gudang · Selesai (salah ketik, atau belum di-approve)`, en: `order ${orderId} is not in Gudang · Pengiriman or Gudang · Selesai (a typo, or not approved yet)` });
        continue;
      }
      const order = places[0].record;
      const channel = cellText(order.channel);
      if (marketplaceText !== '' && !same(channel, marketplaceText)) {
        faults.push({ id: `pesanan ${orderId} dari channel ${channel || '(kosong)'}, bukan ${marketplaceText}`, en: `order ${orderId} came through ${channel || '(blank)'}, not ${marketplaceText}` });
        continue;
      }
      const status = cellText(order.fulfilment).toLowerCase();
      if (status === 'dibatalkan' || status === 'ditolak') {
        faults.push({ id: `pesanan ${orderId} ${status} — tidak ada pencairan untuknya`, en: `order ${orderId} is ${status} — no payout is due for it` });
        continue;
      }
      const paidBy = places.map((p) => cellText(p.record.payoutId)).find((id) => id !== '' && !(typedId !== '' && same(id, typedId)));
      if (paidBy !== undefined) {
        faults.push({ id: `pesanan ${orderId} sudah dicairkan (${paidBy})`, en: `order ${orderId} was already paid out (${paidBy})` });
        continue;
      }
      const price = orderGoodsPrice(order);
      if (fee && fee.ok) lines.push({ orderId, price, fee: marketplaceFee(price, fee.fee), expected: expectedPayout(price, fee.fee), paid });
    }
    const typedAmounts = orders.filter((o) => o.amount !== null);
    if (typedAmounts.length > 0 && typedAmounts.length < orders.length) {
      faults.push({ id: 'jumlah per pesanan diisi untuk sebagian pesanan saja — isi untuk semua atau tidak sama sekali', en: 'an amount per order is given for some orders only — give it for all or for none' });
    } else if (typedAmounts.length > 0 && amount !== null) {
      const sum = typedAmounts.reduce((s, o) => s + (o.amount ?? 0), 0);
      if (sum !== amount) faults.push({ id: `jumlah per pesanan berjumlah ${formatRupiah(sum)}, bukan Jumlah Cair ${formatRupiah(amount)}`, en: `the amounts per order add up to ${formatRupiah(sum)}, not the amount paid out ${formatRupiah(amount)}` });
    }
    if (faults.length || !fee || !fee.ok || date === null || amount === null) {
      problems.push(rowText(row.rowNumber, { id: faults.map((f) => f.id).join('; '), en: faults.map((f) => f.en).join('; ') }));
      continue;
    }
    const expected = lines.reduce((s, l) => s + l.expected, 0);
    const payoutId = typedId || newPayoutId(fee.fee.name, date, amount, lines.map((l) => l.orderId));
    payouts.push({
      rowNumber: row.rowNumber,
      payoutId,
      newId: typedId === '',
      marketplace: fee.fee.name,
      date,
      amount,
      reference: cellText(r.reference),
      lines,
      expected,
      difference: amount - expected,
      details: payoutDetails(lines, amount - expected, describeFee(fee.fee)),
    });
  }
  if (problems.length) return { ok: false, problems };
  const booked = new Set(input.bookedIds.map((id) => id.toUpperCase()));
  const ledger = payouts
    .filter((p) => !booked.has(p.payoutId.toUpperCase()))
    .map((p): NewLedgerEntry => ({
      entryId: p.payoutId,
      date: p.date,
      type: INCOME,
      category: SALES_CATEGORY,
      amount: p.amount,
      reference: p.reference ? `${p.marketplace} ${p.reference}` : p.marketplace,
      note: `Pencairan ${p.marketplace} ${formatJakartaDate(p.date)}: ${p.lines.map((l) => l.orderId).join(', ')}`,
      by: input.user,
    }));
  const orderMarks = payouts.flatMap((p) =>
    p.lines.flatMap((l) =>
      (input.orders.get(l.orderId) ?? [])
        .filter((place) => !same(cellText(place.record.payoutId), p.payoutId))
        .map((place) => ({ sheet: place.sheet, rowNumber: place.rowNumber, payoutId: p.payoutId })),
    ),
  );
  return { ok: true, payouts, ledger, orderMarks, alreadyBooked };
}

/** The `Rincian` text: each order's price, fee and expected payout (and what arrived for it), then the difference left unexplained. */
export function payoutDetails(lines: readonly PayoutOrderLine[], difference: Rupiah, fee: string): string {
  const perOrder = lines.map((l) => {
    const paid = l.paid === null ? '' : `, cair ${formatRupiah(l.paid)}${l.paid !== l.expected ? ` (selisih ${signed(l.paid - l.expected)})` : ''}`;
    return `${l.orderId}: ${formatRupiah(l.price)} − biaya ${formatRupiah(l.fee)} = ${formatRupiah(l.expected)}${paid}`;
  });
  const explained = lines.every((l) => l.paid !== null);
  const tail =
    difference === 0
      ? 'Sesuai perkiraan.'
      : explained
        ? `Selisih ${signed(difference)}: lihat selisih per pesanan di atas.`
        : `Selisih ${signed(difference)} belum terjelaskan (per pesanan tidak diketahui) — cek laporan penghasilan marketplace.`;
  return `Biaya ${fee}. ${perOrder.join('; ')}. ${tail}`;
}

/** An amount with its sign: `+Rp1.000`, `-Rp2.250`. */
function signed(amount: Rupiah): string {
  return amount > 0 ? `+${formatRupiah(amount)}` : formatRupiah(amount);
}
