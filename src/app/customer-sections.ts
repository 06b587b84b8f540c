/**
 * The sections the CS sidebar shows below a customer's orders, in order. To add one (open complaints,
 * quick replies), write a provider that reads only what it needs for `found` (by phone or order ID,
 * with a TextFinder, never a sheet's history) and add it to this list; the page needs no change.
 */
import { CustomerSection, FoundCustomer, summarySection } from '../domain/customer-sections';
import { ActionContext } from './action';

/** Builds one section for what the search found, or null to show nothing. */
export type SectionProvider = (ctx: ActionContext, found: FoundCustomer) => CustomerSection | null;

/** The providers, top to bottom. */
export const CUSTOMER_SECTIONS: readonly SectionProvider[] = [
  (_ctx, found) => summarySection(found),
  // Complaints (CS · Komplain) and quick replies (CS · Template) plug in here.
];
