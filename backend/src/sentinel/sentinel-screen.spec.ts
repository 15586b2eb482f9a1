import { asClientWords, isCrisisMessage, isCrisisNote } from 'src/sentinel/sentinel-screen';

describe('sentinel screen', () => {
  it('should read a note as the client own words when it speaks of them in the third person', () => {
    expect(asClientWords('Has thought about killing themselves.')).toBe(
      'I Has thought about killing myself.',
    );
    expect(asClientWords('Wants to end their life.')).toBe('I Wants to end my life.');
  });

  it('should flag a note when it records self-harm or suicidal thoughts', () => {
    for (const note of [
      'Has thought about killing themselves.',
      'Wants to end their life.',
      'Has attempted suicide before.',
      'Cuts themselves.',
      'Wrote a goodbye letter.',
    ]) {
      expect(isCrisisNote(note), note).toBe(true);
    }
  });

  it('should pass a note when it is an ordinary fact about the client', () => {
    for (const note of [
      'Works as a nurse.',
      'Has a daughter aged 5.',
      'Their mother died last year.',
      'Is a hospice nurse.',
      'Lives in Lisbon.',
      'Runs every morning.',
    ]) {
      expect(isCrisisNote(note), note).toBe(false);
    }
  });

  it('should flag a client message when the classifier flags it', () => {
    expect(isCrisisMessage('I want to end my life.', [])).toBe(true);
    expect(isCrisisMessage("I'm a teacher.", ['I want to end my life.'])).toBe(false);
  });
});
