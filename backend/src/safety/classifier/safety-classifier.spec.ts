import { editDistanceAtMostOne, normalizeText } from 'src/safety/classifier/normalize';
import { classifyMessage } from 'src/safety/classifier/safety-classifier';

const flags = (text: string, previous: string[] = []): boolean =>
  classifyMessage(text, previous).verdict === 'flag';

describe('normalizeText', () => {
  it('should expand contractions with and without apostrophes when normalising', () => {
    expect(normalizeText("I don't wanna be here, I'm done")).toBe('i do not want to be here , i am done');
    expect(normalizeText('im so tired cant do this')).toBe('i am so tired can not do this');
  });

  it('should fix typos of key terms when a word is one edit away or has repeated letters', () => {
    expect(normalizeText('i want to kill myslef')).toBe('i want to kill myself');
    expect(normalizeText('thinking about sucide')).toBe('thinking about suicide');
    expect(normalizeText('i want to diiiie')).toBe('i want to die');
    expect(normalizeText('i want to kilol myself')).toBe('i want to kill myself');
  });

  it('should leave real words alone when they sit one edit from a key term', () => {
    expect(normalizeText('giving putting homeless exiting')).toBe('giving putting homeless exiting');
  });

  it('should keep sentence and clause boundaries as tokens when punctuation is removed', () => {
    expect(normalizeText('Years ago, I was low. Now: fine!')).toBe('years ago , i was low . now , fine');
  });
});

describe('editDistanceAtMostOne', () => {
  it('should accept one transposition, insertion or substitution when comparing words', () => {
    expect(editDistanceAtMostOne('myslef', 'myself')).toBe(true);
    expect(editDistanceAtMostOne('sucide', 'suicide')).toBe(true);
    expect(editDistanceAtMostOne('suiside', 'suicide')).toBe(true);
    expect(editDistanceAtMostOne('suisyde', 'suicide')).toBe(false);
  });
});

describe('classifyMessage', () => {
  it('should flag explicit intent when it is typed in lower case without apostrophes', () => {
    expect(flags('i wanna kill myself')).toBe(true);
    expect(flags('dont want to live anymore')).toBe(true);
    expect(flags('kms')).toBe(true);
  });

  it('should flag indirect intent when the client talks about being a burden or goodbyes', () => {
    expect(flags('my kids would be better off without me')).toBe(true);
    expect(flags('this is my last message, thank you for everything')).toBe(true);
    expect(flags('i have been saving up my pills')).toBe(true);
  });

  it('should flag self-harm behaviour when the client describes hurting themselves', () => {
    const result = classifyMessage('i cut my arms again last night');
    expect(result.verdict).toBe('flag');
    expect(result.categories.self_harm).toBeGreaterThan(0.75);
  });

  it('should clear idioms when the words only sound like harm', () => {
    for (const text of [
      'this deadline is killing me',
      'I could kill for a coffee',
      "I'm dying to try the new gym",
      'going to kill it at the gym',
      'suicide squats again today',
      'we have to cut the budget',
      'lets hang out after work',
      'I cut myself shaving',
    ]) {
      expect(flags(text), text).toBe(false);
    }
  });

  it('should clear the message when the intent is negated', () => {
    const result = classifyMessage("I'm not suicidal, just stressed");
    expect(result.verdict).toBe('clear');
    expect(result.evidence[0]?.modifiers).toContain('negated');
  });

  it('should clear the message when it is about someone else, a story or the news', () => {
    expect(flags('my friend says she wants to die')).toBe(false);
    expect(flags('the film is about a man who wants to end his life')).toBe(false);
    expect(flags('an article on suicide rates')).toBe(false);
  });

  it('should clear a recovered past when the client describes it, but not a relapse', () => {
    expect(flags('I used to self harm, I am doing better now')).toBe(false);
    expect(flags('I used to self harm and I relapsed on cutting this week')).toBe(true);
  });

  it('should flag a thought split over two messages when the match crosses them', () => {
    expect(flags('die')).toBe(false);
    expect(flags('die', ['honestly i just want to'])).toBe(true);
    expect(flags('thanks, see you tomorrow', ['I want to die'])).toBe(false);
  });

  it('should report evidence and category scores when it flags', () => {
    const result = classifyMessage('I want to die');
    expect(result.score).toBeGreaterThanOrEqual(0.75);
    expect(result.evidence).toEqual([
      expect.objectContaining({
        rule: 'want_to_die',
        category: 'suicidal_intent',
        text: 'want to die',
        score: 1,
      }),
    ]);
    expect(result.version).toMatch(/^offline-/);
  });
});
