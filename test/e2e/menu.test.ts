/** The Toko menu on the built bundle: every item reaches an entry point, in the shop's language. */
import { LocalRuntime } from '../../emulator/runtime';
import { RecordedMenuItem } from '../../emulator/spreadsheet';
import { MENU_LINES } from '../../src/menu';
import { NOW } from './pipeline-fixtures';
import { setSetting } from './pipeline-shop';

const items = (rt: LocalRuntime): RecordedMenuItem[] =>
  (rt.workbook.menus.find((m) => m.title === 'Toko')?.items ?? []).filter((i): i is RecordedMenuItem => 'caption' in i);

describe('the Toko menu', () => {
  it('calls only functions the bundle declares, so a caption and its handler cannot drift apart', () => {
    const rt = LocalRuntime.load({ now: NOW });
    rt.open();

    const handlers = items(rt).map((i) => i.functionName);

    expect(handlers.length).toBe(MENU_LINES.filter((l) => l !== 'separator').length);
    for (const handler of handlers) expect(rt.entryPoints()).toContain(handler);
  });

  it('speaks Indonesian on a new sheet and English once Pengaturan says Bahasa: English', () => {
    const rt = LocalRuntime.load({ now: NOW });
    rt.open();
    expect(items(rt).map((i) => i.caption)).toContain('Konfirmasi pesanan');
    rt.clickMenu('Setup');

    setSetting(rt, 'Bahasa', 'English');
    rt.open();

    const captions = items(rt).map((i) => i.caption);
    expect(captions).toContain('Confirm order');
    expect(captions).toContain('Mark shipped (tracking number)');
    expect(captions).not.toContain('Konfirmasi pesanan');
  });
});
