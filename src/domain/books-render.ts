/**
 * The report lines of the books sections (books-section.ts): the recognition rule stated under the
 * title, the two figures a cancelled sale and a refund add to the sales and profit sections, the
 * position at each month end (cash per account, goods with the courier, receivables, payables) and the
 * tax helper. Rendered by report-render.ts like every other line. Pure.
 */
import { Lang, Text } from './i18n';
import { formatJakartaDate } from './jakarta-time';
import { formatRupiah } from './money';
import { MonthlyReport } from './monthly-report';
import type { ReportLine } from './report-render';

const t = (id: string, en: string): Text => ({ id, en });

/** The books sections' words. */
export const BOOKS_TEXTS = {
  recognition: t(
    'Aturan pencatatan: penjualan (dan HPP-nya) dihitung saat uangnya pasti — transfer/e-wallet saat di-approve, COD saat paket diterima pelanggan. Pesanan yang dibatalkan setelah dibayar dibalik (omzet, ongkir, HPP) di bulan pembatalannya; refund-nya bukan biaya. Paket COD yang masih di kurir belum penjualan: barang dalam pengiriman, dinilai harga pokok.',
    'Recognition rule: a sale (and its cost of goods) counts when its money is certain — a transfer/e-wallet order when approved, a COD order when delivered. A paid order cancelled later is reversed (revenue, shipping, cost of goods) in the month it is cancelled; its refund is no expense. COD parcels still with the courier are no sale yet: goods in transit, at cost.',
  ),
  cancelledSales: t('  pesanan dibayar lalu dibatalkan (dibalik bulan ini)', '  paid orders cancelled (reversed this month)'),
  otherRefunds: t('dikurangi refund di luar pembatalan (komplain)', 'less refunds other than cancellations (complaints)'),
  position: t('Posisi akhir bulan (cocokkan dengan rekening)', 'Position at month end (compare with the bank)'),
  cashAccount: (account: string, hasOpening: boolean) =>
    t(`Saldo kas · ${account}${hasOpening ? '' : ' (belum ada saldo awal)'}`, `Cash balance · ${account}${hasOpening ? '' : ' (no opening balance yet)'}`),
  cashTotal: t('Total saldo kas', 'Total cash'),
  noOpening: t(
    '  Akun tanpa saldo awal dihitung dari Rp0: catat Pemasukan · Saldo awal (Akun = rekeningnya) sebesar saldo rekening di hari pertama buku kas.',
    '  An account without an opening balance starts at Rp0: book Pemasukan · Saldo awal (Akun = the account) for its balance on the cash book’s first day.',
  ),
  goodsInTransit: t('Barang dalam pengiriman (COD di kurir, harga pokok)', 'Goods with the courier (COD, at cost)'),
  goodsInTransitCount: t('  paket COD di kurir', '  COD parcels with couriers'),
  soldNotShipped: (count: number) =>
    t(`Barang terjual belum dikirim (${count} pesanan; sudah masuk HPP, masih dihitung di nilai stok)`, `Sold, not yet shipped (${count} orders; in cost of goods, still in the stock value)`),
  receivable: (label: Text) => t(`Piutang · ${label.id}`, `Receivable · ${label.en}`),
  receivablesTotal: t('Total piutang', 'Total receivables'),
  payables: t('Utang ke supplier (saat laporan dibuat)', 'Owed to suppliers (when the report was built)'),
  payableRow: (poId: string, supplier: string) => t(`  ${poId}${supplier ? ` · ${supplier}` : ''}: datang | dibayar | utang`, `  ${poId}${supplier ? ` · ${supplier}` : ''}: arrived | paid | owed`),
  tax: (month: string) => t(`Pajak UMKM ${month} — alat bantu, bukan nasihat pajak`, `Small-business tax ${month} — a helper, not tax advice`),
  turnoverMonth: t('Peredaran bruto bulan ini (penjualan − refund)', 'Gross turnover of the month (sales − refunds)'),
  turnoverYear: t('Peredaran bruto sejak 1 Januari', 'Gross turnover since 1 January'),
  untaxedLeft: t('Sisa Rp500 juta tidak kena pajak (orang pribadi)', 'Untaxed Rp500 million left (individual)'),
  taxedTurnover: t('Peredaran bruto kena pajak bulan ini', 'Taxed turnover of the month'),
  finalTax: t('PPh final 0,5% bulan ini (PP 55/2022)', 'Final income tax 0.5% of the month (PP 55/2022)'),
  depositBy: (month: string, date: string) => t(`  Setor PPh final ${month} paling lambat ${date} (tanggal 15 bulan berikutnya).`, `  Deposit the final tax of ${month} by ${date} (the 15th of the next month).`),
  notFinal: t('  PPh final UMKM 0,5% = Tidak di Pengaturan: PPh dihitung dengan tarif umum dari pembukuan, tidak oleh Toko.', '  PPh final UMKM 0,5% is Tidak in Pengaturan: income tax follows the general rates from the books, not computed by Toko.'),
  vat: (rate: number) => t(`PPN keluaran (harga termasuk PPN ${String(rate).replace('.', ',')}%)`, `Output VAT (prices include ${rate}% VAT)`),
  vatDue: (month: string, date: string) => t(`  Setor dan lapor PPN ${month} paling lambat ${date}; PPN masukan tidak dihitung Toko.`, `  Pay and report the VAT of ${month} by ${date}; input VAT is not tracked by Toko.`),
  overLimit: t('  Peredaran bruto tahun ini di atas Rp4,8 miliar: mulai tahun depan PPh final 0,5% tidak berlaku lagi.', '  This year’s turnover is above Rp4.8 billion: the final 0.5% regime no longer applies from next year.'),
  fillIn: t('  Pengaturan pajak belum lengkap, jadi pajak belum dihitung:', '  The tax settings are incomplete, so no tax is computed:'),
  marketplaceNet: t(
    '  Pencairan marketplace masuk ke angka ini sebesar uang yang cair, sesudah dipotong biaya marketplace; peredaran bruto adalah harga jualnya. Tambahkan biaya marketplace (bagian Marketplace) sebelum menghitung pajaknya.',
    '  Marketplace payouts count here as the money paid out, after the marketplace’s fees; gross turnover is the selling price. Add the marketplace fees (Marketplace section) before working out the tax.',
  ),
  disclaimer: t('  Alat bantu, bukan nasihat pajak: periksa dengan konsultan pajak atau KPP. Dasar: PP 55/2022, PMK 164/2023.', '  A helper, not tax advice: check with a tax adviser or your tax office. Rules: PP 55/2022, PMK 164/2023.'),
};

