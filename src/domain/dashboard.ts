/**
 * The management dashboard, computed purely from what the app read: the working order sheets whole, the
 * recent rows of the history sheets (Gudang · Selesai, Keuangan · Kas, Log), the stock, Rencana, and
 * complaints when their sheet exists. The same definitions as the monthly report (docs/finance.md): a
 * sale, revenue (omzet) and gross profit come from `saleMoment` and the order's money; cash in and out
 * from valid cash-book entries by their date. "Orders in" counts every order by its order date, whatever
 * became of it (the work arrived). All days are Jakarta days. See docs/management.md.
 */
import { Text } from './i18n';
import { formatJakartaDate, jakartaInstant, jakartaMonth, jakartaParts, monthBounds } from './jakarta-time';
import { EXPENSE, INCOME, isOpeningBalance, LedgerEntry } from './ledger';
import { isStockAdjustment } from './stock-loss';
import { formatRupiah, Rupiah } from './money';
import { mergeOrderSheets, ReportItemLine, ReportOrder, ReportStockItem, saleMoment } from './monthly-report';
import { isOpenPlan, MonthTarget, overduePlans, PlanItem, PlanSheet } from './management-plan';
import { stuckShipmentLink } from './shipment-follow-up';
import { TeamAdvice, teamAdvice } from './team-size';
import { Division } from '../sheets/schema';
import { isAdSpend } from './ad-report';

/** One Jakarta day, in ms. */
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Days the chart and the team-size average cover (full days before today). */
export const CHART_DAYS = 30;
/** Days of the Log the people table covers. */
export const PEOPLE_DAYS = 7;
/** Stuck shipments listed on the dashboard at most (the count is always whole). */
export const STUCK_LISTED = 50;
/** Low-stock SKUs named at most in a line. */
const LOW_STOCK_NAMED = 5;

/** An order as the dashboard needs it: the report's fields and what a follow-up or a queue age needs. */
export interface DashboardOrder extends ReportOrder {
  readonly confirmedAt: number | null;
  readonly packedAt: number | null;
  readonly customerName: string;
  readonly phone: string;
  readonly courier: string;
  readonly trackingNumber: string;
  readonly trackingLink: string;
}

/** A Log line as the people table needs it. */
export interface DashboardLogLine {
  readonly at: number | null;
  readonly user: string;
  readonly action: string;
}

/** Complaints, when `CS · Komplain` exists. */
export interface ComplaintCounts {
  readonly open: number;
  readonly pastSla: number;
}

/** What marketing has running: promos live now, and planned content due this week or late (not yet Tayang). */
export interface MarketingCounts {
  readonly activePromos: number;
  readonly contentDueThisWeek: number;
  readonly contentLate: number;
}

/** Everything the dashboard is computed from. */
export interface DashboardInput {
  readonly now: number;
  readonly shopName: string;
  readonly stuckShipmentDays: number;
  readonly team: ReadonlyArray<{ readonly email: string; readonly name: string; readonly division: Division }>;
  /** CS · Pesanan (waiting to be confirmed; rejected ones are back here too). */
  readonly intake: readonly DashboardOrder[];
  /** Keuangan · Approval. */
  readonly approval: readonly DashboardOrder[];
  /** Gudang · Pengiriman. */
  readonly shipping: readonly DashboardOrder[];
  /** The recent rows of Gudang · Selesai. */
  readonly closed: readonly DashboardOrder[];
  /** Valid cash-book entries of the recent rows. */
  readonly ledger: readonly LedgerEntry[];
  readonly stock: readonly ReportStockItem[];
  /** The Log's lines of the last PEOPLE_DAYS days (older ones are ignored). */
  readonly log: readonly DashboardLogLine[];
  /** Rencana, or null when the sheet is missing (Setup not run since the upgrade). */
  readonly plan: PlanSheet | null;
  /** Complaints, or null when `CS · Komplain` does not exist yet. */
  readonly complaints: ComplaintCounts | null;
  /** Marketing's promos and content, or null while neither Marketing · Promo nor Marketing · Konten exists. */
  readonly marketing?: MarketingCounts | null;
  readonly parseItems: (items: string) => readonly ReportItemLine[];
}

