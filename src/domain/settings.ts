/** The shop's settings as the Pengaturan sheet holds them, parsed purely from its records. */
import { Lang, parseLang } from './i18n';
import { cellText } from './cell';
import { ComplaintRoute, parseComplaintRoutes } from './complaint-routing';
import { CodRiskSettings, parseCodRiskSettings } from './cod-risk-settings';
import type { SegmentSettingsText } from './contact-segments';
import { parsePercent, parseTimeOfDay, TimeOfDay } from './typed-figures';
import { MarketplaceFee, parseMarketplaceFees, parsePercentBp } from './marketplace';
import { DEFAULT_SHIPPING_MARGIN, SHIPPING_MARGIN_SETTING } from './shipping-report';
import { Division, DIVISIONS, LEDGER_CATEGORIES, SETTING_KEYS, SettingKey } from '../sheets/schema';
import { withStockAdjustmentCategory } from './stock-loss';

/** A person on the team and the division they work in. */
export interface TeamMember {
  readonly email: string;
  readonly name: string;
  readonly division: Division;
  /** `Bobot CS`: the share of new orders this CS gets (blank: 1); only present when filled in. */
  readonly weight?: string | number;
  /** `Cuti`: the days this person is away (see leave.ts); only present when filled in. */
  readonly leave?: string | number;
}

/** A courier and its tracking-URL template, where `{resi}` stands for the airway bill number. */
export interface Courier {
  readonly name: string;
  readonly trackingUrl: string;
}

/** Everything Toko reads from Pengaturan. */
export interface Settings {
  readonly shopName: string;
  readonly ownerEmail: string;
  readonly warehouseEmails: string[];
  readonly financeEmails: string[];
  readonly language: Lang;
  readonly orderIdPrefix: string;
  readonly poIdPrefix: string;
  readonly sendPoToSupplier: boolean;
  readonly team: TeamMember[];
  readonly couriers: Courier[];
  readonly ledgerCategories: string[];
  /** Complaint routing and SLA per type (the Jenis Komplain block). */
  readonly complaintRoutes: ComplaintRoute[];
  /** `Rekening pembayaran`: where customers transfer to (`BCA 1234567890 a.n. Toko Sari`), for the `{rekening}` placeholder. */
  readonly bankAccount: string;
  /** Days after shipping with no delivery before a shipment counts as stuck on the dashboard. */
  readonly stuckShipmentDays: number;
  /** The owner's daily digest: when there is something to say (auto), every day, or never. */
  readonly dailyDigest: DigestMode;
  /** When Konfirmasi pesanan flags a COD order (the customer's returns, the city's return rate). */
  readonly codRisk: CodRiskSettings;
  /** The contact segments' thresholds as typed (contact-segments.ts reads and checks them). */
  readonly segmentSettings: SegmentSettingsText;
  /** `Akun kas`: the cash accounts of Keuangan · Kas's Akun column, the first being where a blank Akun counts. */
  readonly cashAccounts: string[];
  /** The tax settings as typed (read and checked by tax-settings.ts; blank when not filled in). */
  readonly tax: { readonly taxpayerKind: string; readonly finalTax: string; readonly pkp: string; readonly vatRate: string };
  /** `Jam ringkasan harian`: when the owner's evening digest is mailed (WIB); see docs/management.md. */
  readonly digestTime: DigestTime;
  /** `Batas selisih harga (%)`: how much dearer than a competitor a SKU may be before Bandingkan harga flags it (a fraction). */
  readonly priceGap: number;
  /** The MARKETPLACE block: per marketplace, its fee (marketplace.ts); empty when the block is blank. */
  readonly marketplaces?: MarketplaceFee[];
  /** `Batas selisih ongkir (%)` in hundredths of a percent: shipping income above courier cost by more than this share is flagged in the report. */
  readonly shippingMarginBp?: number;
}

