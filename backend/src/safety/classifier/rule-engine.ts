import {
  FILLER_PATTERN,
  FLAG_THRESHOLD,
  RULE_SPECS,
  type RuleAnchor,
  type RuleSpec,
  SAFETY_CATEGORIES,
  type SafetyCategory,
} from 'src/safety/classifier/rules';

export type { SafetyCategory } from 'src/safety/classifier/rules';

/** Why a match counts for less than its family's weight. */
export type EvidenceModifier =
  | 'negated'
  | 'third_person'
  | 'second_person'
  | 'fiction_or_news'
  | 'past'
  | 'no_first_person'
  | 'professional'
  | 'hyperbole'
  | 'everyday'
  | 'unconfirmed';

export interface SafetyEvidence {
  rule: string;
  category: SafetyCategory;
  /** The matched words, normalised. */
  text: string;
  weight: number;
  /** The weight after context (0 when negated); what the scores are built from. */
  score: number;
  modifiers: EvidenceModifier[];
}

export interface SafetyClassification {
  verdict: 'flag' | 'clear';
  /** Combined risk in [0, 1]: noisy-OR over every piece of evidence. */
  score: number;
  categories: Record<SafetyCategory, number>;
  evidence: SafetyEvidence[];
  /** Version of the classifier, stored with events so a later change can be traced. */
  version: string;
  /** The statistical model's part: its probability and the features that moved it most. */
  model?: { probability: number; score: number; top: string[] };
}

interface CompiledRule {
  spec: RuleSpec;
  pattern: RegExp;
  unless: RegExp | null;
  unlessBefore: RegExp | null;
  boostAfter: RegExp | null;
}

/** Version of the phrase families; the combined classifier's version includes it. */
export const RULES_VERSION = 'rules-2026.12-4';

const compile = (source: string): string => source.replace(/~/g, FILLER_PATTERN);

const COMPILED: readonly CompiledRule[] = RULE_SPECS.map((spec) => ({
  spec,
  pattern: new RegExp(`(?<![a-z0-9])(?:${compile(spec.pattern)})(?![a-z0-9])`, 'g'),
  unless: spec.unless ? new RegExp(`^ (?:${compile(spec.unless)})(?![a-z0-9])`) : null,
  unlessBefore: spec.unlessBefore ? new RegExp(`(?:^| )(?:${compile(spec.unlessBefore)})$`) : null,
  boostAfter: spec.boost ? new RegExp(`(?:^| )(?:${compile(spec.boost.after)})(?![a-z0-9])`) : null,
}));

// Negation right before a match ("i would never hurt myself", "i am not suicidal").
const NEGATORS = new Set(['not', 'never', 'nobody', 'nothing']);
// Words that end a negation's reach: "can not stop thinking about killing myself" is not negated.
const NEGATION_BREAKERS = new Set([
  'sure',
  'know',
  'if',
  'whether',
  'why',
  'how',
  'stop',
  'help',
  'wait',
  'believe',
  'understand',
  'imagine',
  'promise',
  'lie',
  'lying',
  'pretend',
  'pretending',
  'deny',
  'shake',
  'escape',
  'get',
  'because',
  'that',
  'than',
  'anymore',
]);
const NEGATION_WINDOW = 5;

const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine']);
// Possessives are not subjects: "a colleague of mine" and "my friend" are about someone else.
const FIRST_PERSON_SUBJECTS = new Set(['i', 'me', 'myself']);
const SECOND_PERSON = new Set(['you', 'your', 'yourself', 'yours']);
const THIRD_PERSON = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'their',
  'himself',
  'herself',
  'themselves',
  'friend',
  'friends',
  'brother',
  'sister',
  'mom',
  'mum',
  'mother',
  'dad',
  'father',
  'son',
  'daughter',
  'uncle',
  'aunt',
  'cousin',
  'grandma',
  'grandpa',
  'grandmother',
  'grandfather',
  'partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'client',
  'clients',
  'boss',
  'someone',
  'somebody',
  'people',
  'person',
  'character',
  'characters',
  'protagonist',
  'hero',
  'heroine',
  'narrator',
  'villain',
  'man',
  'woman',
  'guy',
  'girl',
  'boy',
  'kid',
  'kids',
  'child',
  'children',
  'student',
  'students',
  'patient',
  'patients',
  'teen',
  'teens',
  'teenager',
  'teenagers',
  'celebrity',
  'singer',
  'actor',
  'actress',
  'author',
  'writer',
  'neighbour',
  'neighbor',
  'roommate',
  'flatmate',
  'classmate',
  'classmates',
  'mate',
  'buddy',
  'teammate',
  'employee',
  'employees',
  'manager',
  'nephew',
  'niece',
  'grandson',
  'granddaughter',
  'stepdad',
  'stepmom',
  'stepmum',
  'ex',
  'fiance',
  'fiancee',
  'soldier',
  'soldiers',
  'veteran',
  'veterans',
  'farmers',
  'men',
  'women',
  'users',
  'members',
]);