/** The figures of one period. */
export interface PeriodFigures {
  readonly ordersIn: number;
  readonly sales: number;
  readonly revenue: Rupiah;
  readonly grossProfit: Rupiah;
  readonly cashIn: Rupiah;
  readonly cashOut: Rupiah;
  /** Cash-book `Iklan` expenses dated in the period. */
  readonly adSpend: Rupiah;
  /** Sales of the period with anything in Komplain (the report's complaint count). */
  readonly complaints: number;
}

/** A division's health: green, yellow, red, or grey when there is nothing to judge yet. */
export type Light = 'green' | 'yellow' | 'red' | 'grey';

/** One line per division. */
export interface DivisionLine {
  readonly division: Division;
  readonly light: Light;
  /** What the line says, short. */
  readonly summary: Text;
  /** Things someone should do today, each a sentence (they go into the digest). */
  readonly attention: readonly Text[];
}

/** A shipment on its way longer than the setting allows. */
export interface StuckShipment {
  readonly orderId: string;
  readonly customerName: string;
  readonly courier: string;
  readonly resi: string;
  readonly shippedAt: number;
  readonly days: number;
  /** wa.me link with the follow-up typed in ('' when the number cannot be read). */
  readonly waLink: { id: string; en: string };
}

/** What one person did in the last PEOPLE_DAYS days. */
export interface PersonWork {
  readonly who: string;
  readonly confirmed: number;
  readonly approved: number;
  readonly packed: number;
  readonly shipped: number;
}

/** The whole dashboard. */
export interface Dashboard {
  readonly builtAt: number;
  readonly shopName: string;
  readonly today: PeriodFigures;
  /** The same weekday a week ago, up to the same time of day. */
  readonly sameTimeLastWeek: PeriodFigures;
  readonly yesterday: PeriodFigures;
  /** The day a week before yesterday, whole. */
  readonly yesterdayLastWeek: PeriodFigures;
  readonly month: string;
  readonly monthToDate: PeriodFigures;
  readonly target: MonthTarget | null;
  /** The month yesterday belonged to, up to the end of yesterday (the digest's month: on the 1st it is last month, whole). */
  readonly digestMonth: string;
  readonly digestMonthToDate: PeriodFigures;
  readonly digestTarget: MonthTarget | null;
  readonly divisions: readonly DivisionLine[];
  readonly stuck: readonly StuckShipment[];
  readonly stuckCount: number;
  readonly people: readonly PersonWork[];
  readonly team: TeamAdvice;
  /** Orders in per day for the CHART_DAYS full days before today, oldest first: day start (epoch ms) and count. */
  readonly ordersPerDay: ReadonlyArray<{ readonly day: number; readonly orders: number }>;
  readonly openPlans: number;
  readonly overduePlans: readonly PlanItem[];
  readonly undatedPlans: number;
  /** Problems in Rencana (and a missing Rencana), each naming where. */
  readonly planProblems: readonly Text[];
  /** SKUs whose available stock is at or under their reorder point, the most urgent first (the digest lists them). */
  readonly lowStock?: readonly ReportStockItem[];
  /** Complaints open and past SLA, or null while `CS · Komplain` does not exist. */
  readonly complaints?: ComplaintCounts | null;
}

/** The Jakarta midnight that starts the day of `t`. */
export function dayStart(t: number): number {
  const p = jakartaParts(t);
  return jakartaInstant(p.year, p.month, p.day);
}

const inRange = (t: number | null, start: number, end: number): boolean => t !== null && t >= start && t < end;

/** Revenue of one order (as the report): Total − Ongkir, or Subtotal − Diskon when Total is blank. */
function revenueOf(order: ReportOrder): Rupiah {
  return order.total !== null ? order.total - order.shippingCost : (order.subtotal ?? 0) - order.discount;
}

