/**
 * Where the shop buys ads, and which order channels each ad channel brings orders through — the one
 * table the monthly report's ads section uses (docs/marketing.md, "Ads and traffic"):
 *
 * | Ad channel (`Channel Iklan`) | What it is | Order channels counted for it |
 * |---|---|---|
 * | Meta | Facebook and Instagram ads, click-to-WhatsApp ads | Instagram, WA |
 * | TikTok | TikTok ads, TikTok Shop ads (GMV Max) | TikTok Shop |
 * | Google | Google Search/Shopping/YouTube ads to the shop's own page | Lainnya (website and other direct orders) |
 * | Shopee | Iklan Shopee | Shopee |
 * | Tokopedia | TopAds | Tokopedia |
 * | Lainnya | endorsements, influencers, print | none (spend only) |
 *
 * Each order channel belongs to at most one ad channel, so no order's revenue is counted twice. The
 * figures are the channel's orders, not an attribution: organic orders on the same channel count too.
 */
import { cellText } from './cell';
import { AD_CHANNELS } from '../sheets/schema';

/** An ad channel as Keuangan · Kas's dropdown lists it. */
export type AdChannel = (typeof AD_CHANNELS)[number];

/** The cash-book category of ad spend. */
export const AD_CATEGORY = 'Iklan';

/** The order channels (schema CHANNELS) each ad channel's orders arrive through; see the file comment. */
export const AD_ORDER_CHANNELS: Readonly<Record<AdChannel, readonly string[]>> = {
  Meta: ['Instagram', 'WA'],
  TikTok: ['TikTok Shop'],
  Google: ['Lainnya'],
  Shopee: ['Shopee'],
  Tokopedia: ['Tokopedia'],
  Lainnya: [],
};

/** Other spellings people type, after lower-casing and dropping spaces, dots, dashes and the words ads/iklan. */
const SPELLINGS: Readonly<Record<string, AdChannel>> = {
  meta: 'Meta', fb: 'Meta', facebook: 'Meta', ig: 'Meta', instagram: 'Meta', insta: 'Meta', fbig: 'Meta', metaads: 'Meta',
  ctwa: 'Meta', clicktowhatsapp: 'Meta', wa: 'Meta', whatsapp: 'Meta',
  tiktok: 'TikTok', tt: 'TikTok', tiktokshop: 'TikTok', tts: 'TikTok', gmvmax: 'TikTok',
  google: 'Google', gads: 'Google', adwords: 'Google', googleads: 'Google', youtube: 'Google', yt: 'Google',
  shopee: 'Shopee', shopeeads: 'Shopee',
  tokopedia: 'Tokopedia', tokped: 'Tokopedia', topads: 'Tokopedia', top: 'Tokopedia',
  lainnya: 'Lainnya', lain: 'Lainnya', lainlain: 'Lainnya', other: 'Lainnya', others: 'Lainnya', endorse: 'Lainnya', endorsement: 'Lainnya', kol: 'Lainnya', influencer: 'Lainnya',
};

/** The ad channel a person meant (`FB Ads`, `iklan shopee`, `Tik Tok`, `TopAds` …), or null when it cannot be told; '' is null too. */
export function parseAdChannel(value: unknown): AdChannel | null {
  const squeezed = cellText(value).toLowerCase().replace(/\b(ads|ad|iklan)\b/g, '').replace(/[^a-z0-9]/g, '');
  if (squeezed === '') return null;
  return SPELLINGS[squeezed] ?? AD_CHANNELS.find((c) => c.toLowerCase() === squeezed) ?? null;
}
