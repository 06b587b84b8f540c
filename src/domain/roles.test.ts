import { checkPermission } from './roles';

const team = [
  { email: 'sari@toko.test', name: 'Sari', division: 'CS' as const },
  { email: 'dina@toko.test', name: 'Dina', division: 'Keuangan' as const },
];

describe('checkPermission', () => {
  it('lets the owner work alone when nobody is listed, and refuses a stranger the sheet was shared with', () => {
    expect(checkPermission({ team: [], ownerEmail: '' }, 'boss@toko.test', 'boss@toko.test', ['Keuangan'], 'Approve order')).toEqual({ allowed: true });

    const stranger = checkPermission({ team: [], ownerEmail: '' }, 'stranger@x.test', 'boss@toko.test', ['Keuangan'], 'Approve order');

    expect(stranger.allowed).toBe(false);
    if (!stranger.allowed) expect(stranger.reason.id).toContain('hanya pemilik toko');
  });

  it('refuses a blank user even when nobody is listed', () => {
    expect(checkPermission({ team: [], ownerEmail: '' }, '', 'boss@toko.test', ['Keuangan'], 'Approve order').allowed).toBe(false);
  });

  it('asks who owns the spreadsheet only when the settings do not already decide', () => {
    let asked = 0;
    const owner = () => {
      asked++;
      return 'boss@toko.test';
    };

    checkPermission({ team, ownerEmail: '' }, 'dina@toko.test', owner, ['Keuangan'], 'Approve order');
    checkPermission({ team, ownerEmail: '' }, 'boss@toko.test', owner, ['Keuangan'], 'Approve order');

    expect(asked).toBe(1);
  });

  it('lets finance approve and refuses CS, naming the division', () => {
    expect(checkPermission({ team, ownerEmail: '' }, 'dina@toko.test', '', ['Keuangan'], 'Approve order').allowed).toBe(true);

    const refused = checkPermission({ team, ownerEmail: '' }, 'sari@toko.test', '', ['Keuangan'], 'Approve order');

    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.reason.id).toContain('hanya untuk divisi Keuangan');
  });

  it('refuses an unknown or blank user once a team is listed', () => {
    expect(checkPermission({ team, ownerEmail: '' }, 'stranger@x.test', '', ['CS'], 'Konfirmasi pesanan').allowed).toBe(false);
    expect(checkPermission({ team, ownerEmail: '' }, '', '', ['CS'], 'Konfirmasi pesanan').allowed).toBe(false);
  });

  it('always lets the owner in, from the settings or the spreadsheet', () => {
    expect(checkPermission({ team, ownerEmail: 'boss@toko.test' }, 'Boss@toko.test', '', ['Gudang'], 'Tandai dikirim').allowed).toBe(true);
    expect(checkPermission({ team, ownerEmail: '' }, 'boss@toko.test', 'boss@toko.test', ['Gudang'], 'Tandai dikirim').allowed).toBe(true);
  });
});
