import { planConfirm, ConfirmInput } from './plan-confirm';
import { csPeople } from './cs-assignment';
import { orderIdAllocator } from './order-id';
import { TeamMember } from './settings';
import { anOrder, NOW, orderRows, planEnv, stockRows } from '../../test/e2e/pipeline-fixtures';

const team: TeamMember[] = [{ email: 'dewi@toko.test', name: 'Dewi', division: 'CS' }, { email: 'sari@toko.test', name: 'Sari', division: 'CS' }];
const input = (orders = [anOrder()], lastCs = new Map<string, string>(), members = team): ConfirmInput => ({
  selected: orderRows(orders), idPlaces: [], stock: stockRows({ 'KAOS-HTM-L': { onHand: 50, available: 50 } }), ids: orderIdAllocator([], 'TK', NOW),
  rotation: { people: csPeople(members, NOW).people, lastCsByPhone: lastCs },
});

describe('Konfirmasi pesanan assigns a CS', () => {
  it('new orders without a CS are shared between the two CS in turn, written with the rest of the row', () => {
    const plan = planConfirm(input([anOrder({ phone: '081111111111' }), anOrder({ phone: '082222222222' })]), planEnv());

    expect(plan.targetAppends.map((r) => r.assignedCs)).toEqual(['Sari', 'Dewi']);
    expect(plan.lastCsByPhone).toEqual(new Map([['6281111111111', 'sari@toko.test'], ['6282222222222', 'dewi@toko.test']]));
  });

  it('a returning customer goes to the CS who served them last; a second order of the same customer in the batch too', () => {
    const plan = planConfirm(input([anOrder(), anOrder({ items: 'TOPI-01 x1' })], new Map([['6281234567890', 'dewi@toko.test']])), planEnv());

    expect(plan.targetAppends.map((r) => r.assignedCs)).toEqual(['Dewi', 'Dewi']);
  });

  it('a CS typed in the row is kept and remembered as who served that customer', () => {
    const plan = planConfirm(input([anOrder({ assignedCs: 'Sari' })]), planEnv());

    expect(plan.targetAppends[0].assignedCs).toBe('Sari');
    expect(plan.lastCsByPhone.get('6281234567890')).toBe('sari@toko.test');
  });

  it('with every CS on leave the order goes to the person confirming, and the message says why', () => {
    const away = team.map((m) => ({ ...m, leave: '28/11/2026' }));

    const plan = planConfirm(input([anOrder()], new Map(), away), planEnv());

    expect(plan.targetAppends[0].assignedCs).toBe('rina@toko.test');
    expect(plan.warnings.map((w) => w.id)).toEqual(['1 pesanan tanpa CS: semua CS sedang cuti atau berbobot 0 — pesanan dicatat atas nama yang mengonfirmasi']);
  });

  it('without CS in the team the person confirming is the CS, as before', () => {
    const plan = planConfirm(input([anOrder()], new Map(), []), planEnv());

    expect(plan.targetAppends[0].assignedCs).toBe('rina@toko.test');
    expect(plan.lastCsByPhone.size).toBe(0);
  });
});
