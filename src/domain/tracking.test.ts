import { findCourier, trackingLink } from './tracking';
import { shippedMessage } from './customer-message';

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

describe('shippedMessage', () => {
  const notice = { shopName: 'Toko Saya', customerName: 'Siti Aminah', orderId: 'TK-2611-0001', courier: 'JNE', resi: 'JP123', trackingLink: 'https://x/JP123' };

  it('greets the customer by first name with courier, resi and link', () => {
    expect(shippedMessage('id', notice)).toBe(
      'Halo Kak Siti, pesanan TK-2611-0001 dari Toko Saya sudah dikirim dengan JNE, no. resi JP123.\nLacak di sini: https://x/JP123\nTerima kasih sudah belanja di toko kami!',
    );
  });

  it('leaves out the link line when there is no tracking link', () => {
    expect(shippedMessage('en', { ...notice, trackingLink: '' })).not.toContain('Track it');
  });
});
