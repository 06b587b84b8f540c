/**
 * Toko → Periksa buku kas on the built bundle: finance sees every cash-book row the monthly report
 * cannot count, with its row and what to write, and nothing in the sheets changes.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { FINANCE, FINANCE_NOW, OWNER, seedShop } from './finance-fixtures';

describe('Periksa buku kas (checkLedger, built bundle)', () => {
  it('names the row whose amount is not a Rupiah number, and changes nothing', () => {
    const rt = LocalRuntime.load({ now: FINANCE_NOW });
    seedShop(rt);
    rt.open(OWNER);
    const sheets = () => Object.fromEntries(rt.workbook.sheetNames().filter((name) => name !== 'Log').map((name) => [name, rt.workbook.values(name)]));
    const before = sheets();

    rt.clickMenu('Toko > Periksa buku kas', FINANCE);

    expect(rt.workbook.alerts.at(-1)?.message).toBe(
      '1 dari 4 baris Keuangan · Kas perlu diperbaiki (tidak dihitung di laporan sampai diperbaiki):\nKeuangan · Kas baris 5: Jumlah "dua ratus" bukan angka Rupiah bulat (tulis seperti 150000).\n' +
        // The rows that count, all in the main account (Akun blank): 185.000 − 50.000 − 100.000.
        'Saldo per akun hari ini (cocokkan dengan rekening): Bank Rp35.000 (tanpa saldo awal).',
    );
    expect(sheets()).toEqual(before);
  });
});
