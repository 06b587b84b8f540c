/**
 * A shop for the contact-list tests on the built bundle: delivered orders in Gudang · Selesai, the contact
 * list refreshed from them, consent typed into Marketing · Kontak as marketing types it, and the broadcast
 * sheet read back as records.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { BROADCAST_SHEET_NAME, CONTACTS_SHEET, DONE_SHEET } from '../../src/sheets/schema';
import { appendRecords, columnLetter, headerColumns, openShop, recordsOf, sheetOrder } from './pipeline-shop';

/** Marketing's person in the team. */
export const MARKETING = 'maya@toko.test';

/** A delivered order of a customer in Gudang · Selesai, on a day of November 2026. */
export function delivered(orderId: string, phone: string, day: number, more: Record<string, string | number> = {}): Record<string, string | number> {
  return sheetOrder(orderId, { phone, customerName: 'Siti Aminah', address: 'Jl. Melati 5, Bandung', orderDate: jakartaInstant(2026, 11, day), total: 238000, shippingCost: 18000, ...more });
}

/**
 * Four customers refreshed into Kontak: Siti (3 orders, phone typed three ways), Budi (1), Citra (5, loyal),
 * Dodi (1 order in August: tidak aktif by December). The clock is the shop's (28 Nov 2026).
 */
export function contactShop(): LocalRuntime {
  const rt = openShop();
  appendRecords(rt, DONE_SHEET, [
    delivered('TK-2608-0001', '0856-7777-8888', 1, { customerName: 'Dodi Kurniawan', address: 'Jl. Anggrek 3, Bogor', orderDate: jakartaInstant(2026, 8, 1) }),
    delivered('TK-2611-0001', '0812-3456-7890', 2),
    delivered('TK-2611-0002', '+62 812 3456 7890', 9),
    delivered('TK-2611-0003', '62 812-3456-7890', 12),
    delivered('TK-2611-0004', '0813-1111-2222', 10, { customerName: 'Budi Santoso', address: 'Jl. Kenari 2, Depok' }),
    ...[3, 6, 9, 14, 20].map((day, i) => delivered(`TK-2611-01${i}0`, '0857-1234-5678', day, { customerName: 'Citra Dewi', address: 'Jl. Mawar 8, Surabaya 60111' })),
  ]);
  rt.clickMenu('Perbarui kontak');
  rt.state.resetCallCounts();
  return rt;
}

/** The Kontak row of a normalised phone (2-based sheet row). */
export function contactRow(rt: LocalRuntime, phone: string): number {
  const index = recordsOf(rt, CONTACTS_SHEET).findIndex((r) => r.phone === phone);
  if (index < 0) throw new Error(`no contact ${phone}`);
  return index + 2;
}

/** Marketing types a cell of a contact (consent, its source, notes). */
export function typeContact(rt: LocalRuntime, phone: string, key: string, value: string, user?: string): void {
  const column = headerColumns(rt, CONTACTS_SHEET).get(key) as number;
  rt.edit(CONTACTS_SHEET.name, `${columnLetter(column)}${contactRow(rt, phone)}`, [[value]], user);
}

/** The broadcast list's rows below its header, as records (name, phone, segment, city, lastOrder, link). */
export function broadcastLines(rt: LocalRuntime): Array<{ name: unknown; phone: unknown; segment: unknown; city: unknown; lastOrder: unknown; link: string }> {
  const values = rt.workbook.values(BROADCAST_SHEET_NAME);
  const header = values.findIndex((row) => row[0] === 'Nama' || row[0] === 'Name');
  return values.slice(header + 1)
    .filter((row) => row.some((cell) => cell !== '' && cell !== null))
    .map(([name, phone, segment, city, lastOrder, link]) => ({ name, phone, segment, city, lastOrder: lastOrder instanceof Date ? lastOrder.getTime() : lastOrder, link: String(link) }));
}

/** Marketing types the selection rows at the top of the broadcast sheet (by their labels in column A). */
export function typeSelection(rt: LocalRuntime, label: 'Segmen' | 'Pesan', value: string): void {
  const row = rt.workbook.values(BROADCAST_SHEET_NAME).findIndex((cells) => cells[0] === label) + 1;
  if (row < 1) throw new Error(`no ${label} row`);
  rt.edit(BROADCAST_SHEET_NAME, `B${row}`, [[value]]);
}
