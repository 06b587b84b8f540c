import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('escapes the five special characters, ampersand first', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});
