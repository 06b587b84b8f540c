/**
 * The sections the CS sidebar shows below a customer's orders, in order: the summary, the open
 * complaints (complaint-section.ts) and the quick replies (reply-section.ts). To add one, write a provider that reads only what it needs for `found` (by phone or order ID,
 * with a TextFinder, never a sheet's history) and add it to this list; the page needs no change.
 */
import { CustomerSection, FoundCustomer, summarySection } from '../domain/customer-sections';
import { ActionContext } from './action';
import { complaintsSection } from './complaint-section';
import { repliesSection } from './reply-section';

/** Builds one section for what the search found, or null to show nothing. */
export type SectionProvider = (ctx: ActionContext, found: FoundCustomer) => CustomerSection | null;

/** The providers, top to bottom. */
export const CUSTOMER_SECTIONS: readonly SectionProvider[] = [
  (_ctx, found) => summarySection(found),
  complaintsSection,
  repliesSection,
];
