/**
 * A careless team on the built bundle (issue 7, items 4–9 and what real teams do): rows deleted or
 * pasted by hand, duplicated IDs, columns added or renamed, a system sheet deleted, strangers clicking,
 * a sheet sorted while someone acts, an order typed in the wrong sheet. Each test states the expected
 * (fixed) behaviour.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, COMPLAINTS_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, PLAN_SHEET, SETTINGS_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET, TEMPLATE_SHEET } from '../../src/sheets/schema';
import {
  CS, columnLetter, FINANCE, headerColumns, openShop, orderIds, OWNER, recordsOf, selectRows, setTeam, tickChecked, typedOrder, typeRows, WAREHOUSE,
} from './pipeline-shop';
import { everything, shopWithTeam, TEAM } from './careless-kit';
import { clickOnRow, complaintShop, ORDER, rowWith } from './complaint-shop';

/** The last message the person saw (alert or toast). */
function lastMessage(rt: LocalRuntime): string {
  const alert = rt.workbook.alerts.filter((a) => a.kind === 'alert').at(-1);
  const toast = rt.workbook.toasts.at(-1);
  return [alert?.message ?? '', toast?.message ?? ''].join('\n');
}

/** CS types orders and confirms them; returns the IDs they got, in order. */
function confirmTyped(rt: LocalRuntime, orders: Array<Record<string, string>>): string[] {
  const before = new Set(orderIds(rt, APPROVAL_SHEET));
  const rows = typeRows(rt, ORDERS_SHEET, orders);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', CS);
  return orderIds(rt, APPROVAL_SHEET).filter((id) => !before.has(id));
}

/** The data row (1-based) of the order `id` on a sheet, or 0. */
function rowOf(rt: LocalRuntime, spec: SheetSpec, id: string): number {
  return orderIds(rt, spec).indexOf(id) + 2 || 0;
}

function click(rt: LocalRuntime, spec: SheetSpec, ids: string[], caption: string, user: string, answer?: string): void {
  selectRows(rt, spec, ids.map((id) => rowOf(rt, spec, id)));
  if (answer !== undefined) rt.workbook.answerNext({ button: 'OK', text: answer });
  rt.clickMenu(caption, user);
}

/** An order confirmed, approved, packed, shipped and delivered; returns its ID. */
function deliveredOrder(rt: LocalRuntime): string {
  const [id] = confirmTyped(rt, [typedOrder({ paymentStatus: 'Lunas', courier: 'JNE' })]);
  click(rt, APPROVAL_SHEET, [id], 'Approve order', FINANCE);
  tickChecked(rt, [rowOf(rt, SHIPPING_SHEET, id)], WAREHOUSE);
  click(rt, SHIPPING_SHEET, [id], 'Tandai dikemas (packing)', WAREHOUSE);
  rt.edit(SHIPPING_SHEET.name, `${columnLetter(headerColumns(rt, SHIPPING_SHEET).get('trackingNumber') as number)}${rowOf(rt, SHIPPING_SHEET, id)}`, [['JP0000000001']], WAREHOUSE);
  click(rt, SHIPPING_SHEET, [id], 'Tandai dikirim (resi)', WAREHOUSE);
  click(rt, SHIPPING_SHEET, [id], 'Tandai diterima', WAREHOUSE);
  if (rowOf(rt, DONE_SHEET, id) === 0) throw new Error(`deliveredOrder: ${id} did not reach ${DONE_SHEET.name}: ${lastMessage(rt)}`);
  return id;
}

/** A person deletes a row by hand. */
function deleteRowByHand(rt: LocalRuntime, sheetName: string, row: number): void {
  rt.run(() => (rt.workbook.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet).deleteRow(row), { user: CS });
}

/** A person adds a column after the last one and types its header; returns its number. */
function addColumnByHand(rt: LocalRuntime, sheetName: string, header: string, user: string): number {
  const column = rt.run(() => {
    const sheet = rt.workbook.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.insertColumnAfter(sheet.getMaxColumns());
    return sheet.getMaxColumns();
  }, { user });
  rt.edit(sheetName, `${columnLetter(column)}1`, [[header]], user);
  return column;
}

const stockOf = (rt: LocalRuntime) => recordsOf(rt, STOCK_SHEET).map((s) => `${s.sku} ${s.onHand}/${s.reserved}`);

