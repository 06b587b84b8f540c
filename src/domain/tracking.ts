/** The tracking link of a shipment, from the courier's URL template in Pengaturan (`…?awb={resi}`). */
import { Courier } from './settings';

/** The link with the resi URL-encoded in place of `{resi}`; '' when the courier has no template. */
export function trackingLink(template: string, resi: string): string {
  const trimmed = template.trim();
  if (trimmed === '') return '';
  return trimmed.includes('{resi}') ? trimmed.split('{resi}').join(encodeURIComponent(resi)) : trimmed;
}

/** The courier of that name in Pengaturan (any case, ignoring spaces), if listed. */
export function findCourier(couriers: readonly Courier[], name: string): Courier | undefined {
  const key = name.replace(/\s+/g, '').toLowerCase();
  return couriers.find((c) => c.name.replace(/\s+/g, '').toLowerCase() === key);
}
