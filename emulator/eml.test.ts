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

  it('encodes a non-ASCII subject as a UTF-8 encoded-word', () => {
    const eml = renderEml(aMail({ subject: 'Laporan Rp1.250.000 — November' }));

    expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from('Laporan Rp1.250.000 — November').toString('base64')}?=\r\n`);
    expect(encodeHeaderText('plain')).toBe('plain');
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