/** Figures of [start, end) over the merged orders and the ledger. */
function figuresOf(orders: readonly DashboardOrder[], ledger: readonly LedgerEntry[], cost: (o: ReportOrder) => Rupiah, start: number, end: number): PeriodFigures {
  let ordersIn = 0;
  let sales = 0;
  let revenue = 0;
  let costOfGoods = 0;
  let complaints = 0;
  for (const order of orders) {
    if (inRange(order.orderDate, start, end)) ordersIn++;
    if (inRange(saleMoment(order), start, end)) {
      sales++;
      if (order.complaint !== '') complaints++;
      revenue += revenueOf(order);
      costOfGoods += cost(order);
    }
  }
  let cashIn = 0;
  let cashOut = 0;
  let adSpend = 0;
  for (const entry of ledger) {
    // An opening balance is money the shop already had, no cash flow of the period; a stock adjustment moves no cash.
    if (!inRange(entry.date, start, end) || isStockAdjustment(entry) || isOpeningBalance(entry)) continue;
    if (entry.type === INCOME) cashIn += entry.amount;
    else if (entry.type === EXPENSE) cashOut += entry.amount;
    if (isAdSpend(entry)) adSpend += entry.amount;
  }
  return { ordersIn, sales, revenue, grossProfit: revenue - costOfGoods, cashIn, cashOut, adSpend, complaints };
}

const plural = (n: number, id: string, en: string): Text => ({ id: `${n} ${id}`, en: `${n} ${en}${n === 1 ? '' : 's'}` });
const joinParts = (parts: readonly Text[]): Text => ({ id: parts.map((p) => p.id).join(' · '), en: parts.map((p) => p.en).join(' · ') });
const worst = (lights: readonly Light[]): Light => (lights.includes('red') ? 'red' : lights.includes('yellow') ? 'yellow' : 'green');

/** CS: orders waiting to be confirmed and the oldest one's age; complaints once their sheet exists. */
function csLine(input: DashboardInput, todayStart: number): DivisionLine {
  const waiting = input.intake;
  const dates = waiting.map((o) => o.orderDate ?? todayStart);
  const oldest = dates.length ? Math.min(...dates) : null;
  const daysOld = oldest === null ? 0 : Math.round((todayStart - dayStart(oldest)) / DAY_MS);
  const parts: Text[] = [waiting.length
    ? { id: `${waiting.length} pesanan menunggu konfirmasi, tertua ${daysOld === 0 ? 'hari ini' : `${daysOld} hari`}`, en: `${waiting.length} order${waiting.length === 1 ? '' : 's'} waiting to be confirmed, oldest ${daysOld === 0 ? 'today' : `${daysOld} day${daysOld === 1 ? '' : 's'} old`}` }
    : { id: 'tidak ada pesanan menunggu konfirmasi', en: 'no orders waiting to be confirmed' }];
  const lights: Light[] = [daysOld >= 2 ? 'red' : daysOld >= 1 ? 'yellow' : 'green'];
  const attention: Text[] = [];
  if (daysOld >= 1) attention.push({ id: `CS: ${waiting.length} pesanan belum dikonfirmasi, tertua dari ${formatJakartaDate(oldest as number)}`, en: `CS: ${waiting.length} orders not confirmed, the oldest from ${formatJakartaDate(oldest as number)}` });
  if (input.complaints === null) {
    parts.push({ id: 'belum ada sheet komplain', en: 'no complaints sheet yet' });
  } else {
    const { open, pastSla } = input.complaints;
    parts.push({ id: `${open} komplain terbuka, ${pastSla} lewat SLA`, en: `${open} open complaint${open === 1 ? '' : 's'}, ${pastSla} past SLA` });
    lights.push(pastSla > 0 ? 'red' : open > 0 ? 'yellow' : 'green');
    if (pastSla > 0) attention.push({ id: `CS: ${pastSla} komplain lewat SLA`, en: `CS: ${pastSla} complaints past SLA` });
  }
  return { division: 'CS', light: worst(lights), summary: joinParts(parts), attention };
}

