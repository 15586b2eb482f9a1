import { NEGATIVE_FAMILIES_2, POSITIVE_FAMILIES_2 } from 'src/safety/classifier/training/corpus-families-2';
// The training corpus of the offline safety classifier, written by the team in our own words.
// A family is one way of saying one thing (a message type, not a sentence): a few hand-written
// templates whose `{slot}`s are filled from the family's own slots or the shared ones below.
// The corpus is split by family, never by row, so the held-out third contains only phrasings
// the model and the rules were not fitted on. Keep families distinct: a template that
// paraphrases another family's template leaks across the split.

export const POSITIVE_LABELS = ['explicit_intent', 'indirect_intent', 'self_harm'] as const;
export const HARD_NEGATIVE_LABELS = [
  'negative_idiom',
  'negative_fiction_news',
  'negative_third_person',
  'negative_past_recovered',
  'negative_professional',
  'negative_gaming',
  'negative_negated',
  'negative_everyday',
] as const;

export type PositiveLabel = (typeof POSITIVE_LABELS)[number];
export type HardNegativeLabel = (typeof HARD_NEGATIVE_LABELS)[number];
export type CorpusLabel = PositiveLabel | HardNegativeLabel | 'ordinary';

export interface CorpusFamily {
  id: string;
  label: CorpusLabel;
  templates: readonly string[];
  slots?: Readonly<Record<string, readonly string[]>>;
}

export const SHARED_SLOTS: Readonly<Record<string, readonly string[]>> = {
  time: [
    'tonight',
    'this weekend',
    'on friday',
    'tomorrow',
    'soon',
    'later tonight',
    'this week',
    'after work',
  ],
  date: [
    'friday',
    'the end of the month',
    'christmas',
    'my birthday',
    'next week',
    'sunday',
    'new year',
    'the 15th',
    'the weekend',
  ],
  pills: [
    'pills',
    'sleeping tablets',
    'painkillers',
    'my meds',
    'my antidepressants',
    'paracetamol',
    'tablets',
  ],
  means: [
    'a rope',
    'a lot of pills',
    'a pack of razor blades',
    'charcoal',
    'a bottle of sleeping pills',
    'enough tablets',
  ],
  place: ['bridge', 'roof', 'cliff edge', 'balcony ledge', 'top floor of the car park', 'railway bridge'],
  family: [
    'my family',
    'my kids',
    'my parents',
    'my partner',
    'my mum',
    'my friends',
    'everyone',
    'my husband',
    'my wife',
  ],
  friend: [
    'my friend',
    'my best friend',
    'a friend of mine',
    'my flatmate',
    'my sister',
    'my cousin',
    'my coworker',
  ],
  pronoun: ['she', 'he', 'they'],
  media: ['novel', 'film', 'tv series', 'book', 'podcast', 'play', 'short story', 'documentary'],
  work: ['project', 'deadline', 'commute', 'meeting', 'report', 'inbox', 'exam', 'workload'],
  ago: [
    'years ago',
    'a long time ago',
    'when i was a teenager',
    'back in uni',
    'in my early twenties',
    'five years ago',
  ],
  now: [
    'now i am doing well',
    'these days i am in a good place',
    'today i am genuinely happy',
    'and i am doing so much better now',
    'life is good now',
  ],
  role: [
    'therapist',
    'nurse',
    'psychologist',
    'gp',
    'counsellor',
    'social worker',
    'psychiatrist',
    'paramedic',
  ],
  freq: ['every day', 'every night', 'all the time', 'constantly', 'again', 'a lot lately'],
};

