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

describe('permission guards', () => {
  it('reads the user and the spreadsheet owner whatever their case and spacing', () => {
    expect(checkPermission({ team, ownerEmail: '' }, ' DINA@toko.test ', '', ['Keuangan'], 'Approve order').allowed).toBe(true);
    expect(checkPermission({ team, ownerEmail: '' }, 'boss@toko.test', ' Boss@Toko.test ', ['Gudang'], 'Tandai dikirim').allowed).toBe(true);
  });

  it('a member may run an action meant for several divisions if theirs is one of them', () => {
    expect(checkPermission({ team, ownerEmail: '' }, 'sari@toko.test', '', ['Keuangan', 'CS'], 'Batalkan pesanan').allowed).toBe(true);
  });

  it('a blank user is told Toko cannot read their e-mail, in both languages', () => {
    expect(checkPermission({ team, ownerEmail: 'boss@toko.test' }, ' ', 'boss@toko.test', ['CS'], 'Konfirmasi pesanan')).toEqual({
      allowed: false,
      reason: {
        id: 'Konfirmasi pesanan ditolak: Toko tidak bisa membaca e-mail Anda. Buka sheet dengan akun Google yang terdaftar di Pengaturan.',
        en: 'Konfirmasi pesanan refused: Toko cannot read your e-mail address. Open the sheet with a Google account listed in Settings.',
      },
    });
  });

  it('a member of another division is told which divisions may run it and where they are listed', () => {
    expect(checkPermission({ team, ownerEmail: '' }, 'sari@toko.test', '', ['Keuangan', 'Gudang'], 'Terima stok')).toEqual({
      allowed: false,
      reason: {
        id: 'Terima stok hanya untuk divisi Keuangan / Gudang. sari@toko.test terdaftar di divisi CS.',
        en: 'Terima stok is for the Keuangan / Gudang division only. sari@toko.test is listed in CS.',
      },
    });
  });

  it('someone not listed is told to ask the owner, naming the division', () => {
    expect(checkPermission({ team, ownerEmail: '' }, 'stranger@x.test', '', ['CS'], 'Konfirmasi pesanan')).toEqual({
      allowed: false,
      reason: {
        id: 'Konfirmasi pesanan ditolak: stranger@x.test tidak terdaftar di Pengaturan. Minta pemilik toko menambahkan Anda ke divisi CS.',
        en: 'Konfirmasi pesanan refused: stranger@x.test is not listed in Settings. Ask the owner to add you to the CS division.',
      },
    });
  });

  it('an owner-only action refuses a team member without naming a division for owners', () => {
    const refused = checkPermission({ team, ownerEmail: '' }, 'sari@toko.test', 'owner@toko.test', [], 'Aktifkan laporan bulanan otomatis');

    expect(refused).toEqual({
      allowed: false,
      reason: {
        id: 'Aktifkan laporan bulanan otomatis ditolak: hanya pemilik toko yang boleh menjalankannya (sari@toko.test bukan pemilik spreadsheet ini).',
        en: "Aktifkan laporan bulanan otomatis refused: only the shop owner may run it (sari@toko.test is not this spreadsheet's owner).",
      },
    });
  });
});

describe('who counts as the owner', () => {
  it('once an owner is named in Pengaturan, a stranger is not taken for them while no team is listed', () => {
    const settings = { team: [], ownerEmail: 'boss@toko.test' };

    const permission = checkPermission(settings, 'stranger@x.test', '', ['Keuangan'], 'Approve order');

    expect(permission).toEqual({
      allowed: false,
      reason: {
        id: 'Approve order ditolak: belum ada tim di Pengaturan, jadi hanya pemilik toko yang boleh menjalankannya. Minta pemilik menambahkan stranger@x.test ke divisi Keuangan.',
        en: 'Approve order refused: no team is listed in Settings yet, so only the shop owner may run it. Ask the owner to add stranger@x.test to the Keuangan division.',
      },
    });
  });

  it('the owner named in Pengaturan is recognised whatever the case and spacing of the address', () => {
    const settings = { team, ownerEmail: ' Boss@Toko.test ' };

    const permission = checkPermission(settings, 'boss@toko.test', '', ['Gudang'], 'Tandai dikirim');

    expect(permission).toEqual({ allowed: true });
  });

  it.each([
    ['a listed member', team],
    ['anyone, while no team is listed', []],
  ])('an action for the owner only refuses %s and says only the owner may run it, not which division to join', (_who, listed) => {
    const permission = checkPermission({ team: listed, ownerEmail: 'boss@toko.test' }, 'dina@toko.test', '', [], 'Aktifkan laporan bulanan otomatis');

    expect(permission).toEqual({
      allowed: false,
      reason: {
        id: 'Aktifkan laporan bulanan otomatis ditolak: hanya pemilik toko yang boleh menjalankannya (dina@toko.test bukan pemilik spreadsheet ini).',
        en: "Aktifkan laporan bulanan otomatis refused: only the shop owner may run it (dina@toko.test is not this spreadsheet's owner).",
      },
    });
  });

  it('an action for the owner only still lets the owner in', () => {
    const permission = checkPermission({ team, ownerEmail: '' }, 'boss@toko.test', 'boss@toko.test', [], 'Aktifkan laporan bulanan otomatis');

    expect(permission).toEqual({ allowed: true });
  });
});