const FICTION_OR_NEWS =
  /(?:^| )(?:article|articles|news|headline|headlines|report|reports|reported|documentary|movie|movies|film|films|series|show|tv|book|books|novel|novels|story|stories|character|characters|episode|podcast|song|songs|lyrics|study|studies|research|statistics|stats|survey|awareness|prevention|campaign|essay|paper|thesis|lecture|chapter|scene|plot|game|poem|poetry|fiction|anime|manga|comic|play|theatre|theater|script|screenplay|module|training|webinar|workshop|course|seminar|historically|history|hamlet|romeo|juliet|shakespeare|celebrity|singer|actor|actress|famous|rapper|journalist|writing about|wrote about|reading about|read about|heard about|learned about|learning about|researching|research on|talk on|talk about|sketch|joke|meme|memes)(?![a-z])/;

// Talk about a past that is over ("i used to cut, two years clean now").
const PAST_MARKERS =
  /(?:^| )(?:used to|years ago|year ago|a long time ago|long ago|ages ago|in the past|back then|back when|back in|when i was (?:younger|a kid|a teen|a teenager|little|in (?:school|high school|college|uni|university)|\d+|young|in my teens|in my twenties|a student)|as a (?:teen|teenager|kid|child|student)|in (?:high school|my teens|my twenties|school|college|my youth)|at (?:uni|university|school)|clean (?:for|since)|(?:am|have|had|got) recovered|in recovery|recovering|(?:much |so |a lot |way |far )?better (?:now|these days|today)|(?:in|to) a (?:much |far |way |so |really |good |better |healthier )*(?:better|good|healthy|healthier) place|doing (?:much |so |a lot |way |far )?better|survived|survivor|no longer|have not (?:\w+ ){0,3}(?:in|for|since) (?:years|months|a long time|ages|\d+)|(?:therapy|treatment|meds|medication|counselling|counseling) (?:helped|has helped|saved|really helped)|glad (?:i am|to be) (?:still )?(?:here|alive)|grateful (?:i am|to be) (?:still )?(?:here|alive)|proud of (?:how far|myself for)|once upon a time|at my lowest|my lowest point|dark (?:time|period|place) (?:in|of) my life|went through|got through|came through|got help|have come (?:a long way|so far)|(?:come|came) a long way from|out the other side|(?:thoughts?|urges?|feelings?|it|they) (?:went away|faded|passed|eased|lifted)|(?:went|gone) away (?:with|after|when|once)|behind me|long over|(?:so |really )?(?:glad|grateful|thankful) (?:every day )?(?:that )?i (?:did not|never|am still|stayed|held on|reached out)|(?:ended|stopped|changed) when i (?:got|found|started|changed|moved)|(?:period|phase|chapter) (?:ended|is over|was over)|in remission|(?:\d+|two|three|four|five|six|ten|many) (?:years|months) (?:clean|free|later|on)|it has been (?:\d+|two|three|four|five|six|ten|many) (?:years|months))(?![a-z])/;

// In the match's own clause, these bring a past episode back to now.
const PRESENT_MARKERS =
  /(?:^| )(?:again|still|lately|recently|these days i|nowadays|now i|right now|tonight|today|this week|this morning|last night|yesterday|relapse|relapsed|relapsing|starting to|started to|started|thinking about it again|back to)(?![a-z])/;

interface Span {
  start: number;
  end: number;
}

/** The enclosing segment between boundary tokens (" . " for sentences, also " , " for clauses). */
const segmentAround = (text: string, index: number, boundary: RegExp): Span => {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(boundary)) {
    const at = match.index;
    if (at + match[0].length <= index) {
      start = at + match[0].length;
    } else if (at >= index) {
      end = at;
      break;
    }
  }
  return { start, end };
};

const SENTENCE_BOUNDARY = / \. /g;
const CLAUSE_BOUNDARY = / [.,] /g;

const tokensOf = (text: string): string[] => text.split(' ').filter(Boolean);

const isNegated = (before: string[]): boolean => {
  const window = before.slice(-NEGATION_WINDOW);
  for (let index = window.length - 1; index >= 0; index -= 1) {
    const token = window[index];
    if (NEGATION_BREAKERS.has(token)) {
      return false;
    }
    if (NEGATORS.has(token)) {
      // "no longer" and "never" before a positive statement negate it; "nothing but" does not.
      return !(token === 'nothing' && window[index + 1] === 'but');
    }
  }
  return false;
};

