import { broadcastMessageProblem, broadcastSummary, planBroadcast } from './broadcast';
import { DEFAULT_SEGMENT_THRESHOLDS } from './contact-segments';
import { jakartaInstant } from './jakarta-time';

const NOW = jakartaInstant(2026, 12, 3, 9);
const contact = (rowNumber: number, phone: string, name: string, orderCount: number, consent: string, lastDay = 20) => ({
  rowNumber, record: { phone, name, city: 'Bandung', orderCount, lastOrder: jakartaInstant(2026, 11, lastDay), consent },
});
const plan = (rows: ReturnType<typeof contact>[], segments = ['baru', 'repeat', 'loyal', 'tidak aktif'] as const) =>
  planBroadcast(rows, segments, 'Halo Kak {nama}, promo dari {toko}!', 'Toko Batik Sari', NOW, DEFAULT_SEGMENT_THRESHOLDS);

describe('the broadcast list', () => {
  it('lists only contacts who said Ya, in the chosen segments, by segment then name, each with its wa.me link', () => {
    const list = plan([
      contact(2, '6281234567890', 'Siti', 3, 'Ya'),
      contact(3, '6281311112222', 'Budi', 1, 'Ya'),
      contact(4, '6285712345678', 'Citra', 6, ''),
      contact(5, '6285677778888', 'Dodi', 1, 'Tidak'),
      contact(6, '6285600001111', 'Eka', 2, 'nanti'),
    ]);

    expect(list.lines.map((l) => [l.name, l.segment])).toEqual([['Budi', 'baru'], ['Siti', 'repeat']]);
    expect(list.lines[1].link).toBe(`https://wa.me/6281234567890?text=${encodeURIComponent('Halo Kak Siti, promo dari Toko Batik Sari!')}`);
    expect(broadcastSummary(list, ['baru', 'repeat', 'loyal', 'tidak aktif']).id).toBe('2 kontak boleh dihubungi dari 5 di semua segmen (tidak dimasukkan: 1 menolak, 1 belum ditanya, 1 jawabannya tidak terbaca).');
  });

  it('a customer on two rows (phone typed two ways) is listed once, and not at all when either row says Tidak', () => {
    expect(plan([contact(2, '0812-3456-7890', 'Siti', 3, 'Ya'), contact(9, '+62 812 3456 7890', 'Siti A.', 3, 'ya')]).lines).toHaveLength(1);
    expect(plan([contact(2, '0812-3456-7890', 'Siti', 3, 'Ya'), contact(9, '6281234567890', 'Siti', 3, 'stop')]).lines).toEqual([]);
  });

  it('a loyal customer silent for more than 90 days is chosen as tidak aktif, not loyal', () => {
    const rows = [contact(2, '6281234567890', 'Siti', 8, 'Ya', 1)];
    const lateAugust = planBroadcast(rows.map((r) => ({ ...r, record: { ...r.record, lastOrder: jakartaInstant(2026, 8, 20) } })), ['loyal'], 'Hai {nama}', 'Toko', NOW, DEFAULT_SEGMENT_THRESHOLDS);

    expect(lateAugust.lines).toEqual([]);
    expect(lateAugust.inSegments).toBe(0);
  });

  it('a message that is empty or uses a placeholder a broadcast cannot fill is named', () => {
    expect(broadcastMessageProblem('Halo {nama} dari {toko}')).toBeNull();
    expect(broadcastMessageProblem('  ')?.id).toContain('Pesan broadcast kosong');
    expect(broadcastMessageProblem('Halo {nama}, total {total}, {Nama}')?.id).toBe('Pesan broadcast memakai {total}, {Nama}, yang tidak bisa dipakai di broadcast (yang bisa: {nama}, {toko}). Perbaiki pesannya, lalu jalankan lagi. Tidak ada yang diubah.');
  });
});
