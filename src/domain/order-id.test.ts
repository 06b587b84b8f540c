import { jakartaInstant } from './jakarta-time';
import { nextOrderIds, orderIdAllocator, orderIdProblem, orderIdStem } from './order-id';

const now = jakartaInstant(2026, 11, 28, 9);

describe('order IDs', () => {
  it('uses the prefix, the Jakarta year and month, and a sequence', () => {
    expect(nextOrderIds([], 'TK', now, 2)).toEqual(['TK-2611-0001', 'TK-2611-0002']);
  });

  it('counts on from the highest ID of the month on any sheet', () => {
    expect(nextOrderIds(['TK-2611-0007', 'tk-2611-0012', 'TK-2610-0099', 'OTHER-1'], 'TK', now, 1)).toEqual(['TK-2611-0013']);
  });

  it('follows the Jakarta calendar: 31 Oct 20.00 UTC is already November in Jakarta', () => {
    expect(orderIdStem('TK', Date.UTC(2026, 9, 31, 20))).toBe('TK-2611');
  });

  it('never hands out an ID that is already taken', () => {
    const ids = nextOrderIds(['TK-2611-0002'], 'TK', now, 3);

    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('TK-2611-0002');
  });

  it('accepts typed IDs of letters, digits and dashes only', () => {
    expect(orderIdProblem('SHP-240501-AB')).toBeNull();
    expect(orderIdProblem('=IMPORTXML("x")')?.id).toContain('hanya boleh');
    expect(orderIdProblem('TK 1')).not.toBeNull();
  });
});

describe('orderIdAllocator', () => {
  it('hands out consecutive IDs and keeps an ID it only showed', () => {
    const allocator = orderIdAllocator(['TK-2611-0004'], 'TK', now);

    expect(allocator.peek()).toBe('TK-2611-0005');
    expect(allocator.peek()).toBe('TK-2611-0005');
    expect([allocator.take(), allocator.take()]).toEqual(['TK-2611-0005', 'TK-2611-0006']);
  });
});

describe('an ID once issued is never issued again', () => {
  it('counts on from the shop counter even when the rows holding those IDs were deleted', () => {
    const allocator = orderIdAllocator([], 'TK', now, 7);

    expect(allocator.take()).toBe('TK-2611-0008');
    expect(allocator.last).toBe(8);
  });

  it('goes past an ID typed by hand above the counter', () => {
    const allocator = orderIdAllocator(['TK-2611-0020'], 'TK', now, 7);

    expect(allocator.peek()).toBe('TK-2611-0021');
    expect(allocator.last).toBe(20);
  });

  it('numbers a thousand new orders in one pass over the IDs seen', () => {
    const existing = Array.from({ length: 10000 }, (_, i) => `TK-2611-${String(i + 1).padStart(4, '0')}`);
    const allocator = orderIdAllocator(existing, 'TK', now);

    const ids = Array.from({ length: 1000 }, () => allocator.take());

    expect(ids[0]).toBe('TK-2611-10001');
    expect(new Set(ids).size).toBe(1000);
  });
});