/** Whose words these are, judged by the nearest person word before the match in its clause. */
const subjectOf = (before: string[], matchTokens: string[]): 'first' | 'second' | 'third' | 'none' => {
  if (matchTokens.some((token) => FIRST_PERSON.has(token))) {
    return 'first';
  }
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const token = before[index];
    if (FIRST_PERSON_SUBJECTS.has(token)) {
      return 'first';
    }
    if (SECOND_PERSON.has(token)) {
      return 'second';
    }
    if (THIRD_PERSON.has(token)) {
      return 'third';
    }
  }
  return 'none';
};

const hasFirstPerson = (text: string): boolean => tokensOf(text).some((token) => FIRST_PERSON.has(token));

const contextFactor = (
  anchor: RuleAnchor,
  negatable: boolean,
  text: string,
  match: Span,
  modifiers: EvidenceModifier[],
): number => {
  const clause = segmentAround(text, match.start, CLAUSE_BOUNDARY);
  const sentence = segmentAround(text, match.start, SENTENCE_BOUNDARY);
  const before = tokensOf(text.slice(clause.start, match.start));
  const matchTokens = tokensOf(text.slice(match.start, match.end));
  const sentenceText = text.slice(sentence.start, sentence.end);

  if (negatable && isNegated(before)) {
    modifiers.push('negated');
    return 0;
  }

  let factor = 1;
  // A self-anchored phrase without "i" in it ("cutting again", "been cutting") belongs to
  // whoever the clause is about: "my friend has been cutting again" is not the writer's.
  if (anchor === 'self' && !matchTokens.some((token) => FIRST_PERSON.has(token))) {
    if (subjectOf(before, matchTokens) === 'third') {
      modifiers.push('third_person');
      factor *= 0.1;
    }
  }
  if (anchor !== 'self') {
    const subject = subjectOf(before, matchTokens);
    if (subject === 'third') {
      modifiers.push('third_person');
      factor *= 0.1;
    } else if (subject === 'second') {
      modifiers.push('second_person');
      factor *= 0.35;
    } else if (anchor === 'topic' && subject === 'none' && !hasFirstPerson(sentenceText)) {
      modifiers.push('no_first_person');
      factor *= 0.85;
    }
  }
  // A story, the news or a statistic: the subject is the topic, not the writer.
  if (FICTION_OR_NEWS.test(sentenceText)) {
    const aboutTopic =
      /(?:^| )(?:about|on|regarding|of|discussing|covering|depicting|featuring|mentions?|mentioning|involving|with)(?: \w+){0,3}$/.test(
        text.slice(clause.start, match.start).trimEnd(),
      );
    if (anchor !== 'self' || aboutTopic) {
      modifiers.push('fiction_or_news');
      factor *= anchor === 'self' ? 0.5 : 0.15;
    }
  }
  // Present markers count near the match only: "i survived an attempt, and now i coach others"
  // stays in the past, "i used to cut and i cut again" does not.
  const near = `${text.slice(clause.start, match.end)} ${tokensOf(text.slice(match.end, clause.end)).slice(0, 3).join(' ')}`;
  if (PAST_MARKERS.test(sentenceText) && !PRESENT_MARKERS.test(near)) {
    modifiers.push('past');
    factor *= 0.15;
  }
  return factor;
};

export const noisyOr = (scores: number[]): number =>
  1 - scores.reduce((rest, score) => rest * (1 - score), 1);

export const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The phrase families alone, on already-normalised text. */
export const classifyNormalized = (text: string): SafetyClassification => {
  const evidence: SafetyEvidence[] = [];
  for (const rule of COMPILED) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const after = text.slice(span.end);
      if (rule.unless?.test(after) || rule.unlessBefore?.test(text.slice(0, span.start).trimEnd())) {
        continue;
      }
      const clause = segmentAround(text, span.start, CLAUSE_BOUNDARY);
      const clauseAfter = text.slice(span.end, clause.end);
      const weight =
        rule.spec.boost && rule.boostAfter?.test(` ${match[0]}${clauseAfter}`)
          ? rule.spec.boost.weight
          : rule.spec.weight;
      const modifiers: EvidenceModifier[] = [];
      const factor = contextFactor(rule.spec.anchor, rule.spec.negatable ?? true, text, span, modifiers);
      evidence.push({
        rule: rule.spec.id,
        category: rule.spec.category,
        text: match[0],
        weight,
        score: round(weight * factor),
        modifiers,
      });
    }
  }
  const categories = Object.fromEntries(
    SAFETY_CATEGORIES.map((category) => [
      category,
      round(noisyOr(evidence.filter((item) => item.category === category).map((item) => item.score))),
    ]),
  ) as Record<SafetyCategory, number>;
  const score = round(noisyOr(evidence.map((item) => item.score)));
  return {
    verdict: score >= FLAG_THRESHOLD ? 'flag' : 'clear',
    score,
    categories,
    evidence,
    version: RULES_VERSION,
  };
};