/** The digest's hour as read, and what was typed when it could not be read (then the default is used). */
export interface DigestTime extends TimeOfDay {
  /** The setting's text when it could not be read ('' when it was read or left blank). */
  readonly unreadable: string;
}

/** The digest's hour when the setting is blank or unreadable: 20.00 WIB. */
export const DEFAULT_DIGEST_TIME: TimeOfDay = { hour: 20, minute: 0 };
/** The price gap when the setting is blank or unreadable: 10%. */
export const DEFAULT_PRICE_GAP = 0.1;

/** When the daily digest is mailed. */
export type DigestMode = 'auto' | 'always' | 'off';

/** The starter values Setup writes, and what a blank setting means. */
export const DEFAULT_SETTINGS: Readonly<Record<SettingKey, string>> = {
  shopName: 'Toko Saya',
  ownerEmail: '',
  warehouseEmails: '',
  financeEmails: '',
  language: 'Indonesia',
  orderIdPrefix: 'TK',
  poIdPrefix: 'PO',
  sendPoToSupplier: 'Tidak',
  bankAccount: '',
  stuckShipmentDays: '5',
  dailyDigest: 'Jika ada isinya',
  codCustomerReturns: '1',
  codCityRatePercent: '30',
  codCityMinOrders: '10',
  segmentRepeatOrders: '2',
  segmentLoyalOrders: '5',
  segmentInactiveDays: '90',
  cashAccounts: 'Bank, E-wallet, Tunai',
  taxpayerKind: '',
  finalTax: '',
  pkp: '',
  vatRate: '',
  digestHour: '20.00',
  priceGapPercent: '10',
};

/** Couriers Setup lists for a new shop, with their public tracking pages. */
export const DEFAULT_COURIERS: readonly Courier[] = [
  { name: 'JNE', trackingUrl: 'https://www.jne.co.id/tracking-package?resi={resi}' },
  { name: 'J&T', trackingUrl: 'https://jet.co.id/track?awb={resi}' },
  { name: 'SiCepat', trackingUrl: 'https://www.sicepat.com/checkAwb?awb={resi}' },
  { name: 'AnterAja', trackingUrl: 'https://anteraja.id/tracking?awb={resi}' },
  { name: 'Pos Indonesia', trackingUrl: 'https://www.posindonesia.co.id/id/tracking?barcode={resi}' },
  { name: 'GoSend', trackingUrl: '' },
];

/** One row of Pengaturan, keyed by the schema's column keys; blank cells are ''. */
export type SettingsRecord = Readonly<Record<string, unknown>>;

/** Splits a list of e-mail addresses written with commas, semicolons or spaces. */
function parseEmailList(value: unknown): string[] {
  return cellText(value)
    .split(/[\s,;]+/)
    .map((address) => address.trim().toLowerCase())
    .filter((address) => address !== '');
}

/** Whether a setting reads as yes (Ya, Yes, TRUE, 1). */
function parseYes(value: unknown): boolean {
  return value === true || /^(ya|yes|true|1|y)$/i.test(cellText(value));
}

/** A whole number of days from 1 to 60; anything else is the default 5. */
function parseDays(value: string): number {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1 && n <= 60 ? n : 5;
}

/** Reads the digest setting: "Setiap hari"/"Every day" → always, "Tidak"/"No"/"Off" → off, anything else → auto. */
function parseDigestMode(value: string): DigestMode {
  const text = value.trim().toLowerCase();
  if (/^(setiap hari|tiap hari|every day|daily|always|selalu)$/.test(text)) return 'always';
  if (/^(tidak|no|off|mati|never)$/.test(text)) return 'off';
  return 'auto';
}

/** Splits the cash accounts written with commas or semicolons, each once (case-insensitive); none falls back to the default list. */
function parseCashAccounts(value: string): string[] {
  const accounts: string[] = [];
  for (const name of value.split(/[,;]/).map((a) => a.trim())) if (name && !accounts.some((a) => a.toLowerCase() === name.toLowerCase())) accounts.push(name);
  return accounts.length ? accounts : DEFAULT_SETTINGS.cashAccounts.split(',').map((a) => a.trim());
}

