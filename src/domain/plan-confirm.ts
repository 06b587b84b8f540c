/**
 * Confirm order (CS): checks the selected rows of CS · Pesanan, numbers new orders, reserves their
 * stock, prices them and moves them to Keuangan · Approval. A row with any problem stays untouched.
 * An order already in Approval with the same customer is a move half-done by an earlier failure:
 * it is only removed from CS (its stock trail makes the reservation a no-op).
 */
import { joinTexts, Text } from './i18n';
import { formatItems } from './items';
import { formatRupiah } from './money';
import { checkOrderRow, rowProblem } from './order';
import { OrderIdAllocator } from './order-id';
import { emptyPlan, IdPlace, idTakenElsewhere, isSameOrder, messageEnvOf, PipelinePlan, PlanEnv } from './order-plan';
import { confirmedTemplate, orderWhatsappCell } from './customer-message';
import { chooseCs, CsPerson, nobodyPresent, personNamed, turnPattern } from './cs-assignment';
import { cellText } from './cell';
import { OrderRecord, orderIdOf, OrderRow, StockRow } from './order-record';
import { priceOrder } from './pricing';
import { PromoBook } from './promo-book';
import { promoDiscount } from './promo-confirm';
import { StockBook } from './stock-book';
import { APPROVAL_SHEET, ORDERS_SHEET } from '../sheets/schema';

/** What Confirm order decides with. */
export interface ConfirmInput {
  /** The selected rows of CS · Pesanan. */
  readonly selected: readonly OrderRow[];
  /**
   * Every other place the typed IDs of the selection were found: CS · Pesanan (other rows), Keuangan ·
   * Approval (with the record, to tell a half-done move from another order), Gudang · Pengiriman and
   * Gudang · Selesai.
   */
  readonly idPlaces: readonly IdPlace[];
  readonly stock: readonly StockRow[];
  /** Hands out new IDs after every ID ever issued (the shop's counter). */
  readonly ids: OrderIdAllocator;
  /** Marketing · Promo, read only when a selected row carries a promo code; the uses recorded land in it. */
  readonly promos?: PromoBook;
  /**
   * CS rotation (cs-assignment.ts): the team's CS and who served each phone of the selection last. A row
   * without a CS gets one from it; without CS in the team (or without this), the person confirming.
   */
  readonly rotation?: { readonly people: readonly CsPerson[]; readonly lastCsByPhone: ReadonlyMap<string, string> };
  /** Problems with the team's CS cells (an unreadable Cuti), told when the rotation is used. */
  readonly rotationWarnings?: readonly Text[];
}

/** Confirm's plan, plus the phones whose last CS is now known (for the rotation's index). */
export interface ConfirmPlan extends PipelinePlan {
  readonly lastCsByPhone: Map<string, string>;
}

