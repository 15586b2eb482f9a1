// The offline classifier's phrase families, written against normalizeText() output: lower
// case, contractions expanded ("do not", "i am", "can not"), "no one" read as "nobody", single
// spaces, "." and "," as boundary tokens. In a pattern "~" stands for optional filler adverbs
// ("want to just die", "want to really really die").
//
// A family is a way people say one thing, not one sentence: prefer a short pattern with an
// `unless` for the harmless continuations over many exact phrases. Weights: 1.0 says it plainly,
// 0.8–0.9 is a strong indirect signal, 0.5–0.7 needs one more signal to flag, ≤ 0.4 is
// distress that only counts together with something else (see FLAG_THRESHOLD).

export type SafetyCategory = 'suicidal_intent' | 'self_harm' | 'indirect_distress';

export const SAFETY_CATEGORIES: readonly SafetyCategory[] = [
  'suicidal_intent',
  'self_harm',
  'indirect_distress',
];

/**
 * Who a match is about, which decides which context checks apply:
 * - `self`: the words say it is the writer ("myself", "my life"): negation and past tense apply.
 * - `open`: no pronoun of its own ("want to die"): also discounted when the nearest subject is
 *   someone else ("my friend says she wants to die") or the sentence is about a story or news.
 * - `topic`: a subject word ("suicide", "self harm"): needs the writer in the sentence for full
 *   weight, and is discounted for news, fiction, statistics and other people.
 */
export type RuleAnchor = 'self' | 'open' | 'topic';

export interface RuleSpec {
  id: string;
  category: SafetyCategory;
  weight: number;
  pattern: string;
  anchor: RuleAnchor;
  /** Continuations (right after the match) that make it harmless: an idiom, an accident. */
  unless?: string;
  /** Words right before the match that make it harmless ("career suicide"). */
  unlessBefore?: string;
  /** False when the pattern is itself the negative form ("do not want to live"). */
  negatable?: boolean;
  /** A stronger weight when the rest of the clause has one of these ("… anymore"). */
  boost?: { after: string; weight: number };
}

const FILLER =
  '(?: (?:just|really|so|honestly|seriously|actually|literally|kind of|sort of|even|genuinely|simply|finally|truly|fucking|fking|freaking|totally|all|very|badly|completely|quietly|peacefully))*';

// Everyday and sporting accidents: "cut myself shaving", "burned my arm on the stove".
const ACCIDENT =
  '(?:by accident|accidentally|(?:at|in|during) (?:the |my |a )?(?:gym|practice|training|game|match|workout|kitchen|garden|work|class|office|yard)|(?:while|when|whilst) (?:cooking|shaving|chopping|running|playing|lifting|training|climbing|gardening|working|cleaning|fixing|moving|baking|ironing|exercising|hiking|skiing|cycling|riding|falling|opening|making)|shaving|cooking|chopping|baking|ironing|lifting|playing|running|hiking|climbing|on (?:a|the|some|my) (?:stove|oven|iron|kettle|pan|pot|glass|paper|door|nail|fence|edge|table|corner|metal|tray|knife|grill|bbq|barbecue|lid|can|saw|tool|hob)|with (?:a|the|my) (?:kitchen knife|stove|oven|iron|pan|kettle|hot pan|curling iron|straightener|hair straightener|tray|grill|saw)|in the sun|sunbathing)';

