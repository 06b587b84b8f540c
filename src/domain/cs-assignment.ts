/**
 * CS rotation: which CS a new order without one goes to. A returning customer (same normalised phone)
 * goes to the CS who served them last, unless that CS is on leave today; every other order goes to the
 * CS whose turn it is by weight (`Bobot CS`, default 1; 0 takes no new orders), skipping people on leave
 * (`Cuti`). The turn is read from the order's sequence number (`TK-2611-0042` → 42) over a smooth
 * weighted round-robin of the people present, so the rotation keeps no state: one order at a time still
 * rotates, a CS back from leave is not flooded, and a rerun after a failure picks the same CS.
 */
import { cellText } from './cell';
import { Text } from './i18n';
import { onLeave, parseLeave } from './leave';
import { TeamMember } from './settings';

/** A CS of the team as the rotation sees them. */
export interface CsPerson {
  readonly email: string;
  /** What the `CS` column shows (and its dropdown lists): the name, or the e-mail when the name is blank or shared. */
  readonly label: string;
  readonly weight: number;
  readonly away: boolean;
}

/** The largest weight counted (a bigger one counts as this), so a turn's pattern stays short. */
export const MAX_WEIGHT = 20;

/** The team's CS people with their labels, weights and whether they are away `now`; problems with their cells as warnings. */
export function csPeople(team: readonly TeamMember[], now: number): { people: CsPerson[]; warnings: Text[] } {
  const cs = team.filter((m) => m.division === 'CS');
  const warnings: Text[] = [];
  const nameCount = new Map<string, number>();
  for (const m of cs) if (m.name.trim()) nameCount.set(m.name.trim().toLowerCase(), (nameCount.get(m.name.trim().toLowerCase()) ?? 0) + 1);
  const people = cs.map((m): CsPerson => {
    const name = m.name.trim();
    const label = name !== '' && nameCount.get(name.toLowerCase()) === 1 ? name : m.email;
    const leave = parseLeave(m.leave);
    if (!leave.ok) warnings.push({ id: `${label}: ${leave.problem.id}; dianggap tidak cuti`, en: `${label}: ${leave.problem.en}; treated as not on leave` });
    const weightText = cellText(m.weight);
    const weight = weightText === '' ? 1 : Number(weightText.replace(',', '.'));
    const readable = Number.isFinite(weight) && weight >= 0;
    if (!readable) warnings.push({ id: `${label}: Bobot CS "${weightText}" bukan angka ≥ 0; dipakai 1`, en: `${label}: CS weight "${weightText}" is not a number ≥ 0; 1 is used` });
    return { email: m.email, label, weight: readable ? Math.min(Math.round(weight), MAX_WEIGHT) : 1, away: onLeave(leave, now) };
  });
  return { people, warnings };
}

/** The CS a typed `CS` cell names (by name or e-mail, any case), if any. */
export function personNamed(people: readonly CsPerson[], typed: string): CsPerson | undefined {
  const key = typed.trim().toLowerCase();
  if (key === '') return undefined;
  return people.find((p) => p.email === key || p.label.toLowerCase() === key);
}

/**
 * One round of turns among the people present: each appears as often as their weight, spread out
 * (smooth weighted round-robin: weights 2 and 1 give A, B, A). Ties go to the one listed first.
 */
export function turnPattern(people: readonly CsPerson[]): CsPerson[] {
  const present = people.filter((p) => !p.away && p.weight > 0);
  const total = present.reduce((sum, p) => sum + p.weight, 0);
  const credit = present.map(() => 0);
  const pattern: CsPerson[] = [];
  for (let turn = 0; turn < total; turn++) {
    present.forEach((p, i) => (credit[i] += p.weight));
    let best = 0;
    for (let i = 1; i < present.length; i++) if (credit[i] > credit[best]) best = i;
    credit[best] -= total;
    pattern.push(present[best]);
  }
  return pattern;
}

/** The sequence number of an order ID (its last digits, `TK-2611-0042` → 42), or a stable hash of an ID without digits. */
export function orderSequence(orderId: string): number {
  const digits = /(\d+)\D*$/.exec(orderId);
  if (digits) return Number(digits[1].slice(-9));
  let hash = 0;
  for (let i = 0; i < orderId.length; i++) hash = (hash * 31 + orderId.charCodeAt(i)) >>> 0;
  return hash;
}

/**
 * The CS of a new order (see the file comment): the CS who served this phone last when present today,
 * else the turn of the order's sequence number among the people present. Undefined when nobody is
 * present. Deterministic, so a rerun after a failure assigns the same CS.
 */
export function chooseCs(people: readonly CsPerson[], pattern: readonly CsPerson[], orderId: string, previous: string | undefined): CsPerson | undefined {
  const sticky = previous ? people.find((p) => p.email === previous && !p.away && p.weight > 0) : undefined;
  if (sticky) return sticky;
  if (pattern.length === 0) return undefined;
  return pattern[orderSequence(orderId) % pattern.length];
}

/** The message for orders no CS could take (everyone on leave or weighted 0). */
export function nobodyPresent(count: number): Text {
  return {
    id: `${count} pesanan tanpa CS: semua CS sedang cuti atau berbobot 0 — pesanan dicatat atas nama yang mengonfirmasi`,
    en: `${count} order(s) without a CS: every CS is on leave or has weight 0 — recorded under the person confirming`,
  };
}
