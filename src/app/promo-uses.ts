/**
 * Marketing · Promo for the order actions: read once (a small sheet) only when a selected order carries a
 * promo code, and its changed rows written in one block. Konfirmasi pesanan records uses; Tolak and
 * Batalkan pesanan give them back. An action whose orders carry no code never opens the sheet.
 */
import { cellText } from '../domain/cell';
import { Text, UserError } from '../domain/i18n';
import { parseRupiah } from '../domain/money';
import { PromoBudget } from '../domain/promo-report';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { PipelinePlan } from '../domain/order-plan';
import { orderPromoCode, PromoBook, PromoRow } from '../domain/promo-book';
import { PROMO_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext } from './action';

/** The promo book of one action and how to write what changed in it. */
export interface OpenPromos {
  readonly book: PromoBook;
  /** Writes the changed promo rows (uses, discount given, trail) in one block; nothing when none changed. */
  write(): void;
}

/** Whether any of the rows carries a promo code. */
export function carriesPromo(rows: readonly OrderRow[]): boolean {
  return rows.some((row) => orderPromoCode(row.record.promoCode) !== '');
}

/**
 * Reads Marketing · Promo when a row carries a code (else null, no call). A missing sheet or column is
 * the usual UserError (Konfirmasi pesanan cannot check a code without it) unless `lenient`, when it is null.
 */
export function openPromos(ctx: ActionContext, rows: readonly OrderRow[], lenient = false): OpenPromos | null {
  if (!carriesPromo(rows)) return null;
  let table: Table<string>;
  try {
    table = Table.read(ctx.ss, PROMO_SHEET);
  } catch (e) {
    // Only a missing sheet or column (a UserError) is forgiven; a failing service call must fail the action.
    if (lenient && e instanceof UserError) return null;
    throw e;
  }
  const book = new PromoBook(table.rows as PromoRow[]);
  return {
    book,
    write: () => {
      const changes = book.changes();
      if (changes.length === 0) return;
      for (const change of changes) table.update(change.rowNumber, change.changes);
      table.commit();
    },
  };
}

/**
 * Gives back the promo use of every order the plan moved (Tolak, Batalkan pesanan); a code whose promo
 * row is gone adds a warning to the plan (the order still moves). Returns the promos to write.
 */
export function releasePromoUses(ctx: ActionContext, rows: readonly OrderRow[], plan: PipelinePlan): OpenPromos | null {
  const done = new Set(plan.done.map((id) => id.toUpperCase()));
  const moved = rows.filter((row) => done.has(orderIdOf(row.record).toUpperCase()));
  if (!carriesPromo(moved)) return null;
  const promos = openPromos(ctx, moved, true);
  for (const row of moved) {
    const code = orderPromoCode(row.record.promoCode);
    if (code === '') continue;
    const orderId = orderIdOf(row.record);
    const found = promos?.book.lookup(code);
    if (!promos || !found || !found.ok) {
      plan.warnings.push(goneWarning(code, orderId));
      continue;
    }
    promos.book.release(code, orderId);
  }
  return promos;
}

const goneWarning = (code: string, orderId: string): Text => ({
  id: `${orderId}: promo ${code} tidak ada (lagi) di Marketing · Promo, jadi pemakaiannya tidak dikembalikan`,
  en: `${orderId}: promo ${code} is not (or no longer) in Marketing · Promo, so its use was not given back`,
});

/** Marketing · Promo's promos for the monthly report (one read of a small sheet); none when the sheet or a column is missing. */
export function readPromoBudgets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PromoBudget[] {
  try {
    return Table.read(ss, PROMO_SHEET).rows.map((row) => ({
      code: cellText(row.record.code),
      name: cellText(row.record.name),
      budget: cellText(row.record.budget) === '' ? null : parseRupiah(row.record.budget),
      discountGiven: parseRupiah(row.record.discountGiven) ?? 0,
    }));
  } catch (e) {
    if (e instanceof UserError) return [];
    throw e;
  }
}