const isTransferLike = (o: ReportOrder): boolean => o.paymentMethod.toLowerCase() !== 'cod';
const unpaid = (o: ReportOrder): boolean => o.paymentStatus.toLowerCase() !== 'lunas';
const since = (o: DashboardOrder): number | null => o.confirmedAt ?? o.orderDate;

/** Keuangan: orders waiting for approval, unpaid transfers older than 24 h, COD money still with couriers. */
function financeLine(input: DashboardInput): DivisionLine {
  const { now } = input;
  const waiting = input.approval;
  const unpaidOld = waiting.filter((o) => isTransferLike(o) && unpaid(o) && (since(o) ?? now) <= now - DAY_MS);
  const ready = waiting.filter((o) => !(isTransferLike(o) && unpaid(o)));
  const readyOld = ready.filter((o) => (since(o) ?? now) <= now - DAY_MS);
  const readyVeryOld = ready.filter((o) => (since(o) ?? now) <= now - 2 * DAY_MS);
  const cod = input.shipping.filter((o) => o.paymentMethod.toLowerCase() === 'cod' && o.shippedAt !== null && o.fulfilment.toLowerCase() === 'sudah dikirim');
  const codAmount = cod.reduce((sum, o) => sum + (o.total ?? revenueOf(o) + o.shippingCost), 0);
  const parts: Text[] = [
    { id: `${waiting.length} pesanan menunggu approval`, en: `${waiting.length} order${waiting.length === 1 ? '' : 's'} waiting for approval` },
    { id: `${unpaidOld.length} transfer belum dibayar > 24 jam`, en: `${unpaidOld.length} unpaid transfer${unpaidOld.length === 1 ? '' : 's'} > 24 h` },
    { id: `COD di kurir ${cod.length} (${formatRupiah(codAmount)})`, en: `COD with couriers ${cod.length} (${formatRupiah(codAmount)})` },
  ];
  const attention: Text[] = [];
  if (readyOld.length) attention.push({ id: `Keuangan: ${readyOld.length} pesanan siap di-approve sudah menunggu > 24 jam`, en: `Finance: ${readyOld.length} orders ready to approve have waited > 24 h` });
  if (unpaidOld.length) attention.push({ id: `CS/Keuangan: ${unpaidOld.length} transfer belum dibayar > 24 jam (${unpaidOld.slice(0, 5).map((o) => o.orderId).join(', ')}) — ingatkan pelanggan atau batalkan`, en: `CS/Finance: ${unpaidOld.length} transfers unpaid > 24 h (${unpaidOld.slice(0, 5).map((o) => o.orderId).join(', ')}) — remind the customer or cancel` });
  const light: Light = readyVeryOld.length ? 'red' : readyOld.length || unpaidOld.length ? 'yellow' : 'green';
  return { division: 'Keuangan', light, summary: joinParts(parts), attention };
}

/** Gudang: to pack, to ship, stuck shipments, SKUs under their reorder point. */
/** Marketing: promos running, content due this week; red when content is late, yellow when some is due. */
export function marketingLine(counts: MarketingCounts | null): DivisionLine {
  if (counts === null) return { division: 'Marketing', light: 'grey', summary: { id: 'belum ada sheet marketing (promo, konten)', en: 'no marketing sheets yet (promos, content)' }, attention: [] };
  const summary: Text = {
    id: `${counts.activePromos} promo berjalan · ${counts.contentDueThisWeek} konten jatuh tempo minggu ini, ${counts.contentLate} terlambat`,
    en: `${counts.activePromos} promos running · ${counts.contentDueThisWeek} posts due this week, ${counts.contentLate} late`,
  };
  const attention: Text[] = counts.contentLate
    ? [{ id: `Marketing: ${counts.contentLate} konten lewat tanggalnya dan belum tayang (Marketing · Konten)`, en: `Marketing: ${counts.contentLate} posts past their date and not live (Marketing · Konten)` }]
    : [];
  const light: Light = counts.contentLate ? 'red' : counts.contentDueThisWeek ? 'yellow' : 'green';
  return { division: 'Marketing', light, summary, attention };
}

