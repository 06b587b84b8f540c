/** `npm start` on a fresh machine: the day at the shop runs on the built bundle and leaves files a person can open. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

describe('npm start (a day at the shop)', () => {
  let out: string;
  let printed: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'toko-start-'));
    printed = execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/start.ts', out], { encoding: 'utf8' });
  }, 120000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a workbook that exceljs reads back, with every division sheet and November’s report', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'toko.xlsx'));
    const names = workbook.worksheets.map((w) => w.name);

    for (const name of ['CS · Pesanan', 'Keuangan · Approval', 'Keuangan · Kas', 'Gudang · Stok', 'Gudang · Pengiriman', 'Gudang · Selesai', 'Pengaturan', 'Log', 'Laporan 2026-11']) {
      expect(names).toContain(name);
    }
    const done = workbook.getWorksheet('Gudang · Selesai');
    expect(done?.actualRowCount).toBeGreaterThan(10);
  });

  it('writes the packing list and the monthly report as .eml files, and says where everything is', () => {
    const mails = readdirSync(join(out, 'mail')).filter((f) => f.endsWith('.eml'));
    const texts = mails.map((f) => readFileSync(join(out, 'mail', f), 'utf8'));

    expect(mails.some((f) => /packing-list/.test(f))).toBe(true);
    expect(mails.some((f) => /laporan-keuangan-november-2026/.test(f))).toBe(true);
    expect(texts.every((t) => /^Content-Type: multipart\/alternative/m.test(t))).toBe(true);
    expect(printed).toContain('toko.xlsx');
    expect(printed).toContain('Laporan 2026-11');
    expect(printed).toContain('Baris 30: SKU KMJ-PRG-XXL tidak ada');
    expect(printed).toMatch(/COD return: TK-\d{4}-\d{4} back in Gudang · Selesai as Retur/);
    expect(printed).toMatch(/Stock opname: 2 Penyesuaian Stok entries in Keuangan · Kas \(\S+ Rp35\.000, \S+ Rp250\.000\)/);
    expect(printed).toMatch(/sidebar for 62\d+: \d+ order\(s\), \d+ open complaint\(s\), \d+ quick replies/);
  });

  it('is a batik shop from end to end: Sari’s own products replace Setup’s samples, and the customers have real addresses', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'toko.xlsx'));
    const text = (name: string) => workbook.getWorksheet(name)!.getSheetValues().flat().map(String).join('\n');

    expect(text('Gudang · Stok')).toContain('Kemeja Batik Parang Lengan Panjang');
    expect(text('Gudang · Stok')).not.toMatch(/KAOS-|TOPI-/);
    expect(text('Gudang · Selesai')).not.toMatch(/KAOS-|TOPI-|Jl\. Melati/);
    expect(text('Pengaturan')).toContain('Toko Batik Sari');
  });

  it('says what the local workbook cannot hold, and the workbook carries the report’s chart as marked data and the sheet protections', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'toko.xlsx'));
    // The dashboard's chart (Grafik 1, the daily trigger runs at 06.00) comes before the report's (07.00).
    const chart = workbook.worksheets.find((w) => w.name.startsWith('Grafik') && String(w.getCell('A1').value).includes('Omzet dan laba'));
    const approval = workbook.getWorksheet('Keuangan · Approval') as unknown as { sheetProtection?: { sheet?: boolean } };

    expect(String(chart?.getCell('A1').value)).toBe('GRAFIK (tabel data) — Omzet dan laba');
    expect(approval.sheetProtection?.sheet).toBe(true);
    expect(workbook.worksheets.at(-1)?.name).toBe('Tentang file ini');
    expect(printed).toContain('What a local .xlsx cannot hold');
    expect(printed).toMatch(/the chart "Omzet dan laba" of Laporan 2026-11 is no native chart here/);
  });

  it('includes marketing: a promo used on two orders, the contact list refreshed with a broadcast list of those who said yes, and a content week mailed on Monday', () => {
    expect(printed).toContain('Promo GAJIAN10: used 2 times');
    expect(printed).toMatch(/\d+ contacts in Marketing · Kontak; [1-9]\d* on the broadcast list with a WhatsApp link/);
    expect(printed).toContain('“Konten Toko Batik Sari minggu 7 Des 2026: 1 jatuh tempo, 1 terlambat, 1 tayang” → maya@tokobatiksari.test');
  });

  it('keeps customer text as text: the formula a customer pasted into the notes is stored as written, and no WhatsApp greeting carries it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'toko.xlsx'));
    const cells: unknown[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));

    expect(cells).toContain('=HYPERLINK("http://phish.example","Klik promo")');
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v && String((v as { formula: string }).formula).includes('phish'))).toBe(false);
    expect(cells.filter((v) => typeof v === 'string' && v.startsWith('https://wa.me/')).some((v) => decodeURIComponent(String(v)).includes('HYPERLINK'))).toBe(false);
    expect(printed).toContain('as a formula in no sheet');
  });
});