const POSITIVE_FAMILIES: readonly CorpusFamily[] = [
  // ── explicit intent ────────────────────────────────────────────────────────────────────
  {
    id: 'want-to-die-plain',
    label: 'explicit_intent',
    templates: [
      'I want to die',
      'i just want to die {time}',
      'All I want right now is to die',
      'I really want to be dead',
      'part of me wants to die and it is getting louder',
      'i want to die so badly',
      'I honestly want to die, I am not exaggerating',
    ],
  },
  {
    id: 'kill-myself-future',
    label: 'explicit_intent',
    templates: [
      "I'm going to kill myself {time}",
      'i think i will kill myself {time}',
      'I am close to killing myself',
      "I'll kill myself if this keeps going",
      'i might actually kill myself {time}',
      'I am seriously about to kill myself',
    ],
  },
  {
    id: 'suicidal-feelings',
    label: 'explicit_intent',
    templates: [
      'I feel suicidal {freq}',
      'the suicidal thoughts are back {freq}',
      "I've been having suicidal thoughts {freq}",
      'i am really suicidal right now',
      'the suicidal feelings are getting stronger',
      'I keep having thoughts about suicide',
      'Suicide is on my mind {freq}',
    ],
  },
  {
    id: 'end-my-life',
    label: 'explicit_intent',
    templates: [
      'I want to end my life',
      "I'm planning to take my own life",
      'i have decided to end my life {time}',
      'I am ready to take my life',
      'i keep thinking about ending my life',
      'I want to end it all {time}',
      'I think I am going to end my life',
    ],
  },
  {
    id: 'not-want-to-live',
    label: 'explicit_intent',
    templates: [
      "I don't want to live anymore",
      'i dont want to be alive',
      "I don't want to exist anymore",
      "I don't want to be here anymore, I mean alive",
      'I really do not want to keep living',
      "honestly i don't want to be alive {time}",
    ],
  },
  {
    id: 'non-native-phrasing',
    label: 'explicit_intent',
    templates: [
      'I am not wanting to live anymore',
      'For me is better to die',
      'I want to finish with my life',
      'I have the wish to die since many days',
      'I think to kill me, it is too much',
      'Life for me has no more sense, I want to go from it',
      'I no want live, please',
      'Everyday I am thinking to end me',
    ],
  },
  {
    id: 'chat-slang',
    label: 'explicit_intent',
    templates: [
      'gonna kms fr',
      'lowkey wanna unalive myself',
      'im so done i wanna ctb',
      'thinking bout sewerslide again ngl',
      'istg i am going to end it tn',
      'bro i just wanna die fr fr',
      'ngl kinda want to unalive',
      'kms kms kms',
    ],
  },
  {
    id: 'wish-not-born',
    label: 'explicit_intent',
    templates: [
      'I wish I was dead',
      "I wish I'd never been born",
      'I wish I could stop existing',
      "I wish I hadn't woken up this morning",
      'I wish I was never born, everything would be easier',
      'I wish i could just not exist',
    ],
  },
  {
    id: 'misspelt-explicit',
    label: 'explicit_intent',
    templates: [
      'i wnat to dei',
      'i want to kil myslef',
      'thinkin abotu sucide',
      'i dont wnat to live anymroe',
      'im gonna end my lfie',
      'i want to die so bad i cant evn',
      'feel suicidle tonite',
    ],
  },
  {
    id: 'rather-dead',
    label: 'explicit_intent',
    templates: [
      "I'd rather be dead than keep living like this",
      'dying would be better than another year of this',
      'being dead has to be better than this',
      'i would honestly prefer to be dead',
      'I think I would be better off dead',
    ],
  },

  // ── acquiring or researching means ──────────────────────────────────────────────────────
  {
    id: 'means-acquired',
    label: 'indirect_intent',
    templates: [
      'I bought {means} today and I know what it is for',
      'picked up {means} on the way home, for later',
      'ordered {means} online, should arrive {time}, and then that is it',
      'I finally got my hands on {means}',
      'got {means} hidden in my room now, just in case tonight is the night',
      'I have {means} ready in the drawer',
    ],
  },
  {
    id: 'pills-saved',
    label: 'indirect_intent',
    templates: [
      'I have been saving up my {pills} for weeks',
      'i counted my {pills} and there are enough now',
      'I stopped taking my {pills} so I could keep them all for one night',
      "I've hoarded enough {pills} to make sure",
      'been collecting {pills} from different chemists',
    ],
  },
  {
    id: 'means-research',
    label: 'indirect_intent',
    templates: [
      'I have been looking up how many {pills} it takes',
      'searching online for the most painless way to go',
      'how long does it take to die if you take all your {pills}',
      'which pills are the most lethal if you take a lot of them',
      'I keep googling how to tie a knot that will hold my weight',
      'what is the highest building in town with roof access',
      'I read up on what dose would be fatal for my weight',
      'is jumping from the fourth floor enough or do you need higher',
    ],
  },
  {
    id: 'means-at-home',
    label: 'indirect_intent',
    templates: [
      "There's a gun in the house and I can't stop thinking about it",
      'i keep looking at the knives in the kitchen and thinking about it',
      'I put the rope in the cupboard where nobody will look',
      'the pills are on the table in front of me',
      'i have the blade in my hand right now',
    ],
  },

  // ── being at a place of danger ──────────────────────────────────────────────────────────
  {
    id: 'at-danger-place',
    label: 'indirect_intent',
    templates: [
      "I'm on the {place} right now",
      'standing at the edge of the {place}, looking down',
      'sitting on the {place} with my legs over the side',
      "I'm at the {place} again and it's really quiet",
      'i came up to the {place} to think about jumping',
      'right now im on the {place} and i dont know why i texted',
    ],
  },
  {
    id: 'at-tracks-water',
    label: 'indirect_intent',
    templates: [
      "I'm standing by the train tracks waiting",
      'i am by the river and the water is calling me',
      'i walked into the sea up to my waist and i want to keep going',
      'waiting on the platform for a train that does not stop here',
      'parked by the motorway bridge, I just need the courage',
    ],
  },

  // ── farewells, giving things away, affairs in order ──────────────────────────────────────
  {
    id: 'farewell-message',
    label: 'indirect_intent',
    templates: [
      'I just want to say goodbye to you',
      'thank you for everything, I mean it, goodbye',
      'this is the last message you will get from me',
      "I wanted you to know you helped, even if it wasn't enough. goodbye",
      'I love you all and I am so sorry',
      'tell {family} I love them',
      'Sorry for everything. Take care of yourself after I am gone.',
      'goodbye everyone, it was nice knowing you',
    ],
  },
  {
    id: 'giving-things-away',
    label: 'indirect_intent',
    templates: [
      "I've been giving away my things to people who will use them",
      'gave my dog to my neighbour, she will look after him better than I can',
      'I want my sister to have my laptop and my books when I am not here',
      "sold everything, I won't need it where I'm going",
      "I've given away most of my stuff this week, it feels lighter",
      'left my cat with a friend for good, she deserves someone who will be there',
    ],
  },
  {
    id: 'affairs-in-order',
    label: 'indirect_intent',
    templates: [
      "I've put all my affairs in order",
      'wrote down all my passwords for {family} to find',
      "updated my will and sorted the life insurance, everything's ready",
      'made sure the bills are paid so nobody is stuck with them after',
      "cleaned the whole flat so nobody has to do it after I'm gone",
      'I wrote a letter for {family} and left it where they will find it',
    ],
  },
  {
    id: 'last-contact',
    label: 'indirect_intent',
    templates: [
      "this will be our last session, I won't need more",
      "you won't hear from me again after {time}",
      "don't worry about me after {time}",
      'this is my last day, thank you for trying',
      'no need to check in next week, I will not be here',
    ],
  },

  // ── not being here by a date ─────────────────────────────────────────────────────────────
  {
    id: 'not-here-by-date',
    label: 'indirect_intent',
    templates: [
      "I won't be here by {date}",
      "by {date} it'll all be over for me",
      "I don't plan to be around after {date}",
      '{date} is going to be my last day',
      "I've decided that {date} is the day",
      'after {date} nobody will have to worry about me',
      "i'm not going to make it to {date} and i'm okay with that",
    ],
  },

  // ── burden and relief-if-gone ────────────────────────────────────────────────────────────
  {
    id: 'relief-if-gone',
    label: 'indirect_intent',
    templates: [
      'everyone would be relieved if I was gone',
      '{family} would be better off without me',
      "they'd be free if I wasn't around anymore",
      "I'm just a burden and they'd be happier without me",
      'my kids deserve better than me, they would be fine without me',
      'the world would be lighter without me in it',
      "I'm holding everyone back, they'd move on faster if I disappeared",
    ],
  },
  {
    id: 'burden-self',
    label: 'indirect_intent',
    templates: [
      "I'm such a burden to {family}",
      'all I do is drag everyone down with me',
      "I'm a waste of space and everyone knows it",
      'I only make {family} miserable by existing',
      'i am nothing but a burden and i am tired of being one',
    ],
  },

  // ── a plan disguised as an accident ──────────────────────────────────────────────────────
  {
    id: 'accident-disguise',
    label: 'indirect_intent',
    templates: [
      'if I crash the car it will look like an accident',
      'I could make it look like an accident so {family} gets the insurance',
      'nobody would question it if I slipped off the cliff path',
      'I keep thinking about stepping in front of a bus and letting people think it was an accident',
      'if I "forget" to take my insulin for a while nobody would know',
      'a car crash would be easier for {family} than a suicide',
      'I have worked out how to make it look accidental',
    ],
  },

  // ── sleep, disappearing, no point ────────────────────────────────────────────────────────
  {
    id: 'sleep-never-wake',
    label: 'indirect_intent',
    templates: [
      'I want to go to sleep and never wake up',
      "hoping I don't wake up tomorrow",
      'I want to sleep forever',
      'every night I hope it is the last one',
      'i go to bed praying this is it',
    ],
  },
  {
    id: 'no-point-living',
    label: 'indirect_intent',
    templates: [
      "there's no point in living anymore",
      'no reason to keep going at all',
      "what's the point of being alive",
      'nothing left to live for',
      "life isn't worth living for me",
      'i have no reason to stay',
    ],
  },
  {
    id: 'cant-go-on',
    label: 'indirect_intent',
    templates: [
      "I can't do this anymore, I'm done with everything, I want out",
      "I can't keep going, I'm finished with life",
      "I'm at the end of the road",
      "I've had enough of life",
      "I can't take it anymore and I want out for good",
      'i cant go on like this much longer',
    ],
  },
  {
    id: 'plan-and-time',
    label: 'indirect_intent',
    templates: [
      'I have a plan and I know when',
      "I've decided how I'm going to do it",
      'I know exactly how I would do it',
      "it's going to be {time}, I've made up my mind",
      "I've chosen the way and the day",
      'everything is planned for {time}',
    ],
  },
  {
    id: 'disappear-forever',
    label: 'indirect_intent',
    templates: [
      'I want to disappear forever',
      'I wish I could vanish and never come back',
      'I want to fade away permanently',
      'i want to not exist',
      'I want to disappear and not come back',
    ],
  },
  {
    id: 'overdose-now',
    label: 'indirect_intent',
    templates: [
      'I just took a lot of pills',
      'took everything in the cabinet, feeling dizzy',
      'swallowed the whole packet, what happens now',
      'I drank and took all my meds',
      "i've taken way more than i should, i don't want help",
    ],
  },
  {
    id: 'urges-unsafe',
    label: 'indirect_intent',
    templates: [
      'the thoughts keep telling me to do it',
      "I'm scared I'll act on it {time}",
      "I don't trust myself to be safe {time}",
      "I'm scared of what I might do to myself",
      "I can't stop thinking about ending it",
      'the urge to end it is stronger than ever',
    ],
  },
  {
    id: 'funeral-ideation',
    label: 'indirect_intent',
    templates: [
      'I keep thinking about my own funeral',
      "I've been planning who I want at my funeral",
      'I often picture how peaceful it would be to be dead',
      'death feels like the only way out',
      'i think about death as a relief',
    ],
  },
  {
    id: 'only-way-out',
    label: 'indirect_intent',
    templates: [
      "there's only one way out of this and it's permanent",
      'I see no future, the only solution is to end it',
      'the only way this stops is if I stop',
      'i feel hopeless and dying seems like the only exit',
    ],
  },
  {
    id: 'not-meant-here',
    label: 'indirect_intent',
    templates: [
      "I shouldn't be here",
      "I'm not meant to be alive",
      'I was never supposed to be here',
      'the universe made a mistake with me and i want to fix it',
      'i do not deserve to be alive',
    ],
  },

  // ── self-harm ────────────────────────────────────────────────────────────────────────────
  {
    id: 'cutting',
    label: 'self_harm',
    templates: [
      'I cut myself again last night',
      "I've been cutting my arms to cope",
      'the only thing that helps is cutting',
      'i cut deeper this time',
      'i need to cut, it is the only relief',
      'cut my thighs after the call with my mum',
    ],
  },
  {
    id: 'burning',
    label: 'self_harm',
    templates: [
      'I burned my wrist with a lighter',
      'I keep burning myself with cigarettes',
      'held the hot spoon against my arm again',
      'burnt myself on purpose to feel something',
    ],
  },
  {
    id: 'hitting-scratching',
    label: 'self_harm',
    templates: [
      'I punch walls until my knuckles bleed',
      'I scratch myself until it bleeds',
      'I keep hitting myself when I mess up',
      'i bang my head on the wall until it stops',
      'I dig my nails into my skin until there is blood',
    ],
  },
  {
    id: 'urges-relapse',
    label: 'self_harm',
    templates: [
      'the urge to cut is so strong {time}',
      'relapsed on sh after six months',
      'I want to hurt myself so bad right now',
      'i broke my streak and cut again',
      'I really need to hurt myself',
    ],
  },
  {
    id: 'hiding-injuries',
    label: 'self_harm',
    templates: [
      'wearing long sleeves so nobody sees my arms',
      'hiding the blades in my pencil case',
      'I have fresh cuts I am hiding from everyone',
      'told my mum the marks on my arm were from the cat',
    ],
  },

  {
    id: 'hopeless-with-intent',
    label: 'indirect_intent',
    templates: [
      'nothing is going to get better and I am ready to stop trying to stay alive',
      'i am so hopeless i have started planning how to go',
      'I have no hope left and I do not want to be around for what comes next',
      'everything is dark and I keep thinking the world would be better without me',
    ],
  },
  {
    id: 'secret-goodbyes',
    label: 'indirect_intent',
    templates: [
      'I visited everyone this week to see them one last time',
      'called my mum to say I love her, she does not know it is the last time',
      'i hugged my dog goodbye this morning',
      'I have been quietly saying goodbye to people all week',
    ],
  },

  {
    id: 'self-harm-shorthand',
    label: 'self_harm',
    templates: [
      "sh'd again last night, first time in months",
      'i did sh again and i feel disgusting',
      'my arms are a mess from sh this week',
      'been using a blade on my legs where no one looks',
      'i hurt myself again after the argument',
    ],
  },
  {
    id: 'self-punishment',
    label: 'self_harm',
    templates: [
      'I starve myself as punishment when I fail',
      'i slap myself in the face until it stings when i mess up',
      'I deserve the pain so I make myself bleed',
      'i pressed the blade in until it hurt properly',
    ],
  },
  {
    id: 'method-questions',
    label: 'indirect_intent',
    templates: [
      'what happens if you take fifty paracetamol',
      'can you die from mixing alcohol and sleeping pills',
      'how much insulin would be too much for someone like me',
      'is it quick if you jump in front of a train',
      'does carbon monoxide hurt or do you just fall asleep',
      'how many of my {pills} would it take to not wake up',
    ],
  },
  {
    id: 'means-secret',
    label: 'indirect_intent',
    templates: [
      'went to two chemists so they would not ask questions',
      "I kept last year's prescription instead of handing it back, I might need it",
      'lied to my doctor to get a stronger prescription, I need the extra',
      "took my dad's pills from his cabinet, he will not notice",
      'I have been buying a packet every day so nobody gets suspicious',
    ],
  },
  {
    id: 'place-scouting',
    label: 'indirect_intent',
    templates: [
      'I went to check out the bridge today, to see how high it is',
      'been walking past the station every day watching the express trains',
      'found a spot on the cliffs where nobody goes',
      'checked which floor of the car park has no fence',
      'I know which bridge I would use',
    ],
  },
  {
    id: 'at-place-short',
    label: 'indirect_intent',
    templates: [
      'im here. at the bridge.',
      'on the edge now',
      'i can see the water from up here',
      'the trains go past every ten minutes, im counting',
      'its cold up on the roof, i have been here an hour',
    ],
  },
  {
    id: 'final-arrangements',
    label: 'indirect_intent',
    templates: [
      'asked my sister to look after my kids if anything happens to me this week',
      'made sure the dog has food for the next few months',
      'left a note about who gets what',
      'I have arranged everything so it is easy for them after',
      'told my landlord the flat will be empty soon, he does not know why',
    ],
  },
  {
    id: 'gone-soon-vague',
    label: 'indirect_intent',
    templates: [
      "I won't be a problem much longer",
      "soon I won't bother anyone again",
      'not long now',
      'it will all be over soon, I promise',
      "you won't have to put up with me for much longer",
    ],
  },
  {
    id: 'relief-family-specific',
    label: 'indirect_intent',
    templates: [
      "mum would finally get some peace if I wasn't here",
      'my partner could start again without me dragging her down',
      'it would be a gift to them if I disappeared',
      'they would cry for a week and then feel lighter',
      'my family would save so much money and stress if i was gone',
    ],
  },
  {
    id: 'accident-variants',
    label: 'indirect_intent',
    templates: [
      "sometimes when I'm driving I think about not turning the wheel at the bend",
      'I stepped into the road without looking on purpose, hoping',
      "I've stopped wearing my seatbelt, if it happens it happens",
      "I keep 'forgetting' my heart meds, maybe that is the easiest way",
      'if I fell asleep in the bath after a few drinks people would just think it was a tragedy',
    ],
  },
  {
    id: 'passive-death-wish',
    label: 'indirect_intent',
    templates: [
      'I hope I get hit by a car',
      'if I got cancer I would not get treatment',
      'i pray something happens to me',
      'I would not mind if my plane went down',
      'every time I cross the road I hope a bus hits me',
    ],
  },
  {
    id: 'tired-of-existing',
    label: 'explicit_intent',
    templates: [
      "I'm exhausted from being alive",
      'I am so tired of existing',
      'every day alive is torture and I want it to stop',
      'being alive is too heavy, I want to put it down for good',
    ],
  },
  {
    id: 'nobody-would-notice',
    label: 'indirect_intent',
    templates: [
      'no one would care if I was gone',
      'would anyone even notice if i disappeared tomorrow',
      'nobody would come to my funeral anyway',
      'if I died tonight it would take weeks for anyone to notice',
    ],
  },
  {
    id: 'calm-after-deciding',
    label: 'indirect_intent',
    templates: [
      "I feel strangely calm now that I've decided",
      "I've made peace with it, I'm ready to go",
      'since I made the decision everything feels quiet',
      "I'm not scared anymore, I know how it ends for me",
    ],
  },
  {
    id: 'self-harm-more',
    label: 'self_harm',
    templates: [
      'I carved words into my leg',
      'i use the pencil sharpener blade on my wrists',
      'I need to see blood to calm down',
      'i ripped off the scabs so they would bleed again',
      'I hurt myself so I feel something other than this',
    ],
  },
  {
    id: 'non-native-more',
    label: 'explicit_intent',
    templates: [
      'Is not possible for me continue living',
      'I want that my life ends',
      "I don't want stay in this world",
      'Better I am dead, nobody need me',
      'I am thinking to jump from my building',
      'Please, I want die, I cannot more',
    ],
  },
  {
    id: 'lowercase-stream',
    label: 'explicit_intent',
    templates: [
      'cant do this anymore cant cant cant i just want it to stop forever',
      'everything hurts and i just want to be gone gone gone',
      'i hate this i hate me i want to die i want to die',
      'no more no more i want to be dead',
    ],
  },
  {
    id: 'access-to-means',
    label: 'indirect_intent',
    templates: [
      "my flatmate's insulin is in the fridge and I keep staring at it",
      'I found where mum hides the key to the medicine box',
      "there's a shotgun at my grandad's farm and I know the code to the cabinet",
      "I have access to the drugs cupboard at work and it's all I think about",
      'the pills are right there in the bathroom, I keep counting them',
    ],
  },
  {
    id: 'evasive-purpose',
    label: 'indirect_intent',
    templates: [
      "bought some things today, you don't want to know what for",
      "got everything I need now, don't ask",
      'I have what I need for tonight',
      "sorted out the stuff for later, not saying what it's for",
      "went to the hardware shop for supplies, it's for me not the house",
    ],
  },
  {
    id: 'relax-without-me',
    label: 'indirect_intent',
    templates: [
      "my family could finally breathe if I wasn't here",
      "mum wouldn't have to stress about me ever again if I was gone",
      'they could stop worrying about me for good',
      'my husband could meet someone normal without me in the way',
      'the house would be calmer without me in it',
    ],
  },
  {
    id: 'weight-on-others',
    label: 'indirect_intent',
    templates: [
      "I'm an anchor dragging my family under",
      "I'm dead weight to everyone I know",
      "I just take and take from people, they'd be better with me gone",
      "I feel like a stone around my parents' necks",
    ],
  },
  {
    id: 'no-mess-left',
    label: 'indirect_intent',
    templates: [
      "I've tidied everything so nobody has to deal with my stuff after",
      'paid every bill early so no one is stuck with my debts',
      "I've cleared out my room so it's easier for them",
      "made sure nobody has to sort out my things when I'm gone",
    ],
  },
  {
    id: 'rehome-pets-final',
    label: 'indirect_intent',
    templates: [
      "my rabbit is going to live with my neighbour for good, she'll be better looked after",
      'asked my brother to take my cat permanently',
      "the dog will be happier with my parents, I've dropped him off with his bed and all his toys",
    ],
  },
  {
    id: 'loose-ends',
    label: 'indirect_intent',
    templates: [
      "finishing all my handovers so there's nothing left when I'm gone",
      'this is my final week, tying everything off',
      "wrapping up my life admin this week, then that's it",
      "getting everything in order before the end, it's nearly done",
    ],
  },
  {
    id: 'blade-ready',
    label: 'self_harm',
    templates: [
      'carry a razor in my pocket in case the urge hits at school',
      'I keep a blade in my phone case just in case',
      'hid a sharpener blade in my wallet for emergencies',
      'always have something sharp on me now, in case I need to',
    ],
  },
  {
    id: 'rumination-method',
    label: 'indirect_intent',
    templates: [
      'I keep picturing myself stepping off the platform',
      "can't stop imagining the drop from my balcony",
      'every time I pass the bridge I think about going over',
      'I daydream about swallowing the whole bottle',
    ],
  },
  {
    id: 'date-set',
    label: 'indirect_intent',
    templates: [
      "I've circled a date on my calendar and it's not for anything good",
      "the 3rd is the day, I've decided",
      "I'll be gone before the end of term",
      "you won't see me after half term",
    ],
  },
  {
    id: 'explicit-variants',
    label: 'explicit_intent',
    templates: [
      'i want to go to sleep and not wake up, like ever',
      "i really want to die and i'm not being dramatic",
      'suicidal again, worse than before',
      "i'm thinking about jumping",
      "i'm going to hang myself",
      'i want to overdose',
    ],
  },
  {
    id: 'accident-insurance',
    label: 'indirect_intent',
    templates: [
      'if I drive off the road on the way home it would look like I lost control',
      'my life insurance pays out for accidents, so it would have to look like one',
      'I could step off the kerb in front of a lorry and it would be an accident',
      'a fall from the ladder would just look like bad luck',
    ],
  },
  {
    id: 'dark-humour-crisis',
    label: 'explicit_intent',
    templates: [
      'lol might just throw myself off the roof later',
      "guess i'll just die then lol, seriously though i want to",
      'kinda want to walk into traffic tbh lol',
      'me: fine. also me: planning my death lol',
    ],
  },
];