/** The note stating the recognition rule, under the report's title. */
export function recognitionLines(lang: Lang): ReportLine[] {
  return [{ kind: 'note', text: BOOKS_TEXTS.recognition[lang] }];
}

/** The sales section's line for cancelled sales (reversed this month). */
export function cancelledSalesLine(report: MonthlyReport, lang: Lang): ReportLine {
  return { kind: 'figure', label: BOOKS_TEXTS.cancelledSales[lang], values: report.figures.map((f) => f.cancelledSales), format: 'integer', change: false };
}

/** The profit section's line for refunds that are not a cancellation's. */
export function otherRefundsLine(report: MonthlyReport, lang: Lang): ReportLine {
  return { kind: 'figure', label: BOOKS_TEXTS.otherRefunds[lang], values: report.figures.map((f) => f.otherRefunds), format: 'rupiah', change: true };
}

/** The position and tax sections (nothing when the report was built without them). */
export function booksLines(report: MonthlyReport, lang: Lang, months: readonly string[], change: string): ReportLine[] {
  const books = report.books;
  if (!books) return [];
  const s = (text: Text) => text[lang];
  const blank: ReportLine = { kind: 'blank' };
  const heading = (label: Text): ReportLine => ({ kind: 'heading', label: s(label), columns: [...months, change] });
  const figure = (label: Text, values: readonly (number | null)[], format: 'rupiah' | 'integer' = 'rupiah', strong = false, withChange = true): ReportLine => ({
    kind: 'figure',
    label: s(label),
    values,
    format,
    strong,
    change: withChange,
  });
  const { position, tax } = books;
  const lastOnly = (value: number) => [null, null, value];
  const totalCash = [0, 1, 2].map((i) => position.cash.reduce((sum, a) => sum + a.balances[i], 0));
  const receivableTotals = [0, 1, 2].map((i) => {
    const known = position.receivables.map((r) => r.amounts[i]).filter((v): v is number => v !== null);
    return known.length ? known.reduce((a, b) => a + b, 0) : null;
  });
  const lines: ReportLine[] = [
    blank,
    heading(BOOKS_TEXTS.position),
    ...position.cash.map((a) => figure(BOOKS_TEXTS.cashAccount(a.account, a.hasOpening), a.balances)),
    figure(BOOKS_TEXTS.cashTotal, totalCash, 'rupiah', true),
    ...(position.cash.some((a) => !a.hasOpening) ? [{ kind: 'note', text: s(BOOKS_TEXTS.noOpening) } as ReportLine] : []),
    figure(BOOKS_TEXTS.goodsInTransit, position.goodsInTransitCost),
    figure(BOOKS_TEXTS.goodsInTransitCount, position.goodsInTransitCount, 'integer', false, false),
    figure(BOOKS_TEXTS.soldNotShipped(position.soldNotShippedCount), lastOnly(position.soldNotShippedCost), 'rupiah', false, false),
    ...position.receivables.map((r) => figure(BOOKS_TEXTS.receivable(r.label), r.amounts, 'rupiah', false, false)),
    figure(BOOKS_TEXTS.receivablesTotal, receivableTotals, 'rupiah', true, false),
    figure(BOOKS_TEXTS.payables, lastOnly(position.payablesTotal), 'rupiah', true, false),
    ...position.payables.map((p): ReportLine => ({ kind: 'row', label: s(BOOKS_TEXTS.payableRow(p.poId, p.supplier)), cells: [p.arrived, p.paid, p.arrived - p.paid], format: 'rupiah' })),
  ];
  const f = tax.figures;
  const month = f[2].month;
  lines.push(blank, heading(BOOKS_TEXTS.tax(month)));
  lines.push(figure(BOOKS_TEXTS.turnoverMonth, f.map((m) => m.turnoverMonth)), figure(BOOKS_TEXTS.turnoverYear, f.map((m) => m.turnoverYearToDate), 'rupiah', false, false));
  // Turnover comes from the cash book, where a marketplace payout is net of fees: said, not hidden.
  if (report.marketplace?.months.some((m) => m.payoutsReceived !== 0)) lines.push({ kind: 'note', text: s(BOOKS_TEXTS.marketplaceNet) });
  if (!tax.setup) {
    lines.push({ kind: 'note', text: s(BOOKS_TEXTS.fillIn) }, ...tax.problems.map((p): ReportLine => ({ kind: 'note', text: `  • ${s(p)}` })));
  } else {
    if (tax.setup.kind === 'individual') lines.push(figure(BOOKS_TEXTS.untaxedLeft, f.map((m) => m.untaxedLeft), 'rupiah', false, false));
    if (tax.setup.finalRegime) {
      lines.push(
        figure(BOOKS_TEXTS.taxedTurnover, f.map((m) => m.taxedTurnover), 'rupiah', false, false),
        figure(BOOKS_TEXTS.finalTax, f.map((m) => m.finalTax), 'rupiah', true, false),
        { kind: 'note', text: s(BOOKS_TEXTS.depositBy(month, formatJakartaDate(f[2].depositBy))) },
      );
    } else lines.push({ kind: 'note', text: s(BOOKS_TEXTS.notFinal) });
    if (tax.setup.pkp && tax.setup.vatRate !== null) {
      lines.push(figure(BOOKS_TEXTS.vat(tax.setup.vatRate), f.map((m) => m.vat), 'rupiah', true, false), { kind: 'note', text: s(BOOKS_TEXTS.vatDue(month, formatJakartaDate(f[2].vatDueBy))) });
    }
    if (f[2].overFinalLimit) lines.push({ kind: 'note', text: s(BOOKS_TEXTS.overLimit) });
  }
  lines.push({ kind: 'note', text: s(BOOKS_TEXTS.disclaimer) });
  return lines;
}

/** A short line for Periksa buku kas: each account's balance today. */
export function balancesMessage(balances: ReadonlyArray<{ account: string; balance: number; hasOpening: boolean }>, lang: Lang): string {
  const parts = balances.map((b) => `${b.account} ${formatRupiah(b.balance)}${b.hasOpening ? '' : lang === 'id' ? ' (tanpa saldo awal)' : ' (no opening balance)'}`);
  return lang === 'id' ? `Saldo per akun hari ini (cocokkan dengan rekening): ${parts.join(' · ')}.` : `Balance per account today (compare with the bank): ${parts.join(' · ')}.`;
}