export const RULE_SPECS: readonly RuleSpec[] = [
  // ── Explicit suicidal intent ────────────────────────────────────────────────────────────
  {
    id: 'kill_myself',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'self',
    pattern:
      '(?:kill|killing|killed|kills|end|ending|ended|off|offing|offed|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|suffocate|suffocating|gas|gassing|electrocute|stab|stabbing|murder) myself',
    unless:
      '(?:laughing|trying|working|studying|at (?:work|the gym|my job|the office)|in the (?:gym|foot|feet)|over (?:this|that|a|the|my|these|those)(?: \\w+)? (?:project|deadline|job|work|exam|exams|report|thesis|presentation|assignment|essay|course|training)|for (?:this|that|a|the|my|these)(?: \\w+)? (?:job|project|company|team|boss|grade|grades|exam|client|clients|degree|promotion)|to (?:get|make|finish|meet|hit|keep|please|impress|pay|prove|be|win|reach|pass|earn)|with (?:work|training|exercise)|in the gym)',
  },
  {
    id: 'take_my_life',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'self',
    pattern: '(?:take|taking|took|end|ending|ended|finish|finishing) my (?:own )?life',
    unless:
      '(?:back|in (?:a|my|the|new|another|hand|hands)|into|(?:more )?seriously|to (?:the|a|new|another)|apart|forward|over|up|by the|on|off autopilot|for granted|as it comes|one day|in stride)',
  },
  {
    id: 'suicide_mention',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'topic',
    pattern: '(?:suicide|suicidal|suicidality)',
    unless:
      '(?:squats?|sprints?|runs?|drills?|doors?|squad|mission|missions|rates?|prevention|awareness|statistics|stats|bombers?|bombing|bombings|king|pass|blonde|watch|burn|jump|dive|shifts?|seat|knot|clause|lane|pact in the|note in the)',
    unlessBefore:
      '(?:political|career|social|professional|financial|electoral|brand|commercial|corporate|business|fashion|tactical|strategic|reputational|commit career|committing career|commit political)',
  },
  {
    id: 'kill_me_request',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'self',
    pattern:
      '(?:wish|want|hope|hoping|wishing|pray|praying|need) (?:someone|somebody|something|a (?:car|bus|truck|train|lorry)|god|the universe|a disease|cancer|an accident|life|death)(?: would| to| could| will| just)* (?:kill|kills|killed|take|takes|took|hit|hits|run over|runs over|end|ends|strike|strikes|struck|shoot|shoots|come for|comes for|came for|finish|finishes) (?:me|my life)',
  },
  {
    id: 'hope_i_get_killed',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'self',
    pattern:
      '(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:i|my plane|the plane) (?:get|gets|got|was|were|would get|will get|crash|crashes) (?:hit|killed|run over|shot|sick and die)',
  },
  {
    id: 'would_not_mind_dying',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'self',
    negatable: false,
    pattern:
      '(?:would not|do not|will not|did not) (?:even )?(?:mind|care) if i (?:die|died|was dead|were dead|did not wake up|never woke up|got hit|was gone|got killed|never came back|stopped breathing|stopped existing|just died)',
  },
  {
    id: 'want_to_die',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:want|wants|wanted|wanting|wish|wished|wishing|need|needs|planning|plan|plans|ready|deserve|deserves|deserved|decided|hope|hoping|prefer|would like|like|tempted|tried|trying|try|begging|longing|long|choose|choosing|chose) to~ die',
    unless:
      '(?:of|laughing|for|on (?:this|that|a|the) hill|a little|inside|with (?:embarrassment|shame|laughter|envy|joy)|from (?:embarrassment|laughter|cuteness|envy)|doing|old|happy|peacefully in my sleep at|at (?:9|90|100|a ripe))',
  },
  {
    id: 'going_to_die',
    category: 'suicidal_intent',
    weight: 0.5,
    anchor: 'open',
    pattern: '(?:going to|about to|will|would|could) (?:just )?die',
    unless:
      '(?:if|of|when|laughing|before|at|for|from|happy|alone|old|without (?:coffee|my|a|this)|waiting|on this|in this (?:heat|meeting|queue|line|traffic))',
    // A thing that dies ("our startup is going to die", "my phone will die") is no person.
    unlessBefore:
      '(?:startup|company|business|project|plant|plants|phone|battery|laptop|car|engine|deal|brand|band|podcast|channel|app|product|server|tree|garden|idea|campaign|launch|shop|website)(?: is| are)?',
  },
  {
    id: 'should_die',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'self',
    pattern:
      '(?:i (?:should|must|might as well|may as well|ought to)~ die|i~ (?:hope|wish)(?: that)? i (?:would |could |will |just |can |might )*(?:die|died|was dead|were dead|drop dead)|let me~ die|i~ deserve to~ die)',
    unless: '(?:of|laughing|from|with)',
  },
  {
    id: 'wish_dead',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:wish|wished|wishing)(?: that)? i (?:was|were|could be|would be|am|had been) (?:dead|gone|never born|not born|not alive|not here|not around)',
  },
  {
    id: 'be_dead',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:(?:want|wanted|wanting|wish|need|ready|deserve|better|rather)(?: to| off)?~ be dead|better off dead|(?:might|may) as well be dead|better off not (?:alive|existing|being here|here|around)|rather be dead|would be better dead|just be dead|i am better off gone)',
  },
  {
    id: 'rather_die',
    category: 'suicidal_intent',
    weight: 0.5,
    anchor: 'open',
    pattern: '(?:rather|sooner) die',
    boost: {
      after:
        'than (?:live|living|keep|go on|going on|feel|feeling|be alive|being alive|wake up|waking up|continue|continuing|spend another|face another|carry on|exist|existing)',
      weight: 1,
    },
  },
  {
    id: 'not_alive',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:do not|not|never|no longer|does not|did not) (?:really |even |honestly |actually )?(?:want|wanna|wish|like|need|care) to~ (?:be alive|stay alive|live|keep living|continue living|exist|go on living|be on this earth|be in this world|be on this planet|breathe)',
    unless:
      '(?:in|with|at|near|there|abroad|together|alone|on (?:my|a|the|this|that)|under|next|close|somewhere|by|as|through|without|here|paycheck|in fear|off|a lie|that way|the way|for other|for others|like (?:that|them|my|a|those|this (?:city|place|town)))',
  },
  {
    id: 'not_be_here',
    category: 'suicidal_intent',
    weight: 0.6,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:do not|not|never|no longer|does not) (?:really |even |honestly |actually )?(?:want|wanna|wish|like|need) to~ (?:be here|be around|go on|keep going|carry on|wake up|get up|be me|feel anything|be awake)',
    unless:
      '(?:(?:anymore|any more|any longer) (?:, )?(?:in|at) (?:this|my|the) (?:company|job|team|office|role|city|town|flat|country)|in|at|with|for (?:this|the|a|that|my|work|school)|on (?:the|a|this|that|holiday|vacation|stage|tour|trip|date|with)|to (?:the|a|this|that|work|school)|early|so early|before|tomorrow morning for|this (?:morning|week) for|today for|and go to (?:work|school)|and do|and face (?:work|the)|the (?:trip|tour|project|course|call|meeting)|a (?:trip|date|call)|for (?:a|the) (?:meeting|call|flight|run|gym))',
    boost: {
      after: '(?:anymore|any longer|any more|ever again|again|at all|tomorrow|in the morning)',
      weight: 0.95,
    },
  },
  {
    id: 'stop_existing',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:(?:stop|cease|quit|stopped) (?:to )?(?:exist|existing|being alive|breathing)|wish i (?:did not|never|could not) exist(?:ed)?|(?:not|never) (?:to )?exist (?:anymore|at all|again|any longer)|wish i (?:was|were|had) (?:never|not) (?:been )?born|(?:just )?want to (?:not exist|be nothing|vanish forever|cease))',
    unless: '(?:in|for|like|with|under|through|a|the|my|as a|as an|on social|online)',
  },
  {
    id: 'end_it_all',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:end it all|ending it all|end this all|finish it all|end everything (?:now|tonight|today|for good)|put an end to (?:it all|my life|myself|everything|my existence|my suffering)|call it quits on life|check out (?:of life|for good|permanently)|checking out (?:of life|for good|permanently)|end my (?:existence|suffering|misery)|ending my (?:existence|suffering|misery))',
  },
  {
    id: 'end_it_soon',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'open',
    pattern:
      '(?:end|ending|finish|finishing) (?:it|things|everything) (?:all )?(?:tonight|today|right now|soon|for good|once and for all|this week|this weekend|tomorrow|forever|now)',
    unless: '(?:with|between|at work|at the office)',
    unlessBefore:
      '(?:meeting|call|project|session|conversation|relationship|chat|game|series|season|book|day|week|month|year|contract)(?: \\w+){0,3}',
  },
  {
    id: 'plan_to_end_it',
    category: 'suicidal_intent',
    weight: 0.85,
    anchor: 'open',
    pattern:
      '(?:want|wanna|going|plan|planning|ready|decided|need|thinking about|think about|thought about|thinking of|thought of|tempted|about|tried|trying|try) to~ end (?:it|things|everything)',
    unless:
      '(?:with|between|on a|on good|early|there|here|at (?:work|the)|for (?:the|this) (?:day|week)|before (?:the|it|things) get|nicely|politely|amicably|properly|professionally|now with|\\.? (?:with))',
  },
  {
    id: 'considering_ending_it',
    category: 'suicidal_intent',
    weight: 0.85,
    anchor: 'open',
    pattern:
      '(?:considering|contemplating|thinking about|thinking of|think about|thought about|thought of|planning on|plan on|close to|keep thinking about|been thinking about|obsessing over|fixated on) (?:just )?(?:ending|finishing) (?:it|things|everything|my life|it all|myself)|(?:should|could|might|will|gonna|going to|may|ought to|might as well) (?:just )?(?:end|finish) (?:it|it all|things|everything|myself)(?= \\.| ,|$| now| tonight| today| soon| already| here| right now| for good)',
    unless:
      '(?:with|between|on a|on good|early|at (?:work|the)|for (?:the|this) (?:day|week)|nicely|politely|amicably|properly|professionally)',
    unlessBefore:
      '(?:meeting|call|project|session|conversation|relationship|chat|game|series|season|book|day|week|month|year|contract|you|we|they|he|she)(?: \\w+){0,3}',
  },
  {
    id: 'no_reason_to_live',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:(?:no|not any|not a|not one|without a|without any|lost my|lost the|lost all|lost any|can not find a|can not find any|can not find one|can not think of a|can not think of one|do not have a|do not have any|there is no|there are no|nothing|not much|not a single|zero|no more) (?:real |good |single )?(?:reason|reasons|point|purpose|will|desire|motivation|wish) (?:left )?(?:for me |for myself |for me left )?(?:to|for|in) (?:live|living|keep living|stay alive|staying alive|go on|going on|be alive|being alive|exist|existing|carry on|carrying on|being here|be here|stay|staying)|(?:do not|can not|no longer|can no longer) see (?:the|any|a) (?:point|reason) (?:in|of|to|for) (?:living|going on|life|being alive|carrying on|staying alive|keep living|keep going|being here|existing|me being here)|nothing (?:left )?to live for|(?:no|lost (?:my|the|all)|lost) will to live|(?:not|no longer|never) worth living|(?:life|my life|living|existing|this life|being alive|staying alive) (?:is |feels |seems |is just )?(?:not|no longer|never|is not|really not) worth (?:it|living|the effort|the pain|the fight|fighting for)|(?:what is|whats|where is) the point (?:of|in) (?:living|life|being alive|going on|existing|my life|me being here|staying alive|carrying on|waking up)|no point (?:in |to )?(?:living|being alive|going on|existing|life|carrying on|staying alive|waking up|me being here|my life))',
  },
  {
    id: 'what_is_the_point',
    category: 'indirect_distress',
    weight: 0.6,
    anchor: 'open',
    pattern:
      '(?:(?:what is|whats|where is) the point (?:of|in) (?:anything|any of (?:this|it)|it all|trying|everything|all this|all of this|going on like this)|(?:what is|whats) (?:even )?the point(?: anymore| any more| of it all| honestly)?(?= \\.| ,|$)|there is no point (?:in )?(?:anything|trying|any of it|anymore)|nothing matters (?:anymore|any more|to me)|(?:life|my life|everything) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|worthless|hopeless|empty))',
  },
  {
    id: 'better_without_me',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:(?:better|happier|easier|simpler|lighter|fine) (?:off )?without me(?: (?:around|here|in the picture|alive))?|(?:better|happier|easier|simpler) (?:off |for everyone |for them |for all |for my family |for everybody )?(?:if|when) i (?:was|were|am|had|just|finally)? ?(?:gone|dead|not here|not around|never born|disappeared|died|not alive|no longer here|no longer around|killed myself|ended it|left for good|was not here|were not here|did not exist|was not alive|did not wake up)|(?:better|happier) place without me|nobody would (?:even )?miss me|nobody (?:would|will|is going to) (?:even )?(?:notice|care|miss me|mind|cry)(?: \\w+)?(?: if| when) i (?:died|was gone|were gone|disappeared|vanished|killed myself|was dead|were dead|was not here|were not here|left for good|did not wake up|never woke up|stopped existing|ended it|was not around|disappeared for good|just disappeared|went away for good|die))',
    unlessBefore:
      '(?:team|company|project|band|group|class|office|department|meeting|club|startup|firm|party|trip|game)(?: \\w+){0,3}',
  },
  {
    id: 'burden',
    category: 'suicidal_intent',
    weight: 0.85,
    anchor: 'open',
    unless:
      '(?:on nobody|to nobody|on no one|to no one|when i ask|if i ask|asking for|at work|at school|to my (?:team|colleagues|coworkers|manager|boss|teacher|classmates)|on my team|on the team|in (?:meetings|the team|my team|class|the group|group projects)|of proof|with (?:my|this) (?:questions|requests))',
    pattern:
      '(?:i am|i feel|feel|feeling|i have become|become|becoming|being|i was|just|nothing but|i am nothing but|i am only|to be|like) (?:like )?(?:a |such a |just a |only a |the |an |a huge |a massive |a big |such an |one big )?(?:huge |massive |big |total |constant |useless |pathetic |complete )?burden(?! of proof)',
    boost: {
      after:
        '(?:to|on|for) (?:everyone|everybody|my family|the people|people|them|my (?:friends|parents|kids|partner|wife|husband|mum|mom|dad|family|loved ones)|the world|all of them|everyone i love|anyone|those around me)',
      weight: 1,
    },
  },
  {
    id: 'disappear_forever',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:disappear|disappeared|disappearing|vanish|vanished|vanishing|fade away|fading away|fade out|go away|gone) (?:forever|for good|permanently|and never come back|off the face of the earth|from (?:this|the) world|from existence|from earth|from this earth|and not come back|once and for all|for ever)',
    unless: '(?:from (?:social media|the internet|instagram|facebook|twitter|tiktok|the group chat))',
  },
  {
    id: 'want_to_disappear',
    category: 'suicidal_intent',
    weight: 0.6,
    anchor: 'open',
    pattern:
      '(?:want|wish|need|wanting|wishing|like|longing|long) to~ (?:disappear|vanish|fade away|not be here|not wake up|be gone|be erased|sleep forever|go to sleep forever)|(?:if|when) i (?:just )?(?:disappeared|vanished|was gone|were gone)',
    unless:
      '(?:from (?:social media|the internet|the meeting|the party|the call|the office|the group|work|instagram|facebook|twitter|tiktok|this (?:meeting|party|call|office))|for (?:a|the) (?:while|bit|week|day|few|weekend|month|moment|couple|summer|holiday)|on (?:a|holiday|vacation|a trip)|into (?:a|my|the) (?:book|hobby|work|woods|mountains|game)|for (?:a few|some|two|three|\\w+) (?:days|hours|weeks|minutes)|to (?:a|an|the) (?:island|beach|cabin|mountain|mountains)|under (?:a|my|the) (?:blanket|duvet|covers)|for lunch|from work|at (?:the|a|this) party|to bed)',
    boost: {
      after: '(?:forever|for good|permanently|and never come back|and not come back|and nobody would notice)',
      weight: 1,
    },
  },
  {
    id: 'want_to_disappear_final',
    category: 'suicidal_intent',
    weight: 0.8,
    anchor: 'open',
    pattern:
      '(?:want|wish|need|wanting|wishing|longing|long) to~ (?:disappear|vanish|not exist|be gone|cease to exist|be erased|not be here|not be alive)(?: completely| entirely| from everything| from everyone)?(?= \\.| ,|$)',
  },
  {
    id: 'want_out_of_life',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'open',
    pattern:
      '(?:want|wanna|need|looking for|wish i could get|find a way) out of (?:this life|life|my life|existence|this world|everything|being alive|it all)|(?:i )?(?:just )?want (?:it all )?out(?= \\.| ,|$)',
  },
  {
    id: 'feel_like_dying',
    category: 'suicidal_intent',
    weight: 0.85,
    anchor: 'open',
    pattern:
      '(?:feel|feels|feeling|felt) like (?:dying|ending it|ending it all|ending my life|killing myself|disappearing forever|not existing|giving up on life|i want to die|i should die|i am dying inside)|(?:thoughts|thinking|think|thought|dreams|dreaming|fantasies|fantasizing|fantasising) (?:of|about) (?:death|dying|being dead|not being here|not being alive|my own death|my funeral|killing myself|ending it|suicide|hurting myself|ending my life)(?: a lot| all the time| constantly| every day| every night| lately| again| alot)?',
    unless:
      '(?:after (?:that|this|the|a|my) (?:workout|run|hike|class|meeting|day|week|match|game|session)|of (?:embarrassment|boredom|laughter)|from (?:the heat|laughter|boredom|exhaustion)|laughing|in (?:the|my|a) (?:novel|book|story|film|movie|essay|class|lecture|poem)|for (?:my|a|the) (?:novel|book|story|essay|class|paper|thesis))',
  },
  {
    id: 'live_or_die',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:nobody (?:cares|would care|will care|even cares)|i do not (?:even )?care|(?:it )?(?:does not|would not|will not) (?:even )?matter|who cares|no one cares) (?:if|whether) i (?:live or die|lived or died|die|died|am alive|am dead|was dead|exist|existed|wake up|woke up|make it|disappear|disappeared|am here|was here|was gone)(?! (?:from|for a|for the|on|at|in (?:the|a|this) (?:meeting|class)))',
  },
  {
    id: 'sleep_forever',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:(?:sleep|sleeping|go to sleep|fall asleep|falling asleep)(?: and)? (?:forever|for ever|and never wake up|and not wake up|and never wake|and not wake|never to wake up|and never woke up|and stay asleep forever)|(?:hope|hoping|wish|wishing|pray|praying|want|wanting)(?: that)?(?: i| to)?(?: just)? (?:would not|will not|do not|did not|could not|never|not|would never|will never|to not|to never|wont) (?:to )?wake up(?: again| tomorrow| in the morning| ever)?|(?:never|not) (?:to )?wake up again|thinking about (?:just )?not waking up|(?:think|thought|dream|dreaming|fantasize|fantasise|fantasizing|fantasising) (?:about|of) (?:just )?(?:not|never) waking up|(?:just )?not waking up (?:one day|ever|again|at all|would be))',
    unless:
      '(?:early|on time|in time|at \\w+|before|for (?:work|school|class|the)|when|until|till|late|with|to (?:my|the|an|a) alarm|in the (?:afternoon|middle)|rested|refreshed|feeling (?:good|great|rested|refreshed)|tired|with energy|on a (?:monday|sunday)|at night|during the night)',
  },
  {
    id: 'tired_of_life',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'open',
    pattern:
      '(?:(?:tired|sick|exhausted|weary|done|finished|fed up) (?:of|with) (?:living|being alive|life|my life|existing|this life|being here|breathing|waking up|it all (?:and|,) (?:want|wanna) (?:to )?die)|(?:i am|i am so|i am just|so|just) (?:done|finished) (?:living|being alive|existing|breathing|trying to stay alive|with being alive))',
    unless:
      '(?:paycheck|pay check|in (?:this|the|a|my|london|\\w+ city)|with (?:my|a|the|roommates|flatmates|parents)|at (?:home|my|the)|out of|on (?:a|my|the)|early|at \\d+|so early|for (?:work|school)|in fear|off|abroad|alone in)',
  },
  {
    id: 'tired_of_everything',
    category: 'indirect_distress',
    weight: 0.45,
    anchor: 'open',
    pattern:
      '(?:(?:tired|sick|exhausted|weary) (?:of|from) (?:everything|it all|fighting|trying|struggling|being me|being myself|pretending|hurting|the pain|feeling (?:like this|this way)|all of this|all of it|the struggle|carrying on|holding on|pretending to be okay)|(?:done|finished) with (?:everything|it all|all of (?:it|this)|trying|fighting|people|myself|the world))',
    boost: { after: '(?:anymore|any more|any longer|forever|for good)', weight: 0.6 },
  },
  {
    id: 'cannot_go_on',
    category: 'indirect_distress',
    weight: 0.6,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:can not|could not|can no longer|unable to|do not think i can|not able to|no longer able to|do not know how to|do not know if i can|not sure i can|not sure how much longer i can) (?:go on|keep going|carry on|keep living|do this anymore|do this any longer|do this any more|take (?:it|this|any more|anymore|much more) ?(?:anymore|any more|any longer)?|handle (?:it|this|life|any of this) (?:anymore|any more|any longer)|live like this|keep doing this|cope (?:anymore|any more|any longer|with life)|keep fighting|hold on (?:anymore|any longer|much longer)|hang on (?:anymore|any longer|much longer)|survive (?:this|another)|face (?:another day|tomorrow|life)|do life|keep it together (?:anymore|any longer)|bear (?:it|this) (?:anymore|any longer))',
    unless:
      '(?:with (?:this|the|that|my|our) (?:project|job|work|plan|relationship|course|diet|routine|schedule|role|team|training|habit|commute)|at (?:this|my|the) (?:job|company|pace|rate|school|gym)|(?:on|with) (?:this|the|that) (?:diet|project|plan|schedule)|without (?:coffee|sleep|a break|help from)|(?:like this|this way) at work|working (?:like this|these hours)|on (?:this|that|\\d+) (?:salary|pay|hours))',
    boost: { after: '(?:anymore|any more|any longer|much longer)', weight: 0.8 },
  },
  {
    id: 'cannot_keep_living',
    category: 'suicidal_intent',
    weight: 0.8,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:can not|could not|can no longer|unable to|do not think i can|not able to|no longer able to|do not know how to|do not know if i can|not sure i can|not sure how much longer i can|do not want to) (?:keep living|go on living|carry on living|keep existing|live like this|live this way|keep going like this|go on like this|carry on like this|survive another day|face another day|do life)',
    unless:
      '(?:at (?:work|this job|this company)|in (?:this|that) (?:job|house|flat|city|relationship|marriage)|with (?:him|her|them|my (?:boss|partner|roommate|flatmate|parents))|on (?:this|that|\\d+) (?:salary|pay|budget))',
  },
  {
    id: 'deserve_to_live',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:(?:do not|does not|never|no longer) deserve to (?:live|be alive|exist|keep living|be on this earth|take up space|breathe)|i (?:should not|should never|do not need to|have no right to|was not meant to|was never meant to) (?:be alive|exist|still be alive|have been born|be born|live|keep living|be on this earth)|why (?:am i|should i|do i|would i|the hell am i|is it that i am) (?:even |still |bother |even still |bothering )*(?:alive|living|keep living|exist|existing|bother living|live|still here|still alive|go on living|stay alive)(?= \\.| ,|$| anymore| at all| any more| honestly)|(?:not|do not know|unsure|no idea|can not decide|not sure) (?:if|whether) i (?:want|wanna|still want|even want|really want) to (?:live|be alive|exist|keep living|go on|be here|stay alive|wake up)(?: anymore| any more| tomorrow| at all)?)',
  },
  {
    id: 'give_up_on_life',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'open',
    pattern:
      '(?:give|giving|gave|given) up on (?:life|living|being alive|staying alive|existing|my life|everything and everyone)',
  },
  {
    id: 'give_up',
    category: 'indirect_distress',
    weight: 0.4,
    anchor: 'open',
    pattern:
      '(?:(?:give|giving|gave|given) up on (?:myself|everything|me|it all|the future|hope)|i (?:just )?give up(?= \\.| ,|$)|i am giving up(?= \\.| ,|$))',
  },

  // ── Plans, means, goodbyes ──────────────────────────────────────────────────────────────
  {
    id: 'stockpiled_means',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'open',
    pattern:
      '(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|collecting|collected|counted|counting|gathered|gathering|kept|keeping|hidden|hiding|hid) (?:up )?(?:all )?(?:enough |the |my |some |a bunch of |a lot of |all my |all the |loads of |lots of |a stash of |a pile of )?(?:pills|tablets|meds|medication|medications|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|insulin|opioids|oxy|xanax|prescriptions?)',
    unless:
      '(?:for (?:my|the|a) (?:trip|holiday|vacation|travel|cat|dog|mum|mom|dad|grandma|kids?|son|daughter)|in (?:the|a) (?:cabinet|kitchen|drawer) for)',
  },
  {
    id: 'take_all_pills',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (?:all|every one|every single one|the whole bottle|a whole bottle|a bottle|a handful|handfuls|the rest|too many|a lot|loads|a bunch|way too many|as many as i can)(?: of)? (?:my |the |those |these |them |it )?(?:pills|tablets|meds|medication|sleeping pills|painkillers|at once)',
    unless: '(?:as prescribed|with (?:food|water|a meal)|like (?:the|my) doctor)',
  },
  {
    id: 'have_the_means',
    category: 'suicidal_intent',
    weight: 0.7,
    anchor: 'open',
    pattern:
      '(?:have|got|bought|buy|buying|found|ordered|order|ordering|get|getting) (?:the|enough|a|some) (?:pills|tablets|rope|gun|pistol|razor|razors|blades|charcoal|poison|noose|sleeping pills)(?: ready| saved| now| already| tonight| for (?:it|tonight|later|when))?',
    unless:
      '(?:for (?:my|the|a) (?:headache|back|trip|holiday|camping|garden|shed|hunting|cat|dog|class|boat)|from (?:the|my) (?:doctor|pharmacy|pharmacist|gp)|prescribed|at (?:the|a) (?:pharmacy|shop|store)|to (?:climb|tie|hang (?:the|a|my|up|out|pictures|washing|clothes))|in case)',
    boost: { after: '(?:ready|saved|tonight|for tonight|for later|for it|already|for when)', weight: 0.9 },
  },
  {
    id: 'overdose',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'topic',
    pattern:
      '(?:overdose|overdosed|overdosing|overdoses|od on|od tonight|lethal dose|fatal dose|deadly dose|lethal amount|fatal amount)',
    unless:
      '(?:crisis|epidemic|deaths|rates?|statistics|awareness|prevention|on (?:coffee|caffeine|sugar|chocolate|netflix|tv|memes|work))',
  },
  {
    id: 'method_search',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:how (?:many|much) (?:pills|tablets|sleeping pills|painkillers|paracetamol|tylenol|insulin|of (?:my|these|the) (?:pills|meds|tablets)) (?:would it take|does it take|would kill|kill|to die|is lethal|is deadly|would be enough|is enough to)|(?:painless|easiest|quickest|fastest|best|quick|easy|surest|least painful|peaceful|simplest|reliable) (?:way|ways|method|methods) to (?:die|go(?= \\.| ,|$)|end it|end my life|kill myself|do it|not wake up|end things|check out)|how (?:to|do i|can i|would i|could i) (?:kill myself|end it all|end my life|die (?:painlessly|quickly|peacefully|in my sleep)|die without pain|not wake up|tie a noose|make a noose|hang myself|overdose))',
  },
  {
    id: 'lethal_method',
    category: 'suicidal_intent',
    weight: 0.9,
    anchor: 'open',
    pattern:
      '(?:jump|jumping|jumped|throw myself|throwing myself|leap|leaping) (?:off|from|in front of|under|onto|into) (?:a |the |my |this |that |our |an |some )?(?:bridge|roof|rooftop|building|balcony|cliff|window|train|tracks|car|bus|tower|ledge|overpass|skyscraper|motorway|highway|traffic|platform|river|sea|lorry|truck)|(?:walk|walking|step|stepping|run|running|lie down|lying down|lay down|drive|driving|swerve|swerving|crash|crashing|steer|steering) (?:out )?(?:into|in front of|under|onto|off) (?:a |the |an |oncoming |moving |busy |my car (?:into|off) )*(?:train|bus|car|truck|traffic|tracks|lorry|bridge|cliff|tree|wall|river|motorway|highway)|(?:gun|pistol|barrel|knife) (?:to|in|against|into) my (?:head|mouth|temple|chest|heart|throat)|(?:slit|slice|slash|open|cut|cutting|slitting|slashing) (?:open )?my (?:wrists?|throat|veins)|rope (?:around|round) my neck|(?:tie|tied|tying|make|made|making) (?:a|the) noose|(?:crash|drive) my car on purpose',
    unless:
      '(?:to (?:cool off|swim)|for fun|with my friends|in the summer|for the photo|on holiday|at the pool|into the pool|into the lake|into the sea for|bungee|with a parachute|parachute|skydiving|to catch|to get on|to make (?:my|the|a) (?:train|bus|flight))',
  },
  {
    id: 'noose',
    category: 'suicidal_intent',
    weight: 0.8,
    anchor: 'topic',
    pattern: '(?:noose|nooses)',
  },
  {
    id: 'goodbye_letters',
    category: 'suicidal_intent',
    weight: 0.7,
    anchor: 'open',
    pattern:
      '(?:wrote|written|writing|write|left|leave|leaving|finished|drafted|drafting|prepared|preparing) (?:a |my |the |some )?(?:goodbye |last |final |farewell )?(?:note|notes|letter|letters|message|messages|video|videos) (?:to|for) (?:my |everyone|everybody|the people|all|people|each of|those|them|the kids|the family|my family|my loved ones)',
    boost: {
      after:
        '(?:when i am gone|after i am gone|for when i am gone|for after|to read after|to find|before i go|in case)',
      weight: 1,
    },
  },
  {
    id: 'goodbye_note',
    category: 'suicidal_intent',
    weight: 0.95,
    anchor: 'open',
    pattern:
      '(?:(?:goodbye|farewell|suicide) (?:note|notes|letter|letters)|(?:final|last) (?:note|notes|letter|letters|message|messages|words) (?:to|for) (?:my family|everyone|everybody|my kids|my children|my parents|my partner|my wife|my husband|the people i love|my loved ones|my friends))',
    unless:
      '(?:for (?:my|the|our) (?:team|colleagues|coworkers|class|boss|manager|job|office|old job)|at work|to (?:my|the) (?:team|colleagues|coworkers|boss|manager|class|company|clients|office)|from (?:my|the) (?:boss|manager|team|company|teacher)|(?:to|from) (?:my |the )?(?:landlord|customers|tenants))',
    unlessBefore:
      '(?:in (?:my|the|your|his|her)|my previous|the previous|as in my|see my|per my|from my)(?: \\w+)?',
  },
  {
    id: 'when_i_am_gone',
    category: 'suicidal_intent',
    weight: 0.8,
    anchor: 'self',
    pattern:
      '(?:when|after|once|by the time|for when|for after|after|if) i am (?:gone|dead|not here anymore|not around anymore|no longer here|no longer around|no longer alive|not alive)',
    unless:
      '(?:on|for (?:the|a|my|two|three|\\w+) (?:week|weekend|trip|holiday|vacation|days|months|month|conference|summer)|to|from|at|away|travelling|traveling|abroad|on holiday|for work|for a bit|for a while|for the day|for the week|for the weekend|in (?:the|a) (?:hospital|morning|afternoon|evening)|overseas|out)',
  },
  {
    id: 'not_around_long',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    negatable: false,
    pattern:
      '(?:will not|not going to|am not going to|do not plan to|not planning to|will no longer|wont|might not|may not) (?:be (?:here|around|alive|a problem|a bother|a burden|in (?:your|anyone|everyones|the) way|bothering (?:you|anyone)|on this earth|in this world|a nuisance)|bother (?:you|anyone|anybody|everyone)|need to worry about me|have to deal with me|be a problem)(?: for (?:anyone|anybody|you|everyone|you all|my family|much longer|them))?(?: (?:much longer|for much longer|for long|tomorrow|anymore|any longer|by (?:tomorrow|monday|morning|the weekend|next week)|after (?:tonight|today|this week)|soon|for much more|after this|much more|next week|in the morning))',
    unless:
      '(?:because i|since i|as i) (?:am|will be|have) (?:moving|leaving|quitting|changing|travelling|traveling|on)',
  },
  {
    id: 'giving_things_away',
    category: 'suicidal_intent',
    weight: 0.5,
    anchor: 'open',
    pattern:
      '(?:giving|gave|give|given|handing|handed) (?:away )?(?:all )?(?:my |of my |away my |away all my )(?:stuff|things|belongings|possessions|pets?|cat|dog|books|stuff|savings|money|clothes|guitar|games|valuables)(?: away)?',
    unless:
      '(?:to (?:charity|a charity|the charity|goodwill|the thrift|a thrift|the op shop|a food bank)|because (?:i am|we are) moving|before (?:the|my|our) move|to declutter|declutter|decluttering|as part of|on (?:marketplace|ebay|vinted))',
  },
  {
    id: 'wont_need',
    category: 'suicidal_intent',
    weight: 0.7,
    anchor: 'open',
    pattern:
      '(?:will not|wont|do not|not going to|no longer|am not going to) need (?:it|them|this|these|that|those|anything|any of (?:it|this|them)|my (?:\\w+)|money|stuff|things)(?: \\w+)? (?:soon|anymore|much longer|for much longer|where i am going|after (?:tonight|tomorrow|this week|today)|any longer|after i am gone)',
  },
  {
    id: 'final_goodbye',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:(?:this is|this will be|these are|here is|consider this|this message is|this might be|this may be|this could be)(?: probably)? (?:my |the )?(?:last|final) (?:message|goodbye|words|post|note|time (?:talking|writing|we talk|i talk|i write|you hear from me|youll hear from me|you will hear from me)|conversation|chat|session ever)|(?:final|last) goodbye|this is (?:my )?goodbye(?= \\.| ,|$| forever| for real| for good| to)|(?:said|say|saying) my (?:final |last )?goodbye(?= \\.| ,|$| to (?:everyone|everybody|you|my|the world|this world|life))|(?:goodbye|bye) (?:forever|cruel world|world|everyone|everybody|for good|for the last time|to (?:everyone|everybody|the world|this world|all of you|you all))|(?:saying|say|said|to say) (?:my )?goodbye (?:to (?:everyone|everybody|you all|all of you|the world|this world|my family|my friends|my kids|my loved ones|life|everything|you (?:and|for)))|last (?:day|night|week|weekend|time) (?:alive|on earth|on this earth|in this world|breathing)|(?:tonight|today) (?:is|will be) (?:the|my) (?:night|day|last night|last day)(?= \\.| ,|$)|(?:won|will not) (?:see|hear from|talk to|speak to) (?:me|anyone|you) again (?:after|because|since) (?:tonight|today)|you (?:will not|wont) (?:hear from|see) me (?:again|after (?:tonight|today)|anymore))',
    unlessBefore:
      '(?:in (?:my|the|your)|as in my|see my|per my|from my|to my previous|before my|since my)(?: \\w+)?',
    unless:
      '(?:before (?:the|my|our|i|we) (?:holiday|vacation|trip|break|exam|move|leave|surgery)|of (?:the|this) (?:week|year|month|course|semester|program|programme|term|season)|at (?:this|the) (?:job|company|office|school)|here at|with (?:the|my|this) (?:company|team|job)|in (?:this|the) (?:job|role|program|course|team)|for (?:the|this) (?:week|month|year|term|season|semester))',
  },
  {
    id: 'thanks_for_everything',
    category: 'indirect_distress',
    weight: 0.3,
    anchor: 'open',
    pattern:
      '(?:thank you|thanks) for everything|(?:please )?(?:tell|let) (?:my )?(?:family|mum|mom|dad|parents|kids|everyone|them|my (?:wife|husband|partner|kids|children|son|daughter|sister|brother))(?: know)?(?: that)? i (?:love|loved|am sorry)|i am sorry for everything|(?:please )?forgive me for (?:what i am about to|everything|this)|i love you all(?= \\.| ,|$)|take care of (?:my (?:cat|dog|kids|children|family|mum|mom|dad|pets?)|them) for me',
  },
  {
    id: 'have_a_plan',
    category: 'suicidal_intent',
    weight: 1,
    anchor: 'open',
    pattern:
      '(?:have|got|made|making|make|came up with|worked out|figured out|thought through|picked|chose|chosen|set) (?:a |the |my |out )?(?:plan|date|day|method|way|time) (?:to (?:end (?:it|my life|things|everything)|kill myself|die|do it(?: tonight| soon| this week)?|go through with it|not be here)|for (?:how|when) (?:to|i|i will|i am going to) (?:end|die|do it|go|kill))',
  },

  {
    id: 'decided_how',
    category: 'indirect_distress',
    weight: 0.4,
    anchor: 'open',
    pattern:
      '(?:i (?:know|have decided|decided|have worked out|worked out|have figured out|figured out) (?:exactly )?(?:what i am going to do|how i am going to do it|when i am going to do it|how to do it|how i will do it|when i will do it|what i have to do)|my mind is made up|i have made (?:up )?my (?:mind|decision)|it is (?:decided|settled)(?= \\.| ,|$))',
    unless:
      '(?:about (?:the|my|this|that) (?:job|offer|course|move|house|flat|car|trip|plan)|with (?:the|my|this) (?:job|project|business)|for (?:my|the|this) (?:presentation|career|business|project))',
  },
  // ── Self-harm behaviour ─────────────────────────────────────────────────────────────────
  {
    id: 'hurt_myself',
    category: 'self_harm',
    weight: 1,
    anchor: 'self',
    pattern:
      '(?:hurt|hurting|hurts|harm|harming|harmed|injure|injuring|injured|cut|cutting|cuts|burn|burning|burned|burnt|carve|carving|carved|stab|stabbing|stabbed|choke|choking|choked|strangle|strangling|mutilate|mutilating|mutilated|bleed|bleeding|hang|hanging) myself',
    unless: `(?:${ACCIDENT}|off|out|up|free|loose|short|in the foot|over (?:this|that|nothing|it|small|little)|for (?:forgetting|being late|eating|missing|not|being|saying|doing|that)|with (?:work|carbs|sugar|food|chocolate|deadlines)|down|a (?:slice|piece|break|deal|bit)|some slack|too much slack|back|into|from (?:the|my|social|people|friends|family)|in (?:on|half)|to (?:sleep|get|make|be|do|go|finish|work|meet|please|pieces)|laughing|with laughter|trying to|on purpose to)`,
  },
  {
    id: 'hit_myself',
    category: 'self_harm',
    weight: 0.8,
    anchor: 'self',
    pattern:
      '(?:scratch|scratching|scratched|hit|hitting|punch|punching|punched|slap|slapping|slapped|bruise|bruising|bruised|beat|beating|beaten|bang|banging|starve|starving|starved|whip|whipping|pull out my hair|pulling out my hair) myself',
    unless: `(?:${ACCIDENT}|up|up about|too hard about|over|for (?:forgetting|being late|it|that|missing|not)|out|on the back|awake|to stay awake|in the (?:face|head) with|with the door|on the (?:head|door|table|desk|cupboard|shelf)|on purpose to wake|to diet|to lose|on this diet|for (?:the|a|my) (?:diet|wedding|photo|shoot|fight|weigh))`,
  },
  {
    id: 'punish_myself',
    category: 'self_harm',
    weight: 0.5,
    anchor: 'self',
    pattern: '(?:punish|punishing|punished) myself',
    unless:
      '(?:with (?:work|overtime|extra|long hours|deadlines|guilt|the|a)|by (?:working|overworking|staying late|not taking|skipping lunch)|for (?:eating|being late|missing|procrastinating|not))',
    boost: {
      after:
        '(?:by (?:cutting|burning|hurting|hitting|scratching|starving|bleeding)|physically|with (?:a|the) (?:blade|razor|lighter|knife))',
      weight: 1,
    },
  },
  {
    id: 'self_harm_mention',
    category: 'self_harm',
    weight: 0.9,
    anchor: 'topic',
    pattern:
      '(?:self (?:harm|harming|harmed|injury|injuring|injure|injured|injurious|mutilation|mutilate|mutilating|mutilated|inflicted)|cutter|sh (?:again|urges|scars|wounds|relapse))',
    unless:
      '(?:free|awareness|prevention|statistics|stats|rates?|support group for|training|policy|module|workshop|among|in (?:teens|teenagers|young people|schools|adolescents))',
  },
  {
    id: 'self_harm_relapse',
    category: 'self_harm',
    weight: 1,
    anchor: 'self',
    pattern:
      '(?:relapsed|relapse|relapsing|slipped|slip up|slipped up|broke my streak|lost my streak|fell off the wagon)(?: again)? (?:on |into |with |and )?(?:sh|self harm|cutting|cut|burning|burned|burnt|hurting myself|hurt myself|harming myself|harmed myself|with (?:the|my) (?:blade|razor|cutting))|(?:cutting|burning myself|hurting myself|i cut|i burned|i burnt|i have cut) (?:again|deeper|deep|more)|(?:urge|urges|temptation|craving|cravings|itch) to~ (?:cut|burn|hurt|harm|self harm|scratch|bleed|relapse)',
    unless:
      '(?:my hair|(?:the |our )?(?:budget|costs|spending|sugar|carbs|back|corners|calories|bangs)|for (?:summer|the summer|a competition|a show|the show))',
  },
  {
    id: 'been_cutting',
    category: 'self_harm',
    weight: 0.9,
    anchor: 'self',
    pattern:
      '(?:i (?:have )?(?:been|keep|kept|started|start|am|was|still)|i have started|i have been|been|keep|started|still) (?:cutting|self harming|burning myself|hurting myself|harming myself)(?= \\.| ,|$| again| more| a lot| every| daily| lately| recently| since| for| when| whenever| to cope| at night| deeper| secretly| in secret)',
    unlessBefore:
      '(?:we|they|he|she|you|team|company|government|we have|they have|he has|she has|you have|we are|they are)',
  },
  {
    id: 'use_it_on_myself',
    category: 'self_harm',
    weight: 0.5,
    anchor: 'self',
    pattern:
      '(?:use|used|using|try|trying) (?:it|them|this|that|the (?:razor|blade|blades|knife|pills|rope|gun|lighter|scissors)) on (?:myself|my (?:arm|arms|wrist|wrists|skin|legs?|thighs?))',
  },
  {
    id: 'want_to_cut',
    category: 'self_harm',
    weight: 0.8,
    anchor: 'open',
    pattern:
      '(?:want|wanna|need|going|tempted|trying not|urge|itching|dying) to~ (?:cut|burn|hurt|bleed|self harm)(?: (?:again|deep|deeper|so bad|so badly|really bad|right now|tonight))?(?= \\.| ,|$)',
  },
  {
    id: 'cut_body',
    category: 'self_harm',
    weight: 1,
    anchor: 'self',
    pattern:
      '(?:cut|cutting|cuts|slice|slicing|sliced|slash|slashing|slashed|burn|burning|burned|burnt|carve|carving|carved|scratch|scratching|scratched|scrape|scraping|scraped|gouge|gouging|pick|picking) (?:up |at |into )?(?:on )?my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|hips?|body|ankles?|forearms?|chest|upper arm|inner arm|shoulders?) ?(?:again|open|until|till|with (?:a|the|my) (?:blade|razor|knife|lighter|cigarette|scissors|glass|compass))?',
    unless: `(?:${ACCIDENT}|on (?:the|a|some|my) (?:stove|oven|iron|kettle|pan|pot|glass|door|nail|fence|edge|table|corner|branch|bush|rock|bike|car)|shaving|waxing|in the sun|on holiday|at the beach|from the sun|playing|falling|fell|when i fell|climbing|hair)`,
  },
  {
    id: 'hurt_body',
    category: 'self_harm',
    weight: 0.4,
    anchor: 'self',
    pattern:
      '(?:hurt|hurting|hit|hitting|punch|punching|bang|banging) my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|head|face|stomach|body|hands?|fists?) (?:against|on|into|with) (?:the |a |my )?(?:wall|walls|desk|door|floor|mirror|table|fist)',
    unless: '(?:by accident|accidentally|when i fell|when i tripped|during|at the gym|because it)',
    unlessBefore: '(?:like|feel like i am|felt like|i keep|been)',
  },
  {
    id: 'bleed',
    category: 'self_harm',
    weight: 0.9,
    anchor: 'open',
    pattern:
      '(?:(?:until|till|til|so that|so|to see) (?:i|it) (?:bleed|bleeds|bled|bleeding|start bleeding|starts bleeding|draw blood)|(?:make|made|making|makes) (?:myself|me) (?:bleed|hurt)|(?:want|need|like|wanna) to (?:see|feel) (?:myself )?(?:bleed|blood|pain)|draw(?:ing)? (?:my own )?blood)',
    unless:
      '(?:for (?:a|the|my) (?:test|blood test|donation|doctor|nurse|sample)|at (?:the|a) (?:clinic|doctor|hospital|lab))',
  },
  {
    id: 'scars_and_blades',
    category: 'self_harm',
    weight: 0.8,
    anchor: 'open',
    pattern:
      '(?:(?:hide|hiding|hid|cover|covering|covered|conceal|concealing) (?:up )?(?:my |the |all my |fresh |new )?(?:cuts|scars|wounds|marks|burns|bruises) (?:on|from|with|under|so|because)|(?:fresh|new|more) (?:cuts|scars|wounds|burns) on my|(?:razor|blade|blades|razors|lighter|knife|scissors|compass) (?:to|on|against|across|into) my (?:arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs|stomach|body|hip|hips)|long sleeves? (?:to hide|so nobody sees|so no one sees|because of) (?:the |my )?(?:cuts|scars|marks|burns))',
  },
  {
    id: 'deserve_pain',
    category: 'self_harm',
    weight: 0.6,
    anchor: 'open',
    pattern:
      '(?:want|need|deserve|deserved|crave|craving) to (?:feel (?:pain|physical pain|the pain|something physical)|be in pain|suffer|be punished|be hurt|hurt(?= \\.| ,|$)|feel myself bleed)|(?:i )?deserve (?:the )?(?:pain|to suffer|to be hurt|to be punished|every scar|the scars)',
    unless: '(?:less|better|a (?:break|rest|holiday|raise|day off))',
  },

  // ── Distress: counts only together with something else ──────────────────────────────────
  {
    id: 'hopeless_worthless',
    category: 'indirect_distress',
    weight: 0.45,
    anchor: 'open',
    pattern:
      '(?:(?:i am|i feel|feel|feeling|i have been feeling|been feeling|everything is|everything feels|it is all|it all feels|it is|it feels|life is|life feels|i am just|so|i am so|i am completely|i am totally) (?:so |completely |totally |utterly |just |really |very |such |like |absolutely )*(?:hopeless|worthless|meaningless|a waste of space|a waste of oxygen|a waste of air|a waste of skin|a waste of life|unlovable|beyond help|beyond saving|broken beyond repair|a lost cause|hollow)|(?:no hope|no hope left|lost all hope|lost hope|out of hope|there is no hope)(?: for me| left| anymore| at all)?)',
    unless:
      '(?:at (?:cooking|maths|math|sport|sports|drawing|singing|this game|chess|dancing|directions)|with (?:names|numbers|money|computers|tech|maps)|when it comes to (?:cooking|maths|sport|tech|money))',
  },
  {
    id: 'dark_thoughts',
    category: 'indirect_distress',
    weight: 0.45,
    anchor: 'open',
    pattern:
      '(?:dark|bad|scary|intrusive|morbid) thoughts(?: again| lately| about myself| every night| all the time)?|do something (?:stupid|drastic|i will regret|permanent)(?= \\.| ,|$| tonight| soon)|(?:scared|afraid|worried|terrified) (?:of what i might do|i might do something|i will do something|what i will do)(?: to myself)?',
    unless:
      '(?:at work|about (?:the|my) (?:exam|job|presentation|interview|meeting)|with (?:my|the) (?:money|career|job))',
    boost: { after: '(?:to myself|tonight|about dying|about death|about ending)', weight: 0.8 },
  },
  {
    id: 'empty_numb',
    category: 'indirect_distress',
    weight: 0.3,
    anchor: 'open',
    pattern:
      '(?:i (?:feel|am|have been) (?:so |completely |totally |just )?(?:empty|numb|hollow|dead inside|nothing)|(?:dead|empty|hollow) inside|i hate (?:myself|who i am|everything about myself)|nobody (?:cares|would care|loves|would love|wants|needs) (?:about )?me|everyone (?:hates|would hate) me|i (?:have|got) nobody(?: left| to talk to)|so alone|all alone|i am (?:a |such a |just a |nothing but a |complete |total )?(?:failure|disappointment|mistake|waste)(?= \\.| ,|$)|i am nothing(?= \\.| ,|$))',
    unless:
      '(?:after (?:lunch|dinner|the|a|my)|at (?:work|the)|in the morning|when i wake|before coffee|after work|about (?:it|that|this))',
  },
  {
    id: 'hate_my_life',
    category: 'indirect_distress',
    weight: 0.45,
    anchor: 'open',
    pattern:
      'i (?:really |just |so |fucking |honestly )?(?:hate|despise|loathe) (?:my life|being me|my existence|waking up)',
    boost: { after: '(?:so much (?:i|that)|and (?:want|wanna|wish))', weight: 0.7 },
  },
  {
    id: 'hate_being_alive',
    category: 'suicidal_intent',
    weight: 0.85,
    anchor: 'open',
    pattern:
      'i (?:really |just |so |fucking |honestly )?(?:hate|despise|loathe|can not stand|can not bear) (?:being alive|existing|living|still being alive|that i am alive|that i exist|that i woke up)(?= \\.| ,|$| anymore| so| every| and| because)',
  },
  {
    id: 'no_way_out',
    category: 'indirect_distress',
    weight: 0.6,
    anchor: 'open',
    pattern:
      '(?:(?:there is |i see |i have |with |i can see )?no (?:way out|escape|exit|light at the end|end in sight to this pain|way forward)(?: from this| for me| anymore| of this)?|(?:trapped|stuck) (?:with no|and there is no|without a|without any|with nowhere|and no) (?:way out|escape|exit|hope|where to go|place to go)|(?:can not|do not|can no longer|no longer) see (?:a |any )?(?:way out|light|end to (?:this|the pain)|reason to keep going|point in anything|point anymore|point to any of this))',
    unless:
      '(?:of (?:this|the|that) (?:meeting|contract|lease|deal|job|course|room|building|maze)|clause|in (?:the|this) (?:contract|deal|game|level))',
  },
  {
    id: 'no_future',
    category: 'indirect_distress',
    weight: 0.7,
    anchor: 'open',
    pattern:
      '(?:(?:do not|can not|never|no longer|can no longer) (?:really |even )?(?:see|imagine|picture|have) (?:a |any |my )?(?:future|tomorrow|next year)(?: for (?:me|myself))?(?: at all| anymore| ahead)?|(?:there is )?no (?:future|tomorrow|hope) for (?:me|someone like me)|i have no future(?: at all| anymore| left)?|(?:can not|do not|can no longer) (?:see|imagine|picture) myself (?:alive|being alive|living|still here|still alive|making it|surviving|being here|existing) (?:next|in (?:a|five|ten|two|\\d+) (?:year|years|month|months)|by|past|much longer|for long|anymore|at)|(?:will not|wont|do not think i will) (?:make it|be here|be around|live) (?:to|until|till|past|through) (?:next|the end of|christmas|my birthday|tomorrow|the weekend|summer|new year|another))',
    unless:
      '(?:in (?:this|my|the|that|a) (?:job|company|role|team|field|industry|career|relationship|city|town|country|place|band|club|school|course|department|sport)|at (?:this|my|the|that) (?:job|company|firm|school|place)|with (?:this|my|the|that|him|her|them) (?:company|job|team|partner|guy|girl)?|with (?:him|her|them)|here(?= \\.| ,|$)|for (?:this|the|that|our) (?:project|product|company|team|idea|relationship|business|plan)|for us(?= \\.| ,|$)|without (?:a degree|qualifications))',
  },
  {
    id: 'want_it_all_to_end',
    category: 'suicidal_intent',
    weight: 0.75,
    anchor: 'open',
    pattern:
      '(?:want|wanted|need|wish|wishing|hope|hoping|ready for|longing for) (?:it all|everything|all of it|all of this|my life|life|this life|it) (?:all )?to (?:end|stop|be over|finish)(?: forever| for good| permanently| now| already| tonight)?',
    unless:
      '(?:by|before|so (?:i|we) can|and then|quickly so|soon so|on a|on time|with|at (?:work|\\d+)|for (?:the|this) (?:day|week|year))',
    boost: { after: '(?:forever|for good|permanently|tonight)', weight: 1 },
  },
  {
    id: 'pain_never_ends',
    category: 'indirect_distress',
    weight: 0.45,
    anchor: 'open',
    pattern:
      '(?:(?:the|this|my) (?:pain|hurt|suffering) (?:will never|never|is never going to|is not going to|does not|will not|wont) (?:end|stop|go away|get better|ease)|(?:want|need|just want|make|wish) (?:it|the pain|everything|this|it all|the thoughts|the voices) (?:all )?(?:to )?(?:stop|end|be over|go away)(?: forever| for good| permanently)?(?= \\.| ,|$)|(?:want|need|just want|wish) (?:everything|it all|all of (?:it|this)) to (?:be over|end|stop)(?: forever| for good| already)?)',
    boost: { after: '(?:forever|for good|permanently|for ever)', weight: 0.8 },
  },
];

/** A message flags when the combined score (noisy-OR of adjusted weights) reaches this. */
export const FLAG_THRESHOLD = 0.75;

export const FILLER_PATTERN = FILLER;
