import { capCoachMessage } from 'src/coach-turns/coach-message';

describe('capCoachMessage', () => {
  it('should keep a message that fits as it is', () => {
    expect(capCoachMessage('Short and sweet.', 40)).toEqual({
      text: 'Short and sweet.',
      truncatedFrom: null,
    });
  });

  it('should cut after the last whole sentence within the limit', () => {
    const text = 'First sentence here. Second one, “quoted.” Third sentence runs past the limit.';
    expect(capCoachMessage(text, 50)).toEqual({
      text: 'First sentence here. Second one, “quoted.”',
      truncatedFrom: text.length,
    });
  });

  it('should cut at a space with an ellipsis when no sentence ends late enough', () => {
    const text = `Hi. ${'word '.repeat(40)}`;
    const capped = capCoachMessage(text, 60);
    expect(capped.text.length).toBeLessThanOrEqual(60);
    expect(capped.text.endsWith('word…')).toBe(true);
    expect(capped.truncatedFrom).toBe(text.length);
  });

  it('should stay within the limit for text without spaces', () => {
    const capped = capCoachMessage('x'.repeat(100), 20);
    expect(capped.text).toBe(`${'x'.repeat(19)}…`);
  });
});