function warehouseLine(input: DashboardInput, stuck: readonly StuckShipment[]): DivisionLine {
  const { now } = input;
  const toPack = input.shipping.filter((o) => o.fulfilment.toLowerCase() === 'menunggu packing');
  const toShip = input.shipping.filter((o) => o.fulfilment.toLowerCase() === 'sudah dikemas');
  const late = [...toPack, ...toShip].filter((o) => (o.approvedAt ?? now) <= now - DAY_MS);
  const veryLate = late.filter((o) => (o.approvedAt ?? now) <= now - 2 * DAY_MS);
  const low = input.stock.filter((s) => s.sku !== '' && s.available <= s.reorderPoint).sort((a, b) => a.available - a.reorderPoint - (b.available - b.reorderPoint));
  const perCourier = new Map<string, number>();
  for (const s of stuck) perCourier.set(s.courier || '?', (perCourier.get(s.courier || '?') ?? 0) + 1);
  const couriers = [...perCourier].map(([c, n]) => `${c} ${n}`).join(', ');
  const parts: Text[] = [
    { id: `${toPack.length} perlu dikemas`, en: `${toPack.length} to pack` },
    { id: `${toShip.length} perlu dikirim`, en: `${toShip.length} to ship` },
    stuck.length
      ? { id: `${stuck.length} tertahan > ${input.stuckShipmentDays} hari (${couriers})`, en: `${stuck.length} stuck > ${input.stuckShipmentDays} days (${couriers})` }
      : { id: `tidak ada kiriman tertahan > ${input.stuckShipmentDays} hari`, en: `no shipment stuck > ${input.stuckShipmentDays} days` },
    plural(low.length, 'SKU di bawah batas stok minimum', 'SKU under its reorder point'),
  ];
  const attention: Text[] = [];
  if (late.length) attention.push({ id: `Gudang: ${late.length} pesanan disetujui > 24 jam lalu belum dikirim`, en: `Warehouse: ${late.length} orders approved > 24 h ago not shipped yet` });
  if (stuck.length) attention.push({ id: `CS: ${stuck.length} kiriman tertahan > ${input.stuckShipmentDays} hari (${couriers}) — tanyakan ke pelanggan (link WA di dashboard)`, en: `CS: ${stuck.length} shipments stuck > ${input.stuckShipmentDays} days (${couriers}) — ask the customer (WhatsApp links on the dashboard)` });
  if (low.length) {
    const named = low.slice(0, LOW_STOCK_NAMED).map((s) => `${s.sku} (${s.available})`).join(', ');
    attention.push({ id: `Pembelian: stok menipis ${named}${low.length > LOW_STOCK_NAMED ? ` dan ${low.length - LOW_STOCK_NAMED} lagi` : ''}`, en: `Purchasing: low stock ${named}${low.length > LOW_STOCK_NAMED ? ` and ${low.length - LOW_STOCK_NAMED} more` : ''}` });
  }
  const light: Light = veryLate.length || stuck.length ? 'red' : late.length || low.length ? 'yellow' : 'green';
  return { division: 'Gudang', light, summary: joinParts(parts), attention };
}

/** Manajemen: open and overdue plans, problems in Rencana. */
function managementLine(input: DashboardInput, overdue: readonly PlanItem[], problems: readonly Text[]): DivisionLine {
  if (input.plan === null) {
    return { division: 'Manajemen', light: 'grey', summary: { id: 'sheet Manajemen · Rencana belum ada — jalankan Toko → Setup', en: 'sheet Manajemen · Rencana is missing — run Toko → Setup' }, attention: [] };
  }
  const open = input.plan.items.filter(isOpenPlan).length;
  const attention: Text[] = overdue.slice(0, 5).map((p) => ({ id: `Rencana lewat tenggat: ${p.item} (${p.owner || p.division || '-'}, ${formatJakartaDate(p.due as number)})`, en: `Plan overdue: ${p.item} (${p.owner || p.division || '-'}, ${formatJakartaDate(p.due as number)})` }));
  if (problems.length) attention.push({ id: `Rencana: ${problems.length} isian tidak terbaca (lihat dashboard)`, en: `Plans: ${problems.length} entries cannot be read (see the dashboard)` });
  return {
    division: 'Manajemen',
    light: overdue.length || problems.length ? 'yellow' : 'green',
    summary: { id: `${open} rencana terbuka, ${overdue.length} lewat tenggat`, en: `${open} open plan${open === 1 ? '' : 's'}, ${overdue.length} overdue` },
    attention,
  };
}

