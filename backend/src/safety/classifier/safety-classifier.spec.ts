import { editDistanceAtMostOne } from 'src/safety/classifier/normalize';
import { loadSafetyModel } from 'src/safety/classifier/model';
import { normalizeText } from 'src/safety/classifier/normalize';
import { classifyMessage, classifyWithSignals } from 'src/safety/classifier/safety-classifier';
import { detectSignals } from 'src/safety/classifier/signals';

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

  it('should clear talk of sleep and of taking medication when it is everyday', () => {
    // "badly" and a forgotten pill flagged before offline-2026.12-9 (model alone; a cover story).
    for (const text of [
      'I have been sleeping badly.',
      "i've been sleeping really badly this week",
      'I always forget to take my vitamins',
      'I forgot to take my pills this morning, set an alarm now',
    ]) {
      expect(flags(text), text).toBe(false);
    }
    expect(flags("I'll just forget to take my heart pills and let it happen")).toBe(true);
  });

  it('should clear short descriptions of who the client wants to be when they name a calm feeling', () => {
    // A warm-up answer that the model alone once flagged (no ingredient, no distress cue).
    for (const text of [
      'Calm and strong',
      'strong and calm',
      'I feel calm and strong',
      'Patient, steady, at ease',
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

  it('should flag indirect intent when the client describes means, a place, a date, farewells or a cover story', () => {
    for (const text of [
      'ordered a rope online, i know what it is for and i will not need anything after',
      "i'm standing on the railway bridge right now",
      "I won't be here after friday, it's all sorted",
      'gave my dog to my sister for good and wrote everyone a letter',
      'if i crash the car on the bend it will just look like an accident',
      'my family could finally relax if i was gone',
    ]) {
      expect(flags(text), text).toBe(true);
    }
  });

  it('should clear hard negatives when the words are about work, a story, the past, someone else or a joke', () => {
    for (const text of [
      'I volunteer on a suicide prevention helpline and last night was hard',
      'in the novel the narrator stockpiles pills and writes goodbye letters',
      'five years ago I tried to end my life, today I am doing well',
      'my friend told me she wants to die, how do I help her?',
      "if they make me redo these slides I'll jump off a bridge, joking",
      "I won't be around next week, I'm on holiday in Spain",
    ]) {
      expect(flags(text), text).toBe(false);
    }
  });

  it('should flag a crisis sentence when it sits inside ordinary talk or behind a laugh', () => {
    expect(
      flags(
        'Gym twice, the slides are done and my sister says hi. Also I have settled on next month being my last month alive, but anyway, the slides',
      ),
    ).toBe(true);
    expect(flags('haha so the people i am leaving behind get my vinyl 🙃')).toBe(true);
    expect(flags('lol i checked which floors are high enough in the car park')).toBe(true);
  });

  it('should clear the same words when they are about a hotel, a trip, a sport or someone else', () => {
    expect(flags('Checking out of the hotel at ten, then the train home')).toBe(false);
    expect(flags("I won't need a coat in Spain next week")).toBe(false);
    expect(flags('Booked a skydive, jumping from really high for charity!')).toBe(false);
    expect(flags('My friend stopped eating after the breakup, how do I help her?')).toBe(false);
  });

  it('should keep explicit words at full weight when the message mentions someone else as well', () => {
    expect(flags('my friend moved away last month and now i want to die')).toBe(true);
    expect(flags("i'm worried about my kids, what do i do, i want to kill myself")).toBe(true);
  });

  it('should report which signals, combinations and model features moved the score when it flags indirectly', () => {
    const result = classifyMessage("by sunday it'll all be over for me, i've made my peace with it");
    expect(result.verdict).toBe('flag');
    expect(result.evidence.map((item) => item.rule)).toContain('combination:gone_by_date');
    expect(result.model?.probability).toBeGreaterThan(0);
    expect(result.model?.top.length).toBeGreaterThan(0);
  });

  it('should mark evidence with the context that discounted it when a dampener applies', () => {
    const result = classifyMessage('as a nurse I ask every patient if they have a plan to end their life');
    expect(result.verdict).toBe('clear');
    expect(
      detectSignals(normalizeText('as a nurse I ask every patient about suicide')).has('professional'),
    ).toBe(true);
    expect(result.evidence.every((item) => item.score < 0.75)).toBe(true);
  });

  it('should leave the model out when a message is one or two words', () => {
    const strong = loadSafetyModel({ version: 'test', bias: 10, features: [], weights: [] });
    expect(classifyWithSignals(normalizeText('ok then'), strong).verdict).toBe('clear');
    expect(classifyWithSignals(normalizeText('ok then sure'), strong).verdict).toBe('flag');
  });
});