const NEGATIVE_FAMILIES: readonly CorpusFamily[] = [
  // ── idioms ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'killing-me',
    label: 'negative_idiom',
    templates: [
      'this {work} is killing me',
      'my back is killing me after the gym',
      'the {work} is going to kill me lol',
      'these shoes are killing me',
      'the waiting is killing me',
    ],
  },
  {
    id: 'could-die-of',
    label: 'negative_idiom',
    templates: [
      'I could die of embarrassment',
      'I nearly died laughing at that',
      "I'm dying to try the new ramen place",
      'I would die for a holiday right now',
      'i almost died when i saw the bill haha',
      'I literally died when he said that, so funny',
    ],
  },
  {
    id: 'killed-it',
    label: 'negative_idiom',
    templates: [
      'we killed it at the {work} review',
      'she absolutely killed it on stage',
      'trying to kill two birds with one stone',
      'need to kill some time before the {work}',
      'that joke killed, everyone laughed',
    ],
  },
  {
    id: 'dead-idiom',
    label: 'negative_idiom',
    templates: [
      "I'm dead tired",
      'my phone is dead again',
      'the office is dead on fridays',
      'dead on my feet after the move',
      'this plan is dead in the water',
    ],
  },
  {
    id: 'end-it-ordinary',
    label: 'negative_everyday',
    templates: [
      'I want to end it with my ex for good',
      "let's end this meeting early",
      "I'm ending my gym membership",
      'I want to end things on a good note with my team',
      'thinking of ending my contract early',
    ],
  },
  {
    id: 'disappear-ordinary',
    label: 'negative_idiom',
    templates: [
      'I want to disappear to a cabin for a week',
      'I wish I could disappear from this {work}',
      'I wanted the ground to swallow me after that presentation',
      'i want to vanish off social media for a month',
    ],
  },
  {
    id: 'suicide-compound',
    label: 'negative_idiom',
    templates: [
      'quitting without notice would be career suicide',
      'suicide sprints at football practice today',
      "it's social suicide to turn up in that",
      'that car has suicide doors',
      'doing that deal would be financial suicide',
    ],
  },
  {
    id: 'done-with-thing',
    label: 'negative_idiom',
    templates: [
      "I'm so done with this {work}",
      "I'm done with winter already",
      'I give up on this recipe',
      "I can't take this heat anymore",
      'i am so over this {work}',
    ],
  },
  {
    id: 'kill-me-now-joke',
    label: 'negative_idiom',
    templates: [
      'shoot me now, another three hour meeting',
      'just kill me, the wifi is down again lol',
      "if I have to hear that song again I'll die haha",
      'somebody end me, my code still will not compile',
    ],
  },
  {
    id: 'burden-work',
    label: 'negative_everyday',
    templates: [
      'I feel like a burden when I ask my team for help',
      'carrying the burden of this {work} alone',
      'the burden of proof is on them',
      "I don't want to burden my manager with small questions",
    ],
  },
  {
    id: 'danger-words-ordinary',
    label: 'negative_everyday',
    templates: [
      'walking across the bridge every morning is my favourite part of the day',
      'we had drinks on the roof terrace',
      'I need to pick up my {pills} from the pharmacy',
      'bought some rope for the sailing course',
      'looking up how many vitamins I should take',
      'the cliff walk was gorgeous this weekend',
    ],
  },
  {
    id: 'goodbye-ordinary',
    label: 'negative_everyday',
    templates: [
      'saying goodbye to my colleagues on friday, new job next month',
      'this is my last message before I log off for the holidays',
      'thanks for everything, see you next week',
      'my last day at work is tomorrow and I am excited',
      'I wrote farewell cards for my team',
    ],
  },
  {
    id: 'giving-away-ordinary',
    label: 'negative_everyday',
    templates: [
      'giving away my old clothes to charity',
      'gave my bike to my nephew since he outgrew his',
      'selling all my furniture before the move abroad',
      'decluttering and giving my books to the library',
    ],
  },
  {
    id: 'not-here-ordinary',
    label: 'negative_everyday',
    templates: [
      "I won't be here next tuesday, I'm travelling",
      "I'll be gone for two weeks on holiday",
      "I won't be around for the session on friday",
      'by {date} I will have moved out',
      'i wont be here after {date}, starting my new job in berlin',
    ],
  },
  {
    id: 'accident-ordinary',
    label: 'negative_everyday',
    templates: [
      'I had a small car accident but I am fine',
      'does my insurance cover accidents abroad',
      'slipped on the ice and sprained my ankle',
      'my son had an accident at school, nothing serious',
    ],
  },
  {
    id: 'mild-distress',
    label: 'negative_everyday',
    templates: [
      "I'm exhausted from work this week",
      "feeling low today but I'll be okay",
      'I feel hopeless about finding a new job',
      "I'm stressed about the {work}",
      "i'm sad and a bit lonely since the move",
      'I hate mondays so much',
    ],
  },

  // ── fiction, media, news ─────────────────────────────────────────────────────────────────
  {
    id: 'book-plot',
    label: 'negative_fiction_news',
    templates: [
      'reading a {media} where the main character takes her own life',
      "the {media}'s hero wants to die after the war",
      'in the {media} the narrator plans his death for months',
      'the {media} is about a woman who gives everything away before she dies',
    ],
  },
  {
    id: 'screen-plot',
    label: 'negative_fiction_news',
    templates: [
      'watched a film about a man who jumps from a bridge',
      'the series ends with the detective killing himself',
      'in that episode she overdoses and they save her',
      'the movie opens with him standing on a roof',
    ],
  },
  {
    id: 'song-poem',
    label: 'negative_fiction_news',
    templates: [
      'writing a poem about wanting to disappear',
      'this song about suicide is beautiful and sad',
      'the lyrics are all about not wanting to wake up',
      'our english class is analysing a poem about death',
    ],
  },
  {
    id: 'news-stats',
    label: 'negative_fiction_news',
    templates: [
      'read an article about suicide rates rising among young men',
      'the news covered an overdose cluster in the city',
      'there was a report on self harm in schools today',
      'the podcast was about how bridges got safety barriers',
    ],
  },
  {
    id: 'own-writing',
    label: 'negative_fiction_news',
    templates: [
      "my novel's protagonist is planning to end his life, how do I write it sensitively",
      "I'm writing a scene where a character gives away her things before she dies",
      'my screenplay has a farewell letter scene and I want it to be believable',
      'my character in the story says she wants to die, is that too dark',
    ],
  },
  {
    id: 'history-study',
    label: 'negative_fiction_news',
    templates: [
      'we studied Sylvia Plath in class today',
      'history lesson about soldiers who died in the trenches',
      'my essay is on how Romeo and Juliet ends',
      'reading about Virginia Woolf for my literature module',
    ],
  },

  // ── third person ─────────────────────────────────────────────────────────────────────────
  {
    id: 'friend-wants-die',
    label: 'negative_third_person',
    templates: [
      '{friend} said {pronoun} wants to die',
      '{friend} has been talking about killing themselves, what do I do',
      '{friend} told me {pronoun} is suicidal',
      'how do I help {friend} who keeps saying life is not worth living',
      'I am worried about {friend}, {pronoun} said goodbye in a strange way',
    ],
  },
  {
    id: 'family-self-harm',
    label: 'negative_third_person',
    templates: [
      'my daughter has been cutting herself',
      'my brother self harms and I do not know how to help',
      'found out my son burns himself',
      'my niece has scars on her arms and I am worried',
    ],
  },
  {
    id: 'coworker-concern',
    label: 'negative_third_person',
    templates: [
      'a coworker said she would be better off dead',
      'my colleague mentioned he has been thinking about ending it',
      'my manager looked like he had given up, I am worried about him',
      'someone on my team said they were a burden to everyone',
    ],
  },
  {
    id: 'bereavement',
    label: 'negative_third_person',
    templates: [
      'my uncle took his own life last year and I miss him',
      'we lost a classmate to suicide',
      'my grandad died in his sleep last month',
      "it's the anniversary of my cousin's suicide",
    ],
  },
  {
    id: 'relative-burden',
    label: 'negative_third_person',
    templates: [
      'my partner says he feels like a burden',
      'my mum keeps saying everyone would be better off without her, I am worried',
      'my dad gave away his tools and it scared me',
      'my sister said she does not want to be here anymore',
    ],
  },
  {
    id: 'celebrity',
    label: 'negative_third_person',
    templates: [
      'that singer died of an overdose',
      "the actor's death was ruled a suicide",
      'a famous footballer talked about his suicide attempt on tv',
      'the author killed herself in the sixties',
    ],
  },

  // ── recovered past ───────────────────────────────────────────────────────────────────────
  {
    id: 'past-attempt',
    label: 'negative_past_recovered',
    templates: [
      '{ago} I tried to end my life, {now}',
      'I attempted suicide {ago}, {now}',
      '{ago} I took an overdose, {now}',
      "I'm glad I survived my attempt {ago}",
    ],
  },
  {
    id: 'past-self-harm',
    label: 'negative_past_recovered',
    templates: [
      'I used to self harm, clean for three years now',
      'I have old scars from cutting {ago} and I am at peace with them',
      'I used to burn myself {ago}, {now}',
      'self harm was my coping tool {ago}, not anymore',
    ],
  },
  {
    id: 'past-ideation',
    label: 'negative_past_recovered',
    templates: [
      'there was a time I wanted to die, therapy helped',
      '{ago} I was suicidal, {now}',
      'I used to feel like a burden to everyone, {now}',
      '{ago} I wanted to disappear forever, {now}',
    ],
  },
  {
    id: 'recovery-milestone',
    label: 'negative_past_recovered',
    templates: [
      'celebrating five years since my attempt today',
      'two years clean from self harm today!',
      'one year since I was in hospital after trying to kill myself, and I am thriving',
      'today marks three years since I last hurt myself',
    ],
  },

  // ── professionals ────────────────────────────────────────────────────────────────────────
  {
    id: 'clinician',
    label: 'negative_professional',
    templates: [
      'as a {role} I work with suicidal clients every week',
      "I'm a {role} and I assess suicide risk every day",
      'as a {role} I always ask patients if they have thought about killing themselves',
      'part of my job as a {role} is safety planning with people who self harm',
    ],
  },
  {
    id: 'volunteer-line',
    label: 'negative_professional',
    templates: [
      'I volunteer on a suicide hotline',
      'I answer calls for a crisis line at weekends',
      'after my shift on the helpline I need to switch off',
      'a caller told me she had pills ready and we got her help, I am still shaken',
    ],
  },
  {
    id: 'researcher',
    label: 'negative_professional',
    templates: [
      'my phd is on suicide prevention',
      "we're studying self harm among teenagers",
      'my lab researches how people look for methods online',
      'writing a grant about overdose prevention',
    ],
  },
  {
    id: 'trainer',
    label: 'negative_professional',
    templates: [
      "I'm giving a talk on suicide prevention at work",
      'I teach mental health first aid, including what to do if someone has a plan',
      'running a workshop on spotting warning signs like giving things away',
      'I lead training for managers on talking about suicide',
    ],
  },
  {
    id: 'responder',
    label: 'negative_professional',
    templates: [
      'as a paramedic I see overdoses every week',
      "I'm a police officer and we get called to people on bridges",
      'the fire crew I work with rescued someone from a ledge',
      'as an a&e nurse I treat self harm injuries most nights',
    ],
  },

  // ── gaming and sport ─────────────────────────────────────────────────────────────────────
  {
    id: 'gaming',
    label: 'negative_gaming',
    templates: [
      'I died twenty times to that boss',
      'we got wiped, everyone died in the raid',
      "I'm gonna kill you next round lol",
      'my character jumped off a cliff to respawn faster',
      'headshot, dead, gg',
    ],
  },
  {
    id: 'sport-violent-slang',
    label: 'negative_gaming',
    templates: [
      'the coach killed us in training today',
      "I'm going to murder this burger",
      'our defence got slaughtered in the second half',
      'leg day destroyed me, I am dead',
    ],
  },

  // ── negated ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'negated',
    label: 'negative_negated',
    templates: [
      "I'm not suicidal, I'm just tired",
      'I would never kill myself',
      "don't worry, I'm not going to hurt myself",
      "I don't want to die, I want to live better",
      'no thoughts of ending my life, just frustration',
    ],
  },

  // ── ordinary coaching talk ──────────────────────────────────────────────────────────────
  {
    id: 'ordinary-goals',
    label: 'ordinary',
    templates: [
      'I want to become a better listener',
      'can we work on my confidence at work',
      'I want to run a half marathon this year',
      'how do I stop procrastinating on my {work}',
      'I would like to be more patient with my kids',
    ],
  },
  {
    id: 'ordinary-life',
    label: 'ordinary',
    templates: [
      'had a great weekend with {family}',
      'I started painting again and I love it',
      'my {work} went better than expected',
      'I am thinking about changing careers',
      'what should I focus on this week',
    ],
  },

  {
    id: 'idiom-extreme',
    label: 'negative_idiom',
    templates: [
      'over my dead body will I work another weekend',
      "I'd rather eat glass than go to that party",
      'I want to crawl into a hole and hide after that call',
      'my heart died a little when I saw the price',
      'that exam was brutal, I am toast',
      'I am going to strangle my printer',
    ],
  },
  {
    id: 'sleep-forever-tired',
    label: 'negative_idiom',
    templates: [
      'I just want to sleep for a week',
      'I could sleep forever after this week',
      "didn't want to get out of bed this morning, it's so cold",
      "I'm so tired I could sleep for a year",
      'after that hike I never want to wake up before noon again',
    ],
  },
  {
    id: 'means-words-practical',
    label: 'negative_everyday',
    templates: [
      'how many ibuprofen can I take in a day for a toothache',
      'my doctor changed the dose of my {pills}',
      "I keep my grandad's old shotgun locked up for clay shooting",
      'bought a new kitchen knife set for the flat',
      'which bridge in the city has the best view for photos',
      'the train was late again, stood on the platform for ages',
    ],
  },
  {
    id: 'last-final-ordinary',
    label: 'negative_everyday',
    templates: [
      'this is my final attempt at the driving test',
      'last chance to sign up for the course',
      "I'm finally closing this chapter of my life and moving on",
      'my last session with my old therapist was emotional, in a good way',
      'I am ending my twenties with a big party',
    ],
  },
  {
    id: 'leaving-ordinary',
    label: 'negative_everyday',
    templates: [
      "I'm leaving this city for good",
      "I'm checking out of the hotel tomorrow",
      'checking out early today, see you monday',
      'I am going to disappear from the office early to see my kid play',
      'I want out of this job by {date}',
    ],
  },
  {
    id: 'will-planning',
    label: 'negative_everyday',
    templates: [
      'we are making our wills since the baby arrived',
      'sorted out life insurance for the mortgage',
      "organising my documents in case something happens while I'm travelling",
      'my financial adviser said everyone should have a will',
    ],
  },
  {
    id: 'worried-about-plan',
    label: 'negative_third_person',
    templates: [
      "my husband has been researching pills and I'm terrified",
      'my flatmate stood on the roof last night and I talked her down',
      "my son said he won't be here by {date}, what does that mean",
      "my dad wrote letters to all of us and I'm scared",
      '{friend} gave me all {pronoun} records and said goodbye, should I call someone',
    ],
  },
  {
    id: 'pupil-concern',
    label: 'negative_third_person',
    templates: [
      'one of my pupils wrote about wanting to die in her diary',
      'a kid in my class has been self harming',
      'a student emailed me saying he is a burden to everyone',
      "one of my clients said she doesn't see the point of living",
    ],
  },
  {
    id: 'past-means',
    label: 'negative_past_recovered',
    templates: [
      'I used to keep a stash of pills, I threw them away {ago}',
      'I once stood on a bridge thinking about jumping, that was {ago}',
      'my lowest point was 2018, I had a plan, I am so glad I got help',
      '{ago} I gave away my things because I did not plan to be here, {now}',
    ],
  },
  {
    id: 'coach-hr-policy',
    label: 'negative_professional',
    templates: [
      'as a coach how do I respond if a client mentions suicide',
      "I'm a teacher and our school had training on self harm",
      "writing our company's policy on suicide postvention",
      'I manage a team and want to learn how to spot someone at risk',
    ],
  },
  {
    id: 'game-lore',
    label: 'negative_fiction_news',
    templates: [
      'in the game the queen throws herself from the tower',
      'the anime character sacrifices himself at the end',
      'my D&D character faked his own death to escape the guild',
      'the villain in the comic poisons himself rather than get caught',
    ],
  },
  {
    id: 'negated-safe',
    label: 'negative_negated',
    templates: [
      "I'm sad but I'm safe, no plans to hurt myself",
      "to be clear I don't want to kill myself, I just hate my job",
      'not going to do anything stupid, just venting',
      'I have never thought about suicide, I am just burnt out',
      "I'm not going anywhere, don't worry, just a bad day",
    ],
  },
  {
    id: 'game-deaths',
    label: 'negative_gaming',
    templates: [
      'just got killed by a camper again',
      "I'm going to die on this level forever",
      'my sims keep dying in house fires lol',
      'my tamagotchi died, rip',
      'we need to kill the dragon before the patch',
    ],
  },
  {
    id: 'ordinary-feelings',
    label: 'ordinary',
    templates: [
      'I feel proud of what I achieved this month',
      'can you help me plan my week',
      'I want to feel more at peace with my decisions',
      'I had a tough conversation with my boss and it went ok',
      "I'm nervous about my presentation on {date}",
    ],
  },
  {
    id: 'ordinary-work',
    label: 'ordinary',
    templates: [
      'I keep saying yes to everything at work',
      'my team is growing and I need to delegate more',
      'how do I ask for a raise',
      'I want to build a habit of reading every evening',
      'I am thinking of going back to university',
    ],
  },

  {
    id: 'media-commentary',
    label: 'negative_fiction_news',
    templates: [
      'that true crime podcast about the overdose case was gripping',
      'the museum exhibit on the war had letters soldiers wrote before they died',
      'the new album is full of songs about self harm and recovery',
      'our book club picked a memoir about surviving a suicide attempt',
    ],
  },
  {
    id: 'prevention-advocacy',
    label: 'negative_professional',
    templates: [
      "I'm organising a charity run for suicide prevention",
      'our campaign puts helpline numbers on bridges',
      'I give talks in schools about my recovery from self harm',
      'I sit on the board of a mental health charity',
    ],
  },
  {
    id: 'ordinary-health',
    label: 'ordinary',
    templates: [
      'I started therapy last month and it is helping',
      'I want to sleep better and stop scrolling at night',
      'trying to drink less coffee',
      'my doctor said I should walk more',
    ],
  },
  {
    id: 'method-safety-questions',
    label: 'negative_everyday',
    templates: [
      'how much paracetamol is safe to take with a cold',
      'is it safe to mix ibuprofen and a glass of wine',
      'what is the max dose of melatonin',
      'how high is the bridge for the bungee jump',
      'how many {pills} can I take before my surgery',
    ],
  },
  {
    id: 'pet-rehoming-ordinary',
    label: 'negative_everyday',
    templates: [
      'we rehomed our dog because of my allergy',
      'found a good home for the kittens',
      'gave my plants to my neighbour while I am away',
      'my parents are looking after my cat while I travel',
    ],
  },
  {
    id: 'travel-away',
    label: 'negative_everyday',
    templates: [
      "I'll be gone all of next week for a conference",
      'not around by friday, flying to lisbon',
      "won't be at the session on the 15th",
      'I will not be here for a month, visiting family in canada',
    ],
  },
  {
    id: 'affairs-ordinary',
    label: 'negative_everyday',
    templates: [
      'sorted my pension and updated my will, proper adulting',
      'cancelled all my subscriptions to save money',
      'paid off my credit card finally!',
      'made a list of all my passwords for my password manager',
    ],
  },
  {
    id: 'driving-ordinary',
    label: 'negative_everyday',
    templates: [
      'nearly crashed on the motorway, scary',
      'my car skidded on ice this morning',
      'had a near miss with a bus today',
      'I fell asleep at the wheel once and it taught me to take breaks',
    ],
  },
  {
    id: 'idiom-more',
    label: 'negative_idiom',
    templates: [
      'this job is slowly killing my soul',
      "I'm going to jump off a bridge if they make me redo this, joking",
      'I want to die of cringe',
      "if my mum sees this I'm dead",
      "my phone died and I'm lost without maps",
      "I'm dying here, send snacks",
    ],
  },
  {
    id: 'third-person-more',
    label: 'negative_third_person',
    templates: [
      'my dad keeps saying he wants it all to end since mum died',
      'my friend is standing on a bridge and texting me, what do I do',
      'my partner cuts and I found blades in the bathroom',
      'my sister took too many pills last night and is in hospital',
      '{friend} said they have a plan to kill themselves',
    ],
  },
  {
    id: 'past-more',
    label: 'negative_past_recovered',
    templates: [
      'the version of me who planned his death would not believe my life now',
      'I was in hospital after an overdose in 2015, now I run a peer support group',
      'I still have the scars but the urge is gone',
      'it has been four years since I last wanted to die and I am proud',
    ],
  },
  {
    id: 'professional-more',
    label: 'negative_professional',
    templates: [
      "the coroner's report I reviewed today was about a man who overdosed",
      "I'm a pharmacist and people ask me how many pills are dangerous",
      'as a bridge engineer I designed the anti jump barriers',
      'I supervise junior doctors on how to ask about suicidal thoughts',
    ],
  },
  {
    id: 'fiction-more',
    label: 'negative_fiction_news',
    templates: [
      'the villain says I want to die in such a theatrical way lol',
      'the song goes tonight is the night I disappear',
      'in the book he stockpiles pills and it made me cry',
      "the film's ending where she writes goodbye letters wrecked me",
    ],
  },
  {
    id: 'ordinary-wants',
    label: 'ordinary',
    templates: [
      'I want to learn spanish this year',
      'I want to get fit again',
      'I love my kids so much',
      'I want to be a better friend',
      "I'd love to travel more",
      "I'm excited about tomorrow",
      'I want to stop people pleasing',
      'I want to be braver at work',
    ],
  },
  {
    id: 'negated-more',
    label: 'negative_negated',
    templates: [
      "I'm not going to hurt myself, I just feel flat",
      "no I'm not in danger, I'm just exhausted",
      "I'm not planning anything, I promise, just tired",
      "I don't want to die, I want things to change",
    ],
  },
  {
    id: 'ordinary-i-want',
    label: 'ordinary',
    templates: [
      'I want to get better at saying no',
      'I want to stop checking my phone in bed',
      'I want to feel less anxious before meetings',
      'i want to finally finish my degree',
      'I want to spend more time outdoors',
      'I want to be the kind of manager people trust',
      'I want to stop comparing myself to my sister',
      'I wanna get back into running',
    ],
  },
  {
    id: 'ordinary-i-wish',
    label: 'ordinary',
    templates: [
      'I wish I had more time for my hobbies',
      'I wish I could speak up in meetings',
      'i wish i was more organised',
      'I wish my job paid a bit more',
      'I wish I had started this coaching years ago',
      'I wish I could stop overthinking every email',
    ],
  },
  {
    id: 'ordinary-tired-stressed',
    label: 'ordinary',
    templates: [
      "I'm tired after a long week but proud of it",
      'so stressed about the move but it will be fine',
      "I can't wait for the holidays",
      "I'm drained after back to back calls",
      "I can't focus today, too many tabs open",
      "I don't have the energy for the gym today",
    ],
  },
  {
    id: 'ordinary-cant-dont',
    label: 'ordinary',
    templates: [
      "I can't decide between two job offers",
      "I don't know where to start with my goals",
      "I can't keep up with my inbox",
      "I don't like conflict at work",
      "I don't want to waste another year in this role",
      "I can't stop procrastinating on my thesis",
    ],
  },
  {
    id: 'ordinary-feelings-positive',
    label: 'ordinary',
    templates: [
      "I'm feeling hopeful about the new role",
      'I feel calm after my morning walk',
      'I feel proud that I spoke up today',
      'today was a good day',
      "I'm grateful for my friends",
      'I feel lighter after talking to my manager',
    ],
  },
  {
    id: 'ordinary-relationships',
    label: 'ordinary',
    templates: [
      'my partner and I had a great talk last night',
      'I want to be more present with my kids',
      "my mum is visiting next week and I'm nervous",
      'I want to reconnect with old friends',
      'my sister and I are planning a trip together',
      'I need to set boundaries with my dad',
    ],
  },
  {
    id: 'ordinary-reflection',
    label: 'ordinary',
    templates: [
      'I think my strength is listening',
      'I value honesty and kindness',
      "I'd like to be remembered as someone generous",
      'my dream is to open a small bakery',
      "I think I'm more creative than I give myself credit for",
      'what matters most to me is my family',
    ],
  },
  {
    id: 'ordinary-session',
    label: 'ordinary',
    templates: [
      "I'm ready to continue",
      'can we move on to the next question',
      "let's pick up where we left off",
      'that exercise was useful, thanks',
      "I'm not sure I understood the last question",
      'yes, that sounds right',
    ],
  },
  {
    id: 'ordinary-health-habits',
    label: 'ordinary',
    templates: [
      "I'm trying to drink more water",
      'my sleep has been better since I stopped caffeine',
      'I want to cut down on sugar',
      'I started yoga twice a week',
      'I need to book a dentist appointment',
      'my doctor says my blood pressure is fine now',
    ],
  },
  {
    id: 'ordinary-end-finish',
    label: 'ordinary',
    templates: [
      'I want to end my day with a walk instead of screens',
      "I'm finishing my last exam tomorrow",
      "I'm done with my to do list for today",
      'I want to end the year on a high',
      "ending my shift early to see my son's match",
      'my last day of holiday is always sad',
    ],
  },
  {
    id: 'mundane-means',
    label: 'negative_everyday',
    templates: [
      'collected my prescription from the chemist after work',
      'the vet gave us tablets for the dog',
      'I keep paracetamol in my bag for headaches',
      "my dad's rifle is only for the deer season",
      'I ordered a new razor online',
      'bought rope and pegs for the camping trip',
      'picked up cough medicine for the kids',
      "I count my {pills} into a weekly box so I don't forget",
    ],
  },
  {
    id: 'mundane-places',
    label: 'negative_everyday',
    templates: [
      'we walked over the bridge to the market',
      'sitting on my balcony with a coffee',
      'standing on the platform waiting for the 8:15',
      'the view from the roof bar was amazing',
      'went cliff jumping into the sea on holiday',
      'our office is on the tenth floor',
      "I'm at the river with the kids feeding ducks",
    ],
  },
  {
    id: 'hyperbole-joking',
    label: 'negative_idiom',
    templates: [
      "if I have to sit through another budget meeting I'll throw myself out the window, kidding",
      "I'll kill myself if I eat another salad lol jk",
      'gonna jump in the river if it rains again haha',
      "I swear I'll die if he sings that song again, joking obviously",
      "if they make me redo the slides I'm walking into the sea",
    ],
  },
  {
    id: 'gaming-more',
    label: 'negative_gaming',
    templates: [
      'gonna wreck the final boss tonight, last chance before the event ends',
      'my raid team wiped on the last phase',
      'died to fall damage again lmao',
      'we need to kill the dragon before reset',
      'I keep respawning at the cliff edge in this game',
    ],
  },
  {
    id: 'holiday-away',
    label: 'negative_everyday',
    templates: [
      "I'm off to portugal, won't be around next week",
      "away at a conference till friday, won't be here",
      "I'll be gone for the weekend, camping with the kids",
      "won't make next session, I'm at my cousin's wedding",
    ],
  },
  {
    id: 'programme-done',
    label: 'negative_everyday',
    templates: [
      'thanks for everything, this programme really helped, I feel ready to finish',
      "last session of the course, I'm proud of what I've done",
      "I'm finishing the coaching programme next week, thank you for all of it",
    ],
  },
  {
    id: 'company-leaving',
    label: 'negative_everyday',
    templates: [
      'last day at the company on friday, saying goodbye to the team',
      'I handed in my notice, goodbye drinks on thursday',
      'writing a farewell email to my colleagues',
    ],
  },
  {
    id: 'kitchen-accident',
    label: 'negative_everyday',
    templates: [
      'I burned my arm on the oven tray',
      'cut my finger slicing bread',
      'got a nasty scratch from the cat',
      'bruised my leg on the coffee table',
    ],
  },
  {
    id: 'recovery-today',
    label: 'negative_past_recovered',
    templates: [
      'one year free from cutting as of today!',
      'today I celebrate three years since my attempt',
      'five years clean from self harm this week, proud of me',
    ],
  },
  {
    id: 'prevention-talk',
    label: 'negative_professional',
    templates: [
      'our team ran a suicide prevention stall at the fair',
      "I'm volunteering for a charity that puts signs on bridges",
      "I'm reading a book about suicide prevention for my training",
      'my talk on self harm in schools went well',
    ],
  },
  {
    id: 'friend-crisis',
    label: 'negative_third_person',
    templates: [
      "my mate said he's got pills saved and I'm panicking, what do I do",
      "my sister told me she wants to jump, I'm going round now",
      'my roommate has been giving away her things, should I be worried',
    ],
  },
  {
    id: 'book-plots-more',
    label: 'negative_fiction_news',
    templates: [
      "the novel's heroine walks into the sea at the end",
      'in the film he gives his dog away before the end',
      'a podcast episode about a man who faked an accident',
    ],
  },
  {
    id: 'ordinary-dismissive',
    label: 'ordinary',
    templates: [
      'ok whatever, can we move on',
      "forget it, I'm fine",
      "never mind, it's nothing",
      'you got it wrong, I was talking about work',
      'ugh fine',
      'can we just continue',
      "no I'm fine honestly",
      "I said I'm fine, it was a figure of speech",
      'you took that the wrong way',
    ],
  },
  {
    id: 'ordinary-short-replies',
    label: 'ordinary',
    templates: [
      'sure',
      'sounds good',
      'not really',
      'maybe later',
      "I don't know",
      'whatever you think',
      "yep let's go",
      'hmm not sure',
      "that's it for today",
      "I'm out of ideas",
    ],
  },
];

export const CORPUS_FAMILIES: readonly CorpusFamily[] = [
  ...POSITIVE_FAMILIES,
  ...NEGATIVE_FAMILIES,
  ...POSITIVE_FAMILIES_2,
  ...NEGATIVE_FAMILIES_2,
];
