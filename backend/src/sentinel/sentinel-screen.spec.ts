import { asClientWords, CrisisVerdicts, isCrisisMessage, isCrisisNote } from 'src/sentinel/sentinel-screen';

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

  it('should keep the first verdict on a message when the sentinel reads it again', () => {
    const verdicts = new CrisisVerdicts();
    expect(verdicts.isCrisis('m1', 'I want to end my life.', [])).toBe(true);
    expect(verdicts.isCrisis('m2', "I'm a teacher.", ['I want to end my life.'])).toBe(false);
    // A stored message never changes: a second read is answered from the first verdict, which
    // the classifier would not give these words (so it was not asked again).
    expect(verdicts.isCrisis('m1', "I'm a teacher.", [])).toBe(true);
    expect(verdicts.isCrisis('m2', 'I want to end my life.', [])).toBe(false);
    expect(verdicts.size).toBe(2);
  });

  it('should classify every time when a message has no id, and forget the oldest verdict past its limit', () => {
    const verdicts = new CrisisVerdicts(2);
    expect(verdicts.isCrisis(undefined, 'I want to end my life.', [])).toBe(true);
    expect(verdicts.isCrisis(undefined, "I'm a teacher.", [])).toBe(false);
    expect(verdicts.size).toBe(0);
    verdicts.isCrisis('a', 'I want to end my life.', []);
    verdicts.isCrisis('b', "I'm a teacher.", []);
    verdicts.isCrisis('c', "I'm a teacher.", []);
    expect(verdicts.size).toBe(2);
    // 'a' was forgotten first: it is classified afresh.
    expect(verdicts.isCrisis('a', "I'm a teacher.", [])).toBe(false);
    expect(verdicts.isCrisis('c', 'I want to end my life.', [])).toBe(false);
  });
});