/** Every order ID across the four order sheets, with how many times it appears. */
function idCounts(rt: LocalRuntime): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const spec of [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET]) {
    for (const id of orderIds(rt, spec)) if (id !== '') counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

describe('4. an order ID, once issued, is never issued again', () => {
  it('a delivered row deleted by hand from Gudang · Selesai: the next order gets a new ID, its stock reserved and its income booked', () => {
    const rt = shopWithTeam();
    const old = deliveredOrder(rt);
    deleteRowByHand(rt, DONE_SHEET.name, rowOf(rt, DONE_SHEET, old));
    const reservedBefore = recordsOf(rt, STOCK_SHEET).find((s) => s.sku === 'TOPI-01')?.reserved;

    const [next] = confirmTyped(rt, [typedOrder({ customerName: 'Joko', paymentStatus: 'Lunas', items: 'TOPI-01 x1' })]);
    click(rt, APPROVAL_SHEET, [next], 'Approve order', FINANCE);

    expect(next).toMatch(/^TK-/);
    expect(next).not.toBe(old);
    expect(recordsOf(rt, STOCK_SHEET).find((s) => s.sku === 'TOPI-01')?.reserved).toBe(Number(reservedBefore) + 1);
    expect(recordsOf(rt, LEDGER_SHEET).filter((e) => e.reference === next)).toHaveLength(1);
  });

  it('Confirm dies after the stock write and CS confirms another order first: each order gets its own ID and stock is reserved exactly once each', () => {
    const rt = shopWithTeam();
    const [siti] = typeRows(rt, ORDERS_SHEET, [typedOrder({ items: 'KAOS-HTM-L x1' })]);
    selectRows(rt, ORDERS_SHEET, [siti]);
    let writes = 0;
    let dead: number | undefined;
    const remove = rt.state.addCallHook((method, _call, execution) => {
      if (dead !== undefined && execution?.id === dead) throw new Error('Execution stopped');
      if (method === 'Range.setValues' && ++writes === 2) {
        dead = execution?.id;
        throw new Error('Execution stopped'); // the stock row is written; nothing after it
      }
    });
    expect(() => rt.clickMenu('Konfirmasi pesanan', CS)).toThrow();
    remove();

    const [budi] = confirmTyped(rt, [typedOrder({ customerName: 'Budi', items: 'KAOS-HTM-L x1' })]);
    selectRows(rt, ORDERS_SHEET, [2]);
    rt.clickMenu('Konfirmasi pesanan', CS);

    const ids = orderIds(rt, APPROVAL_SHEET);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain(budi);
    expect(recordsOf(rt, STOCK_SHEET).find((s) => s.sku === 'KAOS-HTM-L')?.reserved).toBe(2);
  });
});

describe('5. a row whose ID already lives elsewhere, or twice in the selection, is refused with both places named', () => {
  it('CS copies a repeat customer\'s row (ID included) whose order is in Approval, changes the items and confirms: refused naming Keuangan · Approval and the row, nothing changes', () => {
    const rt = shopWithTeam();
    const [id] = confirmTyped(rt, [typedOrder()]);
    const [copy] = typeRows(rt, ORDERS_SHEET, [typedOrder({ orderId: id, items: 'TOPI-01 x3' })]);
    const before = everything(rt);

    selectRows(rt, ORDERS_SHEET, [copy]);
    rt.clickMenu('Konfirmasi pesanan', CS);

    const message = lastMessage(rt);
    expect(message).toContain(id);
    expect(message).toContain(`${APPROVAL_SHEET.name} baris 2`);
    expect(message).toMatch(/kosongkan kolom ID/i);
    expect(everything(rt)).toEqual(before);
  });

  it('the same order pasted twice in Approval and approved: refused, never two rows in Pengiriman', () => {
    const rt = shopWithTeam();
    const [id] = confirmTyped(rt, [typedOrder({ paymentStatus: 'Lunas' })]);
    const row = rt.workbook.values(APPROVAL_SHEET.name)[1].map((v) => (v instanceof Date ? '28/11/2026' : String(v)));
    rt.edit(APPROVAL_SHEET.name, `A3:${columnLetter(row.length)}3`, [row], FINANCE);
    const before = everything(rt);

    selectRows(rt, APPROVAL_SHEET, [2, 3]);
    rt.clickMenu('Approve order', FINANCE);

    expect(orderIds(rt, SHIPPING_SHEET).filter((x) => x === id).length).toBeLessThanOrEqual(1);
    expect(lastMessage(rt)).toContain(id);
    expect(everything(rt)).toEqual(before);
  });
});

describe('6. columns the team adds travel with the order', () => {
  it('"Catatan Internal" typed in CS and "Cek Transfer" typed in Approval reach Gudang · Pengiriman, in columns of the same header created at the end', () => {
    const rt = shopWithTeam();
    const note = addColumnByHand(rt, ORDERS_SHEET.name, 'Catatan Internal', CS);
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas' })]);
    rt.edit(ORDERS_SHEET.name, `${columnLetter(note)}${row}`, [['pelanggan VIP, bonus stiker']], CS);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan', CS);
    const [id] = orderIds(rt, APPROVAL_SHEET);
    const check = addColumnByHand(rt, APPROVAL_SHEET.name, 'Cek Transfer', FINANCE);
    rt.edit(APPROVAL_SHEET.name, `${columnLetter(check)}2`, [['OK BCA 28/11']], FINANCE);

    click(rt, APPROVAL_SHEET, [id], 'Approve order', FINANCE);

    const [header, shipped] = rt.workbook.values(SHIPPING_SHEET.name);
    expect(shipped?.[header.indexOf('Catatan Internal')]).toBe('pelanggan VIP, bonus stiker');
    expect(shipped?.[header.indexOf('Cek Transfer')]).toBe('OK BCA 28/11');
  });
});

describe('7. a renamed header never loses data', () => {
  it('"Nama Pelanggan" renamed "Nama" in Approval, then Setup, then Approve: Setup says to rename it back and the name is never lost', () => {
    const rt = shopWithTeam();
    const [id] = confirmTyped(rt, [typedOrder({ paymentStatus: 'Lunas' })]);
    const nameColumn = headerColumns(rt, APPROVAL_SHEET).get('customerName') as number;
    rt.edit(APPROVAL_SHEET.name, `${columnLetter(nameColumn)}1`, [['Nama']], FINANCE);

    rt.clickMenu('Setup', OWNER);
    const setupSaid = lastMessage(rt);
    click(rt, APPROVAL_SHEET, [id], 'Approve order', FINANCE);

    expect(setupSaid).toContain('Nama Pelanggan');
    expect(setupSaid).toContain('Nama');
    const shipped = recordsOf(rt, SHIPPING_SHEET).find((r) => r.orderId === id);
    if (shipped) expect(shipped.customerName).toBe('Siti Aminah');
    else expect(rt.workbook.values(APPROVAL_SHEET.name).flat()).toContain('Siti Aminah');
  });
});

describe('8. a deleted system sheet never half-runs an action', () => {
  it('with Log deleted, Confirm either recreates Log and logs the move, or changes nothing', () => {
    const rt = shopWithTeam();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    rt.run(() => rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(LOG_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet));
    const stockBefore = stockOf(rt);

    selectRows(rt, ORDERS_SHEET, [row]);
    try {
      rt.clickMenu('Konfirmasi pesanan', CS);
    } catch {
      // an error shown to the person is allowed, as long as nothing half-moved
    }

    const moved = orderIds(rt, APPROVAL_SHEET).length === 1;
    if (moved) {
      expect(rt.workbook.sheetNames()).toContain(LOG_SHEET.name);
      expect(recordsOf(rt, LOG_SHEET).some((l) => l.orderId === orderIds(rt, APPROVAL_SHEET)[0])).toBe(true);
    } else {
      expect(stockOf(rt)).toEqual(stockBefore);
      expect(recordsOf(rt, ORDERS_SHEET)).toHaveLength(1);
      expect(recordsOf(rt, ORDERS_SHEET)[0].orderId).toBe('');
    }
  });
});

describe('9. roles fail closed', () => {
  it('with no team listed, a stranger the sheet was shared with cannot approve', () => {
    const rt = openShop();
    const [id] = confirmTyped(rt, [typedOrder({ paymentStatus: 'Lunas' })]);
    click(rt, APPROVAL_SHEET, [id], 'Approve order', 'tamu@gmail.com');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([id]);
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual([]);
  });

  it('with no team listed, a blank user cannot approve', () => {
    const rt = openShop();
    const [id] = confirmTyped(rt, [typedOrder({ paymentStatus: 'Lunas' })]);
    click(rt, APPROVAL_SHEET, [id], 'Approve order', '');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([id]);
  });

  it('with no team listed, a stranger cannot install the report triggers', () => {
    const rt = openShop();
    rt.clickMenu('Aktifkan laporan bulanan otomatis', 'tamu@gmail.com');
    expect(rt.triggers()).toEqual([]);
  });

  it('a helper who ran the first Setup does not become the owner: the spreadsheet\'s owner stays in charge', () => {
    const rt = LocalRuntime.load({ owner: OWNER });
    rt.open(OWNER);
    rt.clickMenu('Setup', 'helper@toko.test');
    const helperWasTold = lastMessage(rt);
    rt.clickMenu('Setup', OWNER);

    rt.clickMenu('Aktifkan laporan bulanan otomatis', 'helper@toko.test');
    expect(rt.triggers()).toEqual([]);
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
    expect(helperWasTold).toContain('hanya pemilik toko');
    expect(recordsOf(rt, SETTINGS_SHEET).find((r) => String(r.settingKey) === 'Email pemilik')?.settingValue).toBe(OWNER);
    expect(rt.triggers().map((t) => t.handler).sort()).toEqual(['complaintSlaTrigger', 'contactsRefreshTrigger', 'contentDigestTrigger', 'dailyDigestTrigger', 'dashboardTrigger', 'monthlyReportTrigger', 'outboxRetryTrigger']);
  });

  it('with Pengaturan deleted, a CS member running Setup does not become the owner', () => {
    const rt = shopWithTeam();
    rt.run(() => rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(SETTINGS_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet));
    try {
      rt.clickMenu('Setup', CS);
    } catch {
      // refusing is fine
    }
    const owner = rt.workbook.sheetNames().includes(SETTINGS_SHEET.name)
      ? recordsOf(rt, SETTINGS_SHEET).find((r) => String(r.settingKey) === 'Email pemilik')?.settingValue
      : '';
    expect(owner).not.toBe(CS);
    rt.clickMenu('Aktifkan laporan bulanan otomatis', CS);
    expect(rt.triggers()).toEqual([]);
  });
});

describe('what a real team does', () => {
  /** Approval with Siti (paid), Budi (COD) and Citra (unpaid), confirmed in that order. */
  function threeInApproval(): { rt: LocalRuntime; ids: string[] } {
    const rt = shopWithTeam();
    const ids = confirmTyped(rt, [
      typedOrder({ paymentStatus: 'Lunas' }),
      typedOrder({ customerName: 'Budi Santoso', paymentMethod: 'COD', items: 'TOPI-01 x2' }),
      typedOrder({ customerName: 'Citra Lestari', items: 'KAOS-HTM-L x1' }),
    ]);
    return { rt, ids };
  }

  /** Runs `change` once, by another person, at the action's first write (after it has read the sheets). */
  function atFirstWrite(rt: LocalRuntime, change: () => void): () => void {
    let done = false;
    return rt.state.addCallHook((method) => {
      if (done || !/^Range\.setValues$/.test(method)) return;
      done = true;
      change();
    });
  }

  /** Someone sorts Approval's data rows by order ID, newest first (values move; the header stays). */
  function sortApprovalByHand(rt: LocalRuntime): void {
    const [header, ...rows] = rt.workbook.values(APPROVAL_SHEET.name);
    const id = header.indexOf('ID Pesanan');
    const sorted = [...rows].sort((a, b) => String(b[id]).localeCompare(String(a[id])));
    rt.run(() => {
      const sheet = rt.workbook.spreadsheet.getSheetByName(APPROVAL_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange(2, 1, sorted.length, header.length).setValues(sorted as unknown[][]);
    }, { user: CS });
  }

  it('Approval sorted by someone else while finance approves two orders: each order ends exactly once, the approved ones in Pengiriman', () => {
    const { rt, ids } = threeInApproval();
    const [siti, budi, citra] = ids;
    selectRows(rt, APPROVAL_SHEET, [2, 3]);
    const remove = atFirstWrite(rt, () => sortApprovalByHand(rt));

    rt.clickMenu('Approve order', FINANCE);
    remove();

    expect(idCounts(rt)).toEqual({ [siti]: 1, [budi]: 1, [citra]: 1 });
    expect(orderIds(rt, SHIPPING_SHEET).sort()).toEqual([siti, budi].sort());
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([citra]);
  });

  it('Approval sorted between selecting and clicking: the orders now on the selected rows are the ones approved, each once', () => {
    const { rt, ids } = threeInApproval();
    const [siti, budi, citra] = ids;
    selectRows(rt, APPROVAL_SHEET, [2]);
    sortApprovalByHand(rt); // Citra, Budi, Siti: row 2 now holds Citra (unpaid)

    rt.clickMenu('Approve order', FINANCE);

    expect(idCounts(rt)).toEqual({ [siti]: 1, [budi]: 1, [citra]: 1 });
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual([]);
    expect(lastMessage(rt)).toContain(citra);
  });

  it('a row deleted by hand above the selected one while finance approves: only the approved order leaves Approval', () => {
    const { rt, ids } = threeInApproval();
    const [siti, budi, citra] = ids;
    selectRows(rt, APPROVAL_SHEET, [3]); // Budi (COD)
    const remove = atFirstWrite(rt, () => deleteRowByHand(rt, APPROVAL_SHEET.name, 2)); // Siti's row, by someone else

    rt.clickMenu('Approve order', FINANCE);
    remove();

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual([budi]);
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([citra]);
    expect(idCounts(rt)[siti]).toBeUndefined();
  });

  it('a row pasted from another shop\'s template (its own column order) is refused with its row named, and nothing changes', () => {
    const rt = shopWithTeam();
    // The other template: Nama | HP | Alamat | Produk | Qty — pasted from column A of CS · Pesanan.
    rt.edit(ORDERS_SHEET.name, 'A2:E2', [['Siti Aminah', '0812-3456-7890', 'Jl. Melati 5, Bandung', 'Kaos Polos Hitam L', '2']], CS);
    const before = everything(rt);

    selectRows(rt, ORDERS_SHEET, [2]);
    rt.clickMenu('Konfirmasi pesanan', CS);

    expect(lastMessage(rt)).toMatch(/[Bb]aris 2/);
    expect(everything(rt)).toEqual(before);
  });

  it('a new order typed into Keuangan · Approval and approved: refused with its row named and where to type it, nothing changes', () => {
    const rt = shopWithTeam();
    const [row] = typeRows(rt, APPROVAL_SHEET, [typedOrder({ paymentStatus: 'Lunas' })], FINANCE);
    const before = everything(rt);

    selectRows(rt, APPROVAL_SHEET, [row]);
    rt.clickMenu('Approve order', FINANCE);

    expect(lastMessage(rt)).toMatch(new RegExp(`baris ${row}`, 'i'));
    expect(lastMessage(rt)).toContain(ORDERS_SHEET.name);
    expect(everything(rt)).toEqual(before);
  });
});

describe('complaints in a careless team\'s hands', () => {
  /** Siti's (Gudang · Selesai) and then Budi's (Gudang · Pengiriman) complaints, recorded through the menu. */
  function twoComplaints(): LocalRuntime {
    const rt = complaintShop();
    clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.siti, 'Catat komplain', CS, ['3', 'Topinya sobek']);
    clickOnRow(rt, SHIPPING_SHEET, 'orderId', ORDER.budi, 'Catat komplain', CS, ['1', 'Belum sampai']);
    return rt;
  }

  /** Someone sorts CS · Komplain's data rows by complaint ID, newest first (values move; the header stays). */
  function sortComplaintsByHand(rt: LocalRuntime): void {
    const [header, ...rows] = rt.workbook.values(COMPLAINTS_SHEET.name);
    const id = header.indexOf('ID Komplain');
    const sorted = rows.filter((r) => r.some((c) => c !== '')).sort((a, b) => String(b[id]).localeCompare(String(a[id])));
    rt.run(() => {
      const sheet = rt.workbook.spreadsheet.getSheetByName(COMPLAINTS_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange(2, 1, sorted.length, header.length).setValues(sorted as unknown[][]);
    }, { user: CS });
  }

  const complaintsNow = (rt: LocalRuntime) => recordsOf(rt, COMPLAINTS_SHEET).map((c) => [c.complaintId, c.orderId, c.status]);

  it('CS · Komplain sorted by hand between Catat and Selesaikan: the complaint on the selected row is the one solved, and only its order says Sudah ditangani', () => {
    const rt = twoComplaints();
    sortComplaintsByHand(rt);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', CS, ['3', 'MAAF10']);

    expect(complaintsNow(rt)).toEqual([['KM-2611-0002', ORDER.budi, 'Baru'], ['KM-2611-0001', ORDER.siti, 'Sudah ditangani']]);
    expect(recordsOf(rt, DONE_SHEET).find((o) => o.orderId === ORDER.siti)?.complaint).toBe('Sudah ditangani');
    expect(recordsOf(rt, SHIPPING_SHEET).find((o) => o.orderId === ORDER.budi)?.complaint).toBe('Terlambat/belum sampai');
  });

  it('a complaint row deleted by hand, then solved by its typed ID: refused naming the ID, and nothing changes', () => {
    const rt = twoComplaints();
    deleteRowByHand(rt, COMPLAINTS_SHEET.name, rowWith(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001'));
    rt.workbook.select(STOCK_SHEET.name, 'A2');
    const before = everything(rt);
    rt.workbook.answerNext({ button: 'OK', text: 'KM-2611-0001' });

    rt.clickMenu('Selesaikan komplain', CS);

    expect(lastMessage(rt)).toContain('Komplain "KM-2611-0001" tidak ada di CS · Komplain');
    expect(everything(rt)).toEqual(before);
  });

  it('a complaint row deleted by hand: the next complaint still gets a new ID, never the deleted one\'s', () => {
    const rt = twoComplaints();
    deleteRowByHand(rt, COMPLAINTS_SHEET.name, rowWith(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0002'));

    clickOnRow(rt, APPROVAL_SHEET, 'orderId', ORDER.citra, 'Catat komplain', CS, ['2', '']);

    expect(recordsOf(rt, COMPLAINTS_SHEET).map((c) => c.complaintId)).toEqual(['KM-2611-0001', 'KM-2611-0003']);
  });

  it('a replacement solved twice (from its row, then by its typed ID): one replacement order, the second click refused', () => {
    const rt = twoComplaints();
    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', CS, ['1', '']);
    rt.workbook.select(STOCK_SHEET.name, 'A2');
    for (const text of ['KM-2611-0001', '1', '']) rt.workbook.answerNext({ button: 'OK', text });

    rt.clickMenu('Selesaikan komplain', CS);

    expect(lastMessage(rt)).toContain('sudah ditangani');
    expect(recordsOf(rt, ORDERS_SHEET).map((o) => o.orderId)).toEqual(['TK-2611-0005']);
  });

  it('a replacement order deleted by hand from CS · Pesanan before Konfirmasi: the complaint still names it, and solving again is refused', () => {
    const rt = twoComplaints();
    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', CS, ['1', '']);
    deleteRowByHand(rt, ORDERS_SHEET.name, 2);

    clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', CS, ['1', '']);

    expect(lastMessage(rt)).toContain('pesanan pengganti TK-2611-0005');
    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([]);
  });
});

describe('a careless team and the CS tools', () => {
  /** Types over a cell of Pengaturan's team table (row of the n-th member, from row 2). */
  const teamCell = (rt: LocalRuntime, n: number, key: string, value: string) =>
    rt.edit(SETTINGS_SHEET.name, `${columnLetter(headerColumns(rt, SETTINGS_SHEET).get(key) as number)}${n + 2}`, [[value]]);

  it('CS edits the konfirmasi template with a typo placeholder: Konfirmasi pesanan names the template and the placeholder, nothing changes; fixed, the order goes through', () => {
    const rt = shopWithTeam();
    const textColumn = columnLetter(headerColumns(rt, TEMPLATE_SHEET).get('text') as number);
    const row = recordsOf(rt, TEMPLATE_SHEET).findIndex((t) => t.code === 'konfirmasi') + 2;
    rt.edit(TEMPLATE_SHEET.name, `${textColumn}${row}`, [['Halo Kak {Nama}, total {total} ya']], CS);
    const [typed] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    const before = everything(rt);

    selectRows(rt, ORDERS_SHEET, [typed]);
    rt.clickMenu('Konfirmasi pesanan', CS);

    expect(lastMessage(rt)).toContain(`Template "konfirmasi" (baris ${row}) di CS · Template memakai {Nama} yang tidak dikenal.`);
    expect(lastMessage(rt)).toContain('Tidak ada yang diubah.');
    expect(everything(rt)).toEqual(before);

    rt.edit(TEMPLATE_SHEET.name, `${textColumn}${row}`, [['Halo Kak {nama}, total {total} ya']], CS);
    selectRows(rt, ORDERS_SHEET, [typed]);
    rt.clickMenu('Konfirmasi pesanan', CS);
    expect(decodeURIComponent(String(recordsOf(rt, APPROVAL_SHEET)[0].waLink))).toContain('Halo Kak Siti, total Rp238.000 ya');
  });

  it('a CS on leave written as words ("minggu depan"): the order is still assigned, and the message names her and how to write the dates', () => {
    const rt = shopWithTeam();
    setTeam(rt, [...TEAM, { email: 'sari@toko.test', name: 'Sari', division: 'CS' }]);
    teamCell(rt, 0, 'teamLeave', 'minggu depan');

    confirmTyped(rt, [typedOrder()]);

    expect(recordsOf(rt, APPROVAL_SHEET)).toHaveLength(1);
    expect(['Dewi', 'Sari']).toContain(recordsOf(rt, APPROVAL_SHEET)[0].assignedCs);
    expect(lastMessage(rt)).toContain('Dewi: Cuti "minggu depan" tidak terbaca — tulis tanggalnya, mis. 24/12/2026 - 02/01/2027');
  });

  it('a CS on leave today gets no new order, even a returning customer of hers', () => {
    const rt = shopWithTeam();
    setTeam(rt, [...TEAM, { email: 'sari@toko.test', name: 'Sari', division: 'CS' }]);
    confirmTyped(rt, [typedOrder({ assignedCs: 'Dewi' })]);
    teamCell(rt, 0, 'teamLeave', '28/11/2026');

    confirmTyped(rt, [typedOrder({ items: 'TOPI-01 x1' }), typedOrder({ customerName: 'Budi', phone: '0857-1111-2222', items: 'TOPI-01 x1' })]);

    expect(recordsOf(rt, APPROVAL_SHEET).slice(1).map((r) => r.assignedCs)).toEqual(['Sari', 'Sari']);
  });

  it('two CS both listed without a name: shown by e-mail, they still share orders in turn', () => {
    const rt = shopWithTeam();
    setTeam(rt, [{ email: CS, name: '', division: 'CS' }, { email: 'sari@toko.test', name: '', division: 'CS' }, ...TEAM.slice(1)]);

    confirmTyped(rt, [typedOrder({ phone: '0812-0000-0001' }), typedOrder({ phone: '0812-0000-0002', items: 'TOPI-01 x1' })]);

    expect(recordsOf(rt, APPROVAL_SHEET).map((r) => r.assignedCs)).toEqual(['sari@toko.test', CS]);
  });
});

describe('management sheets filled carelessly', () => {
  it('a target typed as "75 juta" is read as Rp75.000.000; a month typed as "bulan ini" and a plan with no date: the dashboard is still built, names the row and what to type, and counts the plan as having no due date', () => {
    const rt = shopWithTeam();
    typeRows(rt, PLAN_SHEET, [
      { item: 'Cari supplier kain baru', division: 'Keuangan', owner: 'Rina', status: 'Berjalan', targetMonth: '2026-11', targetRevenue: '75 juta', targetOrders: '800' },
      { item: '', targetMonth: 'bulan ini', targetOrders: '900' },
    ]);

    rt.clickMenu('Toko > Perbarui dashboard', OWNER);

    expect(rt.failures).toEqual([]);
    const cells = rt.workbook.values('Manajemen · Dashboard').flat().map(String);
    expect(cells.some((c) => c.includes('Target Omzet'))).toBe(false);
    expect(rt.workbook.values('Manajemen · Dashboard').find((r) => r[0] === 'Omzet')?.[6]).toBe(75_000_000);
    expect(cells).toContain('⚠ Manajemen · Rencana baris 3: Bulan Target "bulan ini" tidak terbaca — ketik mis. 2026-11');
    expect(cells).toContain('1 rencana terbuka, 0 lewat tenggat, 1 tanpa tenggat');
    expect(rt.workbook.values('Manajemen · Dashboard').find((r) => r[0] === 'Pesanan terjual')?.[6]).toBe(800);
  });

  it('Manajemen · Rencana deleted by hand: the dashboard is built without targets and says to run Setup', () => {
    const rt = shopWithTeam();
    rt.run(() => rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(PLAN_SHEET.name)!));

    rt.clickMenu('Toko > Perbarui dashboard', OWNER);

    expect(rt.failures).toEqual([]);
    expect(rt.workbook.values('Manajemen · Dashboard').find((r) => r[0] === 'Manajemen')?.[2]).toBe('sheet Manajemen · Rencana belum ada — jalankan Toko → Setup');
  });
});