/** People's work from the Log lines of the last PEOPLE_DAYS days, busiest first; names from the team. */
function peopleOf(input: DashboardInput): PersonWork[] {
  const from = input.now - PEOPLE_DAYS * DAY_MS;
  const names = new Map(input.team.map((m) => [m.email.toLowerCase(), m.name || m.email]));
  const byUser = new Map<string, { confirmed: number; approved: number; packed: number; shipped: number }>();
  for (const line of input.log) {
    if (line.at === null || line.at < from || line.at > input.now) continue;
    const action = line.action.toLowerCase();
    const field = action.startsWith('konfirmasi pesanan') || action === 'confirm order' ? 'confirmed'
      : action.startsWith('approve order') ? 'approved'
        : action.startsWith('tandai dikemas') || action === 'mark packed' ? 'packed'
          : action.startsWith('tandai dikirim') || action.startsWith('mark shipped') ? 'shipped' : null;
    if (field === null) continue;
    const user = line.user.toLowerCase() || '(?)';
    const tally = byUser.get(user) ?? { confirmed: 0, approved: 0, packed: 0, shipped: 0 };
    tally[field]++;
    byUser.set(user, tally);
  }
  return [...byUser]
    .map(([user, t]) => ({ who: names.get(user) ?? user, ...t }))
    .sort((a, b) => b.confirmed + b.approved + b.packed + b.shipped - (a.confirmed + a.approved + a.packed + a.shipped) || a.who.localeCompare(b.who));
}

