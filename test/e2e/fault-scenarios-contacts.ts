/**
 * The contact list's actions for the fault-injection suite, on the small pipeline shop of fault-scenarios.ts:
 * Daftar broadcast over a refreshed contact list (Siti and Budi said Ya, Citra asked to stop), and the daily
 * contact refresh trigger counting two new deliveries (one a customer already listed, her phone typed
 * another way). The end state compared includes Kontak's counts and Marketing · Broadcast's lines.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { DONE_SHEET } from '../../src/sheets/schema';
import type { FaultScenario } from './fault-harness';
import { delivered, typeContact } from './contacts-shop';
import { appendRecords } from './pipeline-shop';

/** What the contact scenarios need of fault-scenarios.ts (passed in, so neither file imports the other's list). */
export interface ContactShopKit {
  readonly shop: (now?: number) => LocalRuntime;
}

const broadcast = (rt: LocalRuntime) => {
  rt.clickMenu('Daftar broadcast');
};
const scheduledRefresh = (rt: LocalRuntime) => {
  rt.call('contactsRefreshTrigger', [], { mode: 'time-trigger' });
};

/** The contact scenarios, built on the pipeline shop. */
export function contactScenarios(kit: ContactShopKit): FaultScenario[] {
  const listed = () => {
    const rt = kit.shop(jakartaInstant(2026, 11, 28, 9));
    appendRecords(rt, DONE_SHEET, [
      delivered('TK-2611-0101', '0812-3456-7890', 2),
      delivered('TK-2611-0102', '0813-1111-2222', 3, { customerName: 'Budi Santoso' }),
      delivered('TK-2611-0103', '0857-1234-5678', 4, { customerName: 'Citra Dewi' }),
    ]);
    rt.clickMenu('Perbarui kontak');
    return rt;
  };
  return [
    {
      action: 'Daftar broadcast',
      story: 'Marketing builds the broadcast list over three contacts: Siti and Budi said Ya, Citra asked to stop; the list holds Siti and Budi with their wa.me links.',
      arrange: () => {
        const rt = listed();
        typeContact(rt, '6281234567890', 'consent', 'ya');
        typeContact(rt, '6281311112222', 'consent', 'Ya');
        typeContact(rt, '6285712345678', 'consent', 'stop');
        rt.state.resetCallCounts();
        return rt;
      },
      act: broadcast,
      rerun: broadcast,
    },
    {
      action: 'contactsRefreshTrigger',
      story: 'At 05.00 WIB the daily trigger refreshes the contacts after two deliveries (one a listed customer, her phone typed another way); the rerun is the next day\'s run.',
      arrange: () => {
        const rt = listed();
        appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0104', '+62 812 3456 7890', 20), delivered('TK-2611-0105', '0857-3333-4444', 21, { customerName: 'Eka Putri' })]);
        rt.state.resetCallCounts();
        return rt;
      },
      act: scheduledRefresh,
      rerun: scheduledRefresh,
    },
  ];
}