/** Reads the digest's hour (`20.00`, `jam 8 malam`, …); the default 20.00 when it cannot be read, naming what was typed. */
function parseDigestTime(value: string): DigestTime {
  const time = parseTimeOfDay(value);
  return time ? { ...time, unreadable: '' } : { ...DEFAULT_DIGEST_TIME, unreadable: value.trim() };
}

/** Reads the side-by-side blocks of Pengaturan into Settings; unknown divisions and blank rows are skipped. */
export function parseSettings(records: readonly SettingsRecord[]): Settings {
  const byLabel = new Map<string, string>();
  const team: TeamMember[] = [];
  const couriers: Courier[] = [];
  const categories: string[] = [];
  for (const record of records) {
    const key = cellText(record.settingKey).toLowerCase();
    if (key) byLabel.set(key, cellText(record.settingValue));
    const email = cellText(record.teamEmail).toLowerCase();
    const division = DIVISIONS.find((d) => d.toLowerCase() === cellText(record.teamDivision).toLowerCase());
    if (email && division) {
      const weight = cellText(record.teamWeight);
      const leave = typeof record.teamLeave === 'number' ? record.teamLeave : cellText(record.teamLeave);
      team.push({ email, name: cellText(record.teamName), division, ...(weight !== '' ? { weight } : {}), ...(leave !== '' ? { leave } : {}) });
    }
    const courier = cellText(record.courier);
    if (courier) couriers.push({ name: courier, trackingUrl: cellText(record.trackingUrl) });
    const category = cellText(record.ledgerCategory);
    if (category) categories.push(category);
  }
  const value = (k: SettingKey): string => {
    const found = byLabel.get(SETTING_KEYS[k].toLowerCase());
    return found === undefined || found === '' ? DEFAULT_SETTINGS[k] : found;
  };
  return {
    shopName: value('shopName'),
    ownerEmail: value('ownerEmail').toLowerCase(),
    warehouseEmails: parseEmailList(value('warehouseEmails')),
    financeEmails: parseEmailList(value('financeEmails')),
    language: parseLang(value('language')),
    orderIdPrefix: value('orderIdPrefix'),
    poIdPrefix: value('poIdPrefix'),
    sendPoToSupplier: parseYes(value('sendPoToSupplier')),
    team,
    couriers,
    ledgerCategories: withStockAdjustmentCategory(categories.length ? categories : [...LEDGER_CATEGORIES]),
    complaintRoutes: parseComplaintRoutes(records),
    bankAccount: value('bankAccount'),
    stuckShipmentDays: parseDays(value('stuckShipmentDays')),
    dailyDigest: parseDigestMode(value('dailyDigest')),
    codRisk: parseCodRiskSettings(value('codCustomerReturns'), value('codCityRatePercent'), value('codCityMinOrders')),
    segmentSettings: { repeatOrders: value('segmentRepeatOrders'), loyalOrders: value('segmentLoyalOrders'), inactiveDays: value('segmentInactiveDays') },
    cashAccounts: parseCashAccounts(value('cashAccounts')),
    tax: { taxpayerKind: value('taxpayerKind'), finalTax: value('finalTax'), pkp: value('pkp'), vatRate: value('vatRate') },
    digestTime: parseDigestTime(value('digestHour')),
    priceGap: parsePercent(value('priceGapPercent')) ?? DEFAULT_PRICE_GAP,
    marketplaces: parseMarketplaceFees(records),
    // An optional row Setup does not write (Pengaturan is read by every action: each row costs cells); blank or unreadable = 10%.
    shippingMarginBp: parsePercentBp(byLabel.get(SHIPPING_MARGIN_SETTING.toLowerCase()) || DEFAULT_SHIPPING_MARGIN) ?? 1000,
  };
}