/** Builds the dashboard (see the file comment); pure. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { now } = input;
  const todayStart = dayStart(now);
  const yesterdayStart = todayStart - DAY_MS;
  const stockBySku = new Map(input.stock.map((s) => [s.sku.toLowerCase(), s]));
  const cost = (order: ReportOrder): Rupiah => {
    if (order.costOfGoods !== null) return order.costOfGoods;
    if (order.fulfilment.toLowerCase() === 'dibatalkan') return 0;
    return input.parseItems(order.items).reduce((sum, l) => sum + l.quantity * (stockBySku.get(l.sku.toLowerCase())?.costPrice ?? 0), 0);
  };
  // An order typed into CS · Pesanan without a date is in CS's queue but on no day: its day is unknown until it is confirmed.
  const orders = mergeOrderSheets([input.closed, input.shipping, input.approval, input.intake]) as DashboardOrder[];
  const period = (start: number, end: number) => figuresOf(orders, input.ledger, cost, start, end);
  const month = jakartaMonth(now);
  const digestMonth = jakartaMonth(yesterdayStart);
  const targets = input.plan?.targets ?? new Map<string, MonthTarget>();

  const stuckAll = input.shipping
    .filter((o) => o.fulfilment.toLowerCase() === 'sudah dikirim' && o.shippedAt !== null && o.shippedAt <= now - input.stuckShipmentDays * DAY_MS)
    .sort((a, b) => (a.shippedAt as number) - (b.shippedAt as number));
  const stuck: StuckShipment[] = stuckAll.map((o) => {
    const notice = { shopName: input.shopName, customerName: o.customerName, orderId: o.orderId, courier: o.courier, resi: o.trackingNumber, shippedAt: o.shippedAt as number, trackingLink: o.trackingLink };
    return {
      orderId: o.orderId, customerName: o.customerName, courier: o.courier, resi: o.trackingNumber, shippedAt: o.shippedAt as number,
      days: Math.floor((now - (o.shippedAt as number)) / DAY_MS),
      waLink: { id: stuckShipmentLink('id', o.phone, notice), en: stuckShipmentLink('en', o.phone, notice) },
    };
  });

  const chartStart = todayStart - CHART_DAYS * DAY_MS;
  const counts = new Array<number>(CHART_DAYS).fill(0);
  let earliest = Infinity;
  for (const order of orders) {
    if (order.orderDate === null) continue;
    earliest = Math.min(earliest, order.orderDate);
    if (order.orderDate >= chartStart && order.orderDate < todayStart) counts[Math.floor((dayStart(order.orderDate) - chartStart) / DAY_MS)]++;
  }
  const ordersPerDay = counts.map((n, i) => ({ day: chartStart + i * DAY_MS, orders: n }));
  // A shop younger than the window is averaged over the days it has had orders, not over 30.
  const days = Number.isFinite(earliest) && earliest >= chartStart ? Math.max(1, Math.round((todayStart - dayStart(earliest)) / DAY_MS)) : CHART_DAYS;
  const total = counts.reduce((a, b) => a + b, 0);
  const team = teamAdvice(total / days, input.team);

  const overdue = input.plan ? overduePlans(input.plan.items, todayStart) : [];
  const planProblems = input.plan ? input.plan.problems : [{ id: 'Sheet Manajemen · Rencana belum ada — jalankan Toko → Setup untuk membuatnya.', en: 'Sheet Manajemen · Rencana is missing — run Toko → Setup to make it.' }];
  const divisions: DivisionLine[] = [
    csLine(input, todayStart),
    financeLine(input),
    warehouseLine(input, stuck),
    marketingLine(input.marketing ?? null),
    managementLine(input, overdue, input.plan ? input.plan.problems : []),
  ];
  return {
    builtAt: now,
    shopName: input.shopName,
    today: period(todayStart, now + 1),
    sameTimeLastWeek: period(todayStart - 7 * DAY_MS, now - 7 * DAY_MS + 1),
    yesterday: period(yesterdayStart, todayStart),
    yesterdayLastWeek: period(yesterdayStart - 7 * DAY_MS, todayStart - 7 * DAY_MS),
    month,
    monthToDate: period(monthBounds(month).start, now + 1),
    target: targets.get(month) ?? null,
    digestMonth,
    digestMonthToDate: period(monthBounds(digestMonth).start, todayStart),
    digestTarget: targets.get(digestMonth) ?? null,
    divisions,
    stuck: stuck.slice(0, STUCK_LISTED),
    stuckCount: stuck.length,
    people: peopleOf(input),
    team,
    ordersPerDay,
    openPlans: input.plan ? input.plan.items.filter(isOpenPlan).length : 0,
    overduePlans: overdue,
    undatedPlans: input.plan ? input.plan.items.filter((p) => isOpenPlan(p) && p.due === null).length : 0,
    planProblems,
    lowStock: lowStockOf(input.stock),
    complaints: input.complaints,
  };
}

/** SKUs at or under their reorder point, the furthest under first (as the Gudang line counts them). */
function lowStockOf(stock: readonly ReportStockItem[]): ReportStockItem[] {
  return stock.filter((s) => s.sku !== '' && s.available <= s.reorderPoint).sort((a, b) => a.available - a.reorderPoint - (b.available - b.reorderPoint) || a.sku.localeCompare(b.sku));
}

/** Where the reads must reach back to: the earliest moment any figure needs (30 full days, the month, the digest's month). */
export function dashboardWindowStart(now: number): number {
  const todayStart = dayStart(now);
  return Math.min(todayStart - CHART_DAYS * DAY_MS, monthBounds(jakartaMonth(todayStart - DAY_MS)).start, todayStart - 8 * DAY_MS);
}

/** Everything that needs attention, division by division (the digest's list). */
export function attentionOf(dashboard: Dashboard): Text[] {
  return dashboard.divisions.flatMap((d) => d.attention);
}
