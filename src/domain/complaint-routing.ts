/**
 * Complaint routing and SLA, as the Pengaturan block (Jenis Komplain / Divisi Komplain / Jam Respon /
 * Jam Selesai) says: per type, the division that answers and the hours allowed for a first answer and
 * for the solution. Due times are instants (epoch ms), shown in WIB.
 */
import { cellInteger, cellText } from './cell';
import { Text } from './i18n';
import { formatJakartaDateTime } from './jakarta-time';
import { COMPLAINT_TYPES, Division, DIVISIONS } from '../sheets/schema';

/** A complaint type from the dropdown. */
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/** One line of the routing block; hours are null when blank or not a whole number above zero. */
export interface ComplaintRoute {
  readonly type: ComplaintType;
  readonly division: Division | null;
  readonly respondHours: number | null;
  readonly solveHours: number | null;
}

/** What Setup writes for a new shop: late, wrong colour, missing item → Gudang; defective → Gudang; other → CS. */
export const DEFAULT_COMPLAINT_ROUTES: readonly ComplaintRoute[] = [
  { type: 'Terlambat/belum sampai', division: 'Gudang', respondHours: 2, solveHours: 48 },
  { type: 'Warna/varian tidak sesuai', division: 'Gudang', respondHours: 2, solveHours: 48 },
  { type: 'Cacat/rusak', division: 'Gudang', respondHours: 2, solveHours: 72 },
  { type: 'Kurang item', division: 'Gudang', respondHours: 2, solveHours: 48 },
  { type: 'Lainnya', division: 'CS', respondHours: 4, solveHours: 72 },
];

const HOUR_MS = 60 * 60 * 1000;

/** The complaint type a cell or an answer names: its dropdown text (any case), its number 1–5, or an English word. */
export function parseComplaintType(value: unknown): ComplaintType | null {
  const text = cellText(value).toLowerCase();
  if (text === '') return null;
  if (/^[1-9]$/.test(text)) return COMPLAINT_TYPES[Number(text) - 1] ?? null;
  const exact = COMPLAINT_TYPES.find((t) => t.toLowerCase() === text);
  if (exact) return exact;
  const aliases: Array<[RegExp, ComplaintType]> = [
    [/^(terlambat|belum sampai|late|not arrived|late\/not arrived)$/, 'Terlambat/belum sampai'],
    [/^(warna|varian|salah warna|wrong colou?r|wrong colou?r\/variant|wrong variant)$/, 'Warna/varian tidak sesuai'],
    [/^(cacat|rusak|defective|damaged|defective\/damaged)$/, 'Cacat/rusak'],
    [/^(kurang|missing item|item missing)$/, 'Kurang item'],
    [/^(lain|other)$/, 'Lainnya'],
  ];
  return aliases.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** Reads the routing block from Pengaturan's records; lines with no known type are skipped, the first line of a type wins. */
export function parseComplaintRoutes(records: ReadonlyArray<Readonly<Record<string, unknown>>>): ComplaintRoute[] {
  const routes: ComplaintRoute[] = [];
  for (const record of records) {
    const type = parseComplaintType(record.complaintType);
    if (!type || routes.some((r) => r.type === type)) continue;
    const division = DIVISIONS.find((d) => d.toLowerCase() === cellText(record.complaintDivision).toLowerCase()) ?? null;
    const hours = (value: unknown): number | null => {
      const n = cellInteger(cellText(value) as string, null);
      return n !== null && n > 0 ? n : null;
    };
    routes.push({ type, division, respondHours: hours(record.complaintRespondHours), solveHours: hours(record.complaintSolveHours) });
  }
  return routes;
}

/** A route ready to use: division and both hours known. */
export interface CompleteRoute {
  readonly type: ComplaintType;
  readonly division: Division;
  readonly respondHours: number;
  readonly solveHours: number;
}

/** The route of a type, or what is missing in Pengaturan and how to fix it. */
export function routeFor(routes: readonly ComplaintRoute[], type: ComplaintType): { ok: true; route: CompleteRoute } | { ok: false; problem: Text } {
  const route = routes.find((r) => r.type === type);
  if (!route || route.respondHours === null || route.solveHours === null) {
    return {
      ok: false,
      problem: {
        id: `Jam SLA untuk jenis komplain "${type}" belum diisi di Pengaturan — isi kolom Jam Respon dan Jam Selesai (jam, angka bulat) di baris "${type}" blok Jenis Komplain, lalu coba lagi`,
        en: `SLA hours for complaint type "${type}" are missing in Pengaturan — fill in Jam Respon and Jam Selesai (whole hours) on the "${type}" line of the Jenis Komplain block, then retry`,
      },
    };
  }
  if (!route.division) {
    return {
      ok: false,
      problem: {
        id: `Divisi penanggung jawab untuk jenis komplain "${type}" belum diisi di Pengaturan (kolom Divisi Komplain) — pilih CS, Keuangan, Gudang, Marketing atau Manajemen, lalu coba lagi`,
        en: `No responsible division for complaint type "${type}" in Pengaturan (column Divisi Komplain) — choose CS, Keuangan, Gudang, Marketing or Manajemen, then retry`,
      },
    };
  }
  return { ok: true, route: { type, division: route.division, respondHours: route.respondHours, solveHours: route.solveHours } };
}

/** The due times of a complaint recorded at `recordedAt`: the first answer and the solution. */
export function dueTimes(recordedAt: number, route: Pick<CompleteRoute, 'respondHours' | 'solveHours'>): { respondBy: number; solveBy: number } {
  return { respondBy: recordedAt + route.respondHours * HOUR_MS, solveBy: recordedAt + route.solveHours * HOUR_MS };
}

/** A due time as the shop reads it: `28 Nov 2026 16.40 WIB`. */
export function formatDue(epochMs: number): string {
  return formatJakartaDateTime(epochMs);
}

/** A route as the Pengaturan row holds it (Setup's starter lines). */
export function complaintRouteRecord(route: ComplaintRoute): Record<string, string | number> {
  return { complaintType: route.type, complaintDivision: route.division ?? '', complaintRespondHours: route.respondHours ?? '', complaintSolveHours: route.solveHours ?? '' };
}
