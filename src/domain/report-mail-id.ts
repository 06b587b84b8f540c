/**
 * The monthly report mail's idempotency key: the same report is never mailed twice, a changed one is
 * mailed again. It is built from the month, whether the month was over when the report was built (a
 * preview made during the month is a different report from the month's final one) and a hash of the
 * mail's text with the build time left out (the only part that changes on every run).
 */
import { Lang } from './i18n';
import { monthBounds } from './jakarta-time';
import { MonthlyReport } from './monthly-report';
import { shortHash } from './order-plan';
import { renderReportMail } from './report-render';

/** See the file comment: `laporan-<yyyy-MM>-<akhir|sementara>-<hash>`. */
export function reportMailId(report: MonthlyReport, lang: Lang, shopName: string, sheetName: string): string {
  const text = renderReportMail({ ...report, generatedAt: 0 }, lang, shopName, sheetName, '').body;
  const stage = report.generatedAt >= monthBounds(report.month).end ? 'akhir' : 'sementara';
  return `laporan-${report.month}-${stage}-${shortHash(text)}`;
}
