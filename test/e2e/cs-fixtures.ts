/** A draft as the order-entry dialog sends it, for the CS pages' end-to-end and browser tests. */
import type { OrderDraft } from '../../src/domain/order-entry';

/** Siti's order (two black T-shirts, a cap) as typed in the dialog; any field may be changed. */
export function aDraft(changes: Partial<OrderDraft> = {}): OrderDraft {
  return {
    requestId: 'pb-test-0001',
    customerName: 'Siti Aminah',
    phone: '0812-3456-7890',
    address: 'Jl. Melati 5, Bandung',
    channel: 'WA',
    items: [{ sku: 'KAOS-HTM-L', quantity: '2' }, { sku: 'TOPI-01', quantity: '1' }],
    variantConfirmed: true,
    courier: 'JNE',
    shippingCost: '18000',
    discount: '',
    paymentMethod: 'Transfer',
    notes: '',
    confirmNow: false,
    ...changes,
  };
}
