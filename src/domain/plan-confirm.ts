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
import { orderIdAllocator } from './order-id';
import { emptyPlan, findOrder, isSameOrder, PipelinePlan, PlanEnv } from './order-plan';
import { cellText } from './cell';
import { OrderRecord, orderIdOf, OrderRow, StockRow } from './order-record';
import { priceOrder } from './pricing';
import { StockBook } from './stock-book';
import { APPROVAL_SHEET, ORDERS_SHEET } from '../sheets/schema';

/** What Confirm order decides with. */
export interface ConfirmInput {
  /** The selected rows of CS · Pesanan. */
  readonly selected: readonly OrderRow[];
  /** Every row of CS · Pesanan (an ID typed twice is refused). */
  readonly source: readonly OrderRow[];
  /** Every row of Keuangan · Approval. */
  readonly target: readonly OrderRow[];
  /** The order IDs on the other order sheets, by sheet name (Gudang · Pengiriman, Gudang · Selesai). */
  readonly elsewhere: ReadonlyArray<{ readonly sheet: string; readonly ids: readonly string[] }>;
  readonly stock: readonly StockRow[];
}

/** Plans Confirm order; see the file comment. */
export function planConfirm(input: ConfirmInput, env: PlanEnv): PipelinePlan {
  const plan = emptyPlan();
  const book = new StockBook(input.stock);
  const allIds = [...input.source, ...input.target].map((row) => orderIdOf(row.record)).concat(...input.elsewhere.map((e) => e.ids)).filter((id) => id !== '');
  const ids = orderIdAllocator(allIds, env.settings.orderIdPrefix, env.now);
  const refuse = (row: OrderRow, problems: Text[]): void => {
    plan.skipped.push({ orderId: orderIdOf(row.record), rowNumber: row.rowNumber, reason: joinTexts(problems, '; ') });
  };
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
      const twin = input.source.find((other) => other.rowNumber !== row.rowNumber && orderIdOf(other.record).toUpperCase() === typedId.toUpperCase());
      if (twin) {
        refuse(row, [rowProblem(row.rowNumber, { id: `ID pesanan ${typedId} juga dipakai di baris ${twin.rowNumber} — kosongkan salah satu agar dibuat otomatis`, en: `order ID ${typedId} is also used on row ${twin.rowNumber} — blank one of them to have a new one made` })]);
        continue;
      }
      const other = input.elsewhere.find((e) => e.ids.some((id) => id.toUpperCase() === typedId.toUpperCase()));
      if (other) {
        refuse(row, [rowProblem(row.rowNumber, { id: `ID pesanan ${typedId} sudah dipakai di ${other.sheet} — kosongkan agar dibuat otomatis`, en: `order ID ${typedId} is already used in ${other.sheet} — blank it to have a new one made` })]);
        continue;
      }
      const inTarget = findOrder(input.target, typedId);
      if (inTarget && !isSameOrder(inTarget.record, row.record)) {
        refuse(row, [rowProblem(row.rowNumber, { id: `ID pesanan ${typedId} sudah dipakai pesanan lain di ${APPROVAL_SHEET.name} — kosongkan agar dibuat otomatis`, en: `order ID ${typedId} is already used by another order in ${APPROVAL_SHEET.name} — blank it to have a new one made` })]);
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
    const priced = priceOrder(order.items, unit, order.shippingCost, order.discount);
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
    if (!typedId) {
      ids.take();
      plan.sourceUpdates.push({ rowNumber: row.rowNumber, changes: { orderId } });
    }
    const price = priced.price;
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
        discount: order.discount,
        subtotal: price.subtotal,
        total: price.total,
        costOfGoods: price.costOfGoods,
        assignedCs: cellText(row.record.assignedCs) || env.user,
        fulfilment: 'Menunggu approval',
        rejectReason: '',
        confirmedAt: env.now,
        updatedBy: env.user,
      };
      plan.targetAppends.push(record);
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
        : `Total ${formatRupiah(price.total)} (subtotal ${formatRupiah(price.subtotal)}, ongkir ${formatRupiah(order.shippingCost)}, diskon ${formatRupiah(order.discount)}); stok dipesan: ${formatItems(order.items)}`,
    });
  }
  plan.stock.push(...book.changes());
  return plan;
}
