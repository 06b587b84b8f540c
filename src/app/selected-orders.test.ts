import { rowSpan } from './selected-orders';

describe('rowSpan', () => {
  it.each([
    ['A2:AE5', [2, 5]],
    ['B7', [7, 7]],
    ['3:9', [3, 9]],
    ['$A$4:$C$2', [2, 4]],
    ['B:B', [1, Infinity]],
    ["'CS · Pesanan'!A2:C3", [2, 3]],
  ])('reads the rows of %s', (a1, span) => {
    expect(rowSpan(a1)).toEqual(span);
  });

  it('returns null for something that is not a range', () => {
    expect(rowSpan('hello world')).toBeNull();
  });
});
