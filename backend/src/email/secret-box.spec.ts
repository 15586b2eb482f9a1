import fc from 'fast-check';
import { SecretBox } from 'src/email/secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a'.repeat(48));

  it('should open what it sealed for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => box.open(box.seal(text)) === text));
  });

  it('should never produce the same sealed value twice when sealing one text', () => {
    expect(box.seal('link')).not.toBe(box.seal('link'));
  });

  it('should refuse values sealed with another secret or tampered with', () => {
    const sealed = box.seal('https://example.com/invite#token=abc');
    expect(() => new SecretBox('b'.repeat(48)).open(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('evil').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => box.open('garbage')).toThrow(/Unrecognised/);
  });
});
