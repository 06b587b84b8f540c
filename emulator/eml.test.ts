import { encodeHeaderText, renderEml, rfc5322Date } from './eml';
import type { SentMail } from './services/mail';

function aMail(overrides: Partial<SentMail> = {}): SentMail {
  return {
    service: 'MailApp', to: 'gudang@toko.test', cc: '', bcc: '', subject: 'Packing TK-0001', body: 'Kaos merah x2',
    attachments: [], recipients: ['gudang@toko.test'], sentAt: Date.UTC(2026, 10, 28, 2, 0, 0), sender: 'owner@toko.test',
    ...overrides,
  };
}

function decodeParts(eml: string): string[] {
  return [...eml.matchAll(/Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n(?:--|$)/g)]
    .map((match) => Buffer.from(match[1].replace(/\r\n/g, ''), 'base64').toString('utf8'));
}

describe('renderEml', () => {
  it('renders a plain-text packing list with the headers a mail program needs', () => {
    const eml = renderEml(aMail({ name: 'Toko Bunga' }));

    expect(eml).toContain('From: "Toko Bunga" <owner@toko.test>\r\n');
    expect(eml).toContain('To: gudang@toko.test\r\n');
    expect(eml).toContain('Subject: Packing TK-0001\r\n');
    expect(eml).toContain('Date: Sat, 28 Nov 2026 02:00:00 +0000\r\n');
    expect(eml).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(decodeParts(eml)).toEqual(['Kaos merah x2']);
  });

  it('sends text and HTML as multipart/alternative', () => {
    const eml = renderEml(aMail({ htmlBody: '<b>Kaos</b>' }));

    expect(eml).toMatch(/Content-Type: multipart\/alternative; boundary="([^"]+)"/);
    expect(decodeParts(eml)).toEqual(['Kaos merah x2', '<b>Kaos</b>']);
  });

  it('encodes a short non-ASCII subject as one UTF-8 encoded-word', () => {
    const eml = renderEml(aMail({ subject: 'Laporan Rp1.250.000 — November' }));

    expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from('Laporan Rp1.250.000 — November').toString('base64')}?=\r\n`);
    expect(encodeHeaderText('plain')).toBe('plain');
  });

  it('splits a long report subject into encoded-words of at most 75 characters on folded lines of at most 76, each word whole characters', () => {
    const subject = 'Laporan keuangan November 2026 · Toko Batik Sari — laba bersih Rp12.345.000 · bulan menurut WIB (Asia/Jakarta) — “ringkasan”';

    const eml = renderEml(aMail({ subject }));
    const header = /\r\nSubject: ((?:.*)(?:\r\n .*)*)\r\nDate:/.exec(eml)![1];
    const lines = `Subject: ${header}`.split('\r\n');
    const words = header.split('\r\n ');

    expect(words.length).toBeGreaterThan(1);
    expect(Math.max(...words.map((w) => w.length))).toBeLessThanOrEqual(75);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(76);
    const pieces = words.map((w) => Buffer.from(/^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(w)![1], 'base64'));
    expect(pieces.every((bytes) => Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes))).toBe(true);
    expect(pieces.map((bytes) => bytes.toString('utf8')).join('')).toBe(subject);
  });

  it('folds a long plain subject at spaces, so no header line passes 78 characters and the words come back unchanged', () => {
    const subject = '[Toko Batik Sari] Packing list: 26 pesanan disetujui (TK-2611-0002, TK-2611-0003, TK-2611-0004 dan 23 lainnya)';

    const eml = renderEml(aMail({ subject }));
    const header = /\r\n(Subject: (?:.*)(?:\r\n .*)*)\r\nDate:/.exec(eml)![1];

    expect(header.split('\r\n').length).toBeGreaterThan(1);
    expect(Math.max(...header.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(78);
    expect(header.replace(/\r\n /g, ' ')).toBe(`Subject: ${subject}`);
  });

  it('encodes a non-ASCII sender name in words and puts the address on its own folded line', () => {
    const eml = renderEml(aMail({ name: 'Toko Batik Sari — Pekalongan' }));

    expect(eml).toMatch(/^From: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=\r\n <owner@toko\.test>\r\n/);
  });

  it('names a non-ASCII attachment with an RFC 2231 parameter', () => {
    const eml = renderEml(aMail({ attachments: [{ name: 'Laporan – Nov.csv', contentType: 'text/csv', bytes: Buffer.from('x') }] }));

    expect(eml).toContain("Content-Disposition: attachment; filename*=UTF-8''Laporan%20%E2%80%93%20Nov.csv");
  });

  it('wraps attachments in multipart/mixed', () => {
    const eml = renderEml(aMail({ attachments: [{ name: 'stok.csv', contentType: 'text/csv', bytes: Buffer.from('sku,qty') }] }));

    expect(eml).toContain('Content-Type: multipart/mixed');
    expect(eml).toContain('Content-Disposition: attachment; filename="stok.csv"');
    expect(decodeParts(eml)).toContain('sku,qty');
  });

  it('writes RFC 5322 dates', () => {
    expect(rfc5322Date(Date.UTC(2024, 2, 5, 13, 4, 5))).toBe('Tue, 5 Mar 2024 13:04:05 +0000');
  });
});
