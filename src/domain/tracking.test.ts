import { findCourier, trackingLink } from './tracking';

describe('trackingLink', () => {
  it('puts the URL-encoded resi into the template', () => {
    expect(trackingLink('https://jet.co.id/track?awb={resi}', 'JP 123&4')).toBe('https://jet.co.id/track?awb=JP%20123%264');
  });

  it('is blank for a courier without a template', () => {
    expect(trackingLink('  ', 'X1')).toBe('');
  });

  it('finds a courier whatever the case and spaces', () => {
    expect(findCourier([{ name: 'J&T', trackingUrl: 'u' }, { name: 'Pos Indonesia', trackingUrl: 'p' }], 'posindonesia')?.trackingUrl).toBe('p');
  });
});