/** Plans Confirm order; see the file comment. */
export function planConfirm(input: ConfirmInput, env: PlanEnv): ConfirmPlan {
  const plan = { ...emptyPlan(), lastCsByPhone: new Map<string, string>() };
  const people = input.rotation?.people ?? [];
  const pattern = turnPattern(people);
  const lastCs = new Map(input.rotation?.lastCsByPhone ?? []);
  let rotated = 0;
  let nobody = 0;
  const book = new StockBook(input.stock);
  const ids = input.ids;
  const refuse = (row: OrderRow, problems: Text[]): void => {
    plan.skipped.push({ orderId: orderIdOf(row.record), rowNumber: row.rowNumber, reason: joinTexts(problems, '; ') });
  };
  const selectedIds = new Map<string, number>();
  for (const row of input.selected) {
    const id = orderIdOf(row.record).toUpperCase();
    if (id !== '') selectedIds.set(id, (selectedIds.get(id) ?? 0) + 1);
  }
  for (const row of input.selected) {
    const checked = checkOrderRow(row);
    if (!checked.ok) {
      refuse(row, checked.problems);
      continue;
    }
    const order = checked.order;
    const typedId = order.orderId;
    let halfDone = false;
    if (typedId) {
      const key = typedId.toUpperCase();
      const places = input.idPlaces.filter((p) => p.orderId.toUpperCase() === key && !(p.sheet === ORDERS_SHEET.name && p.rowNumber === row.rowNumber));
      const inTarget = places.find((p) => p.sheet === APPROVAL_SHEET.name && p.record !== undefined && isSameOrder(p.record, row.record));
      const clash = places.find((p) => p !== inTarget);
      if (clash) {
        refuse(row, [rowProblem(row.rowNumber, idTakenElsewhere(typedId, clash))]);
        continue;
      }
      if ((selectedIds.get(key) ?? 0) > 1) {
        refuse(row, [rowProblem(row.rowNumber, { id: `ID ${typedId} dipakai lebih dari satu baris yang dipilih — kosongkan kolom ID untuk pesanan baru`, en: `ID ${typedId} is on more than one selected row — blank the ID column for a new order` })]);
        continue;
      }
      halfDone = inTarget !== undefined;
    }
    const orderId = typedId || ids.peek();
    const unknown: Text[] = [];
    for (const item of order.items) {
      const found = book.level(item.sku);
      if (!found.ok) unknown.push(found.reason);
    }
    if (unknown.length) {
      refuse(row, [rowProblem(row.rowNumber, joinTexts(unknown, '; '))]);
      continue;
    }
    const unit = (sku: string) => {
      const found = book.level(sku);
      return found.ok ? found.level : { sellingPrice: 0, costPrice: 0 };
    };
    const promo = promoDiscount(row, order, orderId, unit, input.promos, env.now);
    if (!promo.ok) {
      refuse(row, [rowProblem(row.rowNumber, promo.reason)]);
      continue;
    }
    const priced = priceOrder(order.items, unit, order.shippingCost, promo.discount);
    if (!priced.ok) {
      refuse(row, [rowProblem(row.rowNumber, joinTexts(priced.problems, '; '))]);
      continue;
    }
    const reserved = book.move(orderId, order.items, 'reserve');
    if (!reserved.ok) {
      refuse(row, [rowProblem(row.rowNumber, joinTexts(reserved.reasons, '; '))]);
      continue;
    }
    plan.warnings.push(...reserved.warnings);
    if (promo.code) input.promos?.record(promo.code, orderId, promo.discount);
    if (!typedId) {
      ids.take();
      plan.ids.push({ rowNumber: row.rowNumber, changes: { orderId } });
    }
    const price = priced.price;
    let cs = cellText(row.record.assignedCs);
    if (cs === '' && people.length && !halfDone) {
      const chosen = chooseCs(people, pattern, orderId, lastCs.get(order.phone));
      rotated++;
      if (chosen) cs = chosen.label;
      else nobody++;
    }
    const served = personNamed(people, cs);
    if (served && !halfDone) {
      lastCs.set(order.phone, served.email);
      plan.lastCsByPhone.set(order.phone, served.email);
    }
    if (!halfDone) {
      const record: OrderRecord = {
        ...row.record,
        orderId,
        orderDate: cellText(row.record.orderDate) === '' ? env.now : row.record.orderDate,
        phone: order.phone,
        channel: order.channel,
        items: formatItems(order.items),
        variantConfirmed: 'Ya',
        paymentMethod: order.paymentMethod,
        paymentStatus: order.paymentStatus,
        shippingCost: order.shippingCost,
        discount: promo.discount,
        promoCode: promo.code,
        subtotal: price.subtotal,
        total: price.total,
        costOfGoods: price.costOfGoods,
        assignedCs: cs || env.user,
        fulfilment: 'Menunggu approval',
        rejectReason: '',
        confirmedAt: env.now,
        updatedBy: env.user,
      };
      plan.targetAppends.push({ ...record, waLink: orderWhatsappCell(confirmedTemplate(record), record, messageEnvOf(env)) });
    }
    plan.sourceRemovals.push(row.rowNumber);
    plan.done.push(orderId);
    plan.logs.push({
      action: 'Konfirmasi pesanan',
      orderId,
      from: ORDERS_SHEET.name,
      to: APPROVAL_SHEET.name,
      details: halfDone
        ? 'melanjutkan pemindahan yang terputus'
        : `Total ${formatRupiah(price.total)} (subtotal ${formatRupiah(price.subtotal)}, ongkir ${formatRupiah(order.shippingCost)}, diskon ${formatRupiah(promo.discount)}${promo.code ? ` promo ${promo.code}` : ''}); stok di-booking: ${formatItems(order.items)}`,
    });
  }
  plan.stock.push(...book.changes());
  if (rotated) plan.warnings.push(...(input.rotationWarnings ?? []));
  if (nobody) plan.warnings.push(nobodyPresent(nobody));
  return plan;
}
