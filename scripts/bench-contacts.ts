/**
 * Bench of marketing's contact list on the built bundle in the local runtime: Toko → Perbarui kontak after
 * 50 new deliveries (half of them customers already listed, half new), and Toko → Daftar broadcast, on
 * shops whose Gudang · Selesai and Marketing · Kontak grow (a history of delivered orders from a pool of
 * customers who order about 2.5 times each, the contact list built from it by an earlier refresh). The
 * service calls must not grow with either sheet; the cells read grow only with Kontak, which the refresh
 * reads whole (segments change with time), never with Selesai's history (the watermark).
 * `benchContacts()` is what scripts/bench.ts calls.
 */
import { LocalRuntime } from '../emulator/runtime';
import { DONE_SHEET } from '../src/sheets/schema';
import { NOW } from '../test/e2e/pipeline-fixtures';
import { openShop, setTeam } from '../test/e2e/pipeline-shop';
import { appendHost, BenchRow, catalogue, fitRows, measure, Measurement, OrderIds, recordedOrder, seededRandom } from './bench-shop';

/** One measured click on one shop. */
export interface ContactsMeasurement extends Measurement {
  readonly action: 'Perbarui kontak' | 'Daftar broadcast';
  /** Delivered orders in Gudang · Selesai before the new ones. */
  readonly history: number;
  /** Contacts in Marketing · Kontak before the refresh. */
  readonly contacts: number;
}

const DAY = 24 * 60 * 60 * 1000;
/** New deliveries since the last refresh, and how many of them are customers already listed. */
const NEW_DELIVERIES = 50;
const RETURNING = 25;
const MARKETING = 'maya@toko.test';

/** The phone of customer i of the pool, as CS types it (three spellings, one customer). */
function phoneOf(i: number, spelling: number): string {
  const national = `812${String(10000000 + i).padStart(8, '0')}`;
  return spelling % 3 === 0 ? `0${national}` : spelling % 3 === 1 ? `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}` : `62${national}`;
}

/** A shop with `history` delivered orders from `history / 2.5` customers, refreshed once (Kontak built), then 50 new deliveries. */
export function buildContactsShop(history: number): { rt: LocalRuntime; contacts: number } {
  const rt = openShop();
  setTeam(rt, [{ email: MARKETING, name: 'Maya', division: 'Marketing' }]);
  const random = seededRandom(31);
  const products = catalogue(50);
  const ids = new OrderIds();
  const pool = Math.max(1, Math.round(history / 2.5));
  const start = NOW - 360 * DAY;
  const delivered = (i: number, at: number, customer: number): BenchRow => {
    const { row } = recordedOrder(random, products, ids.take(at), at, 'delivered');
    return { ...row, phone: phoneOf(customer, i), customerName: `Pelanggan ${customer}` };
  };
  appendHost(rt, DONE_SHEET, Array.from({ length: history }, (_, i) => delivered(i, start + Math.floor((i / history) * 350 * DAY), Math.floor(random() * pool))));
  fitRows(rt, DONE_SHEET);
  rt.clickMenu('Perbarui kontak', MARKETING);
  const contacts = Math.max(0, rt.workbook.values('Marketing · Kontak').length - 1);
  appendHost(rt, DONE_SHEET, Array.from({ length: NEW_DELIVERIES }, (_, i) => delivered(i + 1, NOW - 2 * DAY + i * 60_000, i < RETURNING ? i % pool : pool + i)));
  fitRows(rt, DONE_SHEET);
  rt.state.resetCallCounts();
  return { rt, contacts };
}

/** Perbarui kontak, then Daftar broadcast rebuilt (all segments), on a shop of `history` deliveries; each measured. */
export function measureContacts(history: number, withBroadcast = true): ContactsMeasurement[] {
  const { rt, contacts } = buildContactsShop(history);
  const alerts = rt.workbook.alerts.length;
  const refresh = measure(rt, () => rt.clickMenu('Perbarui kontak', MARKETING));
  const said = rt.workbook.toasts.at(-1)?.message ?? '';
  if (rt.workbook.alerts.length !== alerts || !said.includes(`${NEW_DELIVERIES} pesanan baru dihitung`)) {
    throw new Error(`bench: Perbarui kontak did not count the ${NEW_DELIVERIES} new deliveries: ${rt.workbook.alerts.at(-1)?.message ?? said}`);
  }
  const results: ContactsMeasurement[] = [{ ...refresh, action: 'Perbarui kontak', history, contacts }];
  if (withBroadcast) {
    rt.clickMenu('Daftar broadcast', MARKETING); // the first run makes the sheet; the figure is a rebuild, as marketing runs it
    const broadcast = measure(rt, () => rt.clickMenu('Daftar broadcast', MARKETING));
    results.push({ ...broadcast, action: 'Daftar broadcast', history, contacts });
  }
  return results;
}

/** The two sizes the bench compares (and the scale budget test, smaller). */
export const CONTACTS_HISTORIES = [2_000, 20_000] as const;

/** Both actions at each size. */
export function benchContacts(histories: readonly number[] = CONTACTS_HISTORIES): ContactsMeasurement[] {
  return histories.flatMap((history) => measureContacts(history));
}

/** The table for docs/benchmarks.md. */
export function formatContactsTable(rows: readonly ContactsMeasurement[]): string {
  return [
    '| Action | Delivered orders in Selesai | Contacts in Kontak | Service calls | Cells read |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.action}${r.action === 'Perbarui kontak' ? ` (${NEW_DELIVERIES} new deliveries, ${RETURNING} returning)` : ''} | ${r.history.toLocaleString('en-US')} | ${r.contacts.toLocaleString('en-US')} | ${r.serviceCalls} | ${r.cellsRead.toLocaleString('en-US')} |`),
  ].join('\n');
}
