/**
 * What the careless-team suites share: the pipeline shop's team (Dewi in CS, Rina in Keuangan, Agus in
 * Gudang), the shop after Setup with that team listed, the last message a person saw, and the snapshot that
 * "nothing changed" compares.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { LOG_SHEET } from '../../src/sheets/schema';
import { CS, FINANCE, openShop, setTeam, WAREHOUSE } from './pipeline-shop';

/** The pipeline shop's team as Pengaturan lists it. */
export const TEAM = [
  { email: CS, name: 'Dewi', division: 'CS' },
  { email: FINANCE, name: 'Rina', division: 'Keuangan' },
  { email: WAREHOUSE, name: 'Agus', division: 'Gudang' },
];

/** The pipeline shop after Setup with the team listed. */
export function shopWithTeam(): LocalRuntime {
  const rt = openShop();
  setTeam(rt, TEAM);
  return rt;
}

/** The last alert the person saw, or else the last toast. */
export function lastMessage(rt: LocalRuntime): string {
  const alert = rt.workbook.alerts.filter((a) => a.kind === 'alert').at(-1);
  return String(alert?.message ?? rt.workbook.toasts.at(-1)?.message ?? '');
}

/** Every sheet's values but the Log: what "nothing changed" compares. */
export function everything(rt: LocalRuntime): Record<string, unknown[][]> {
  return Object.fromEntries(rt.workbook.sheetNames().filter((n) => n !== LOG_SHEET.name).map((n) => [n, rt.workbook.values(n)]));
}
