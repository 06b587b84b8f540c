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
    expect(printed).toContain('Baris 30: SKU KAOS-HTM-XL tidak ada');
  });

  it('keeps customer text as text: the formula attempt in a name is stored as written', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'toko.xlsx'));
    const cells: unknown[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));

    expect(cells).toContain('=HYPERLINK("http://phish.example","Klik")');
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v && String((v as { formula: string }).formula).includes('phish'))).toBe(false);
  });
});
