// Message-level signals of the offline classifier, over normalizeText() output. Two kinds:
//
// - Ingredients (means, acquiring or researching, a dangerous place, presence now, a time or
//   date, finality, farewell, relief-if-gone, accident cover): one alone says little ("bought a
//   rope", "on the roof terrace"); their combinations are how indirect intent is usually said,
//   so `COMBINATIONS` turns pairs into evidence.
// - Context (someone else's words, a story or the news, a past that is over, a professional
//   talking about work, a denial): dampeners applied to combinations and to the model.
//
// Both are also features of the statistical model, which learns how much each one counts.

const words = (list: string): string => `(?:${list})`;

const MEANS = words(
  'floors|storeys|jumping from|from (?:really |very )?high|hosepipe|hose|duct tape|tape|beam|ligature|belt|cord|cable|plastic bag|helium|car fumes|fumes|exhaust|weedkiller|antifreeze|pesticide|garden centre|the stuff|scripts?|prescriptions?|packets?|packs|shoebox|stash|months worth|enough of them|knot|hold my weight|roof access|highest building|tallest building|high enough|exhaust pipe|carbon monoxide|pills?|tablets?|meds|medication|medications|sleeping (?:pills|tablets)|painkillers|paracetamol|tylenol|ibuprofen|antidepressants|insulin|opioids|oxy|xanax|rope|noose|gun|rifle|shotgun|pistol|firearm|bullets?|blades?|razors?|razor blades|knife|knives|charcoal|bleach|poison|lethal dose|fatal dose|overdose|the whole (?:packet|bottle|box)|a bottle of',
);
const ACQUIRE = words(
  'bought|buy|buying|ordered|order|ordering|picked up|pick up|got hold of|get hold of|got my hands on|saved up|saving up|been saving|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|counted|counting|stashed|hidden|hid|kept|keep|have got|got|went to (?:three|two|four|several|different) (?:pharmacies|chemists|shops)|different (?:pharmacies|chemists)|from (?:different|several) (?:pharmacies|chemists)|ready|in my (?:bag|drawer|room|car|pocket|hand)|in front of me|on the table',
);
const RESEARCH = words(
  'timetable|train times|typed|asking for (?:me|myself)|(?:what|which) is the (?:highest|tallest)|to see how (?:high|tall|deep|far|fast|long)|check(?:ed|ing)? out the (?:bridge|roof|cliff|cliffs|building|tracks|car park)|looking up|looked up|look up|looking into|looked into|googling|googled|google|searching|searched|search|researching|researched|reading (?:up )?(?:about|on)|read up on|forums? about|how (?:many|much|high|long|tall|far|deep)|which (?:pills|tablets|meds|medications|drugs|bridge|building|method|dose)|what dose|is it enough|would it (?:take|be enough|hurt)|does it (?:take|hurt)|(?:think|know if|wonder if) it hurts|enough to|lethal|fatal|painless|do you need|would you feel|survive the fall|to make sure',
);
const PLACE = words(
  'estuary|gorge|footbridge|dual carriageway|hard shoulder|lorry lane|the junction|the express|viaduct|the drop|a drop|level crossing|crossing|freight|yellow line|canal|quarry|ring road|underpass|pier|harbour|harbor|multi storey|window ledge|open window|top of the|the edge|high up|up here|cliff path|motorway bridges?|bends|woods|forest|express trains?|fast trains?|(?:express|train|one) that (?:does|do) not stop|trains? that (?:does|do) not stop|bridge|roof|rooftop|ledge|cliffs?|cliff edge|edge of the|top floor|car park|multistorey|multi storey|balcony|railing|railings|train tracks|railway|tracks|platform|motorway|overpass|river|the sea|the water|lake|tower block|high building|tall building|fourth floor|tenth floor|pier|harbour wall|sea wall|dam|overpass|tower block|quarry|railings?|the line|the rails|rails|riverbank|river bank|the current|the tide|the sea|the lake|the river|the water|ledge|rooftop|the roof|balcony|cliffs?|the bridge|platform|car park|multi storey',
);
const PRESENCE = words(
  'sat on|sitting|stood|i step|step (?:a bit )?closer|legs dangling|dangling|parked on|looking (?:at|over|down)|for an hour|been (?:sitting|standing|here)|watching the|counting the|counting (?:them|trains)|i am (?:on|at|by|in|standing|sitting|up|out|near|parked|waiting)|standing (?:on|at|by)|sitting (?:on|at|by)|parked (?:up|by|at|near)|came up to|walked (?:up|out) to|drove (?:out )?to|right now|at the moment|looking down|legs over|over the (?:edge|side)|waiting (?:on|at|by|for) the|on the platform|by the tracks|working up the courage|courage|made it (?:to|up)|came (?:up |out |down )?(?:to|here)|climbed (?:over|up|onto|out)|up here|out here|down here|i am here|alone (?:here|tonight|up here|out here)|waiting (?:on|at|by|here|for the (?:train|tide|dark))|walked (?:into|along|out|in)|standing (?:here|next to|over|at the edge)|at the top of|on the edge|feet (?:hanging|over|dangling)|over the (?:fence|railing|rail|barrier|edge)|kept going|staring at (?:it|the water|the drop|the road|the tracks)',
);
const TIME = words(
  'this morning|this evening|today|this week|this month|bed|this is it|tonight|tomorrow|this weekend|the weekend|by (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the weekend|the end of|christmas|new year|next|tomorrow|then|morning)|on (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the \\d+(?:st|nd|rd|th)?)|next (?:week|month|year)|this time next|end of (?:the|this) (?:month|week|year)|after (?:my|his|her|the|christmas|new year|tonight|today|friday|sunday|\\w+ birthday)|before (?:christmas|my birthday|new year|the weekend)|christmas|my birthday|picked a date|a date|the day|in a (?:few|couple of) (?:days|weeks)|soon|the \\d+(?:st|nd|rd|th)',
);
const FINALITY = words(
  '(?:(?:my|a|the) will|passwords?|insurance|subscriptions|accounts|affairs|pension|notice|keys)(?: \\w+| ,| \\.){0,12} i am ready(?: now| to go(?: now)?)?(?: \\.|$)|nothing left to do but go|is (?:his|hers|yours|theirs) now|not planning on (?:sitting|taking|attending|being (?:here|around))|(?:will not|wont|not) be booking any more|no more sessions|it was my choice|when you hear|if i fall i fall|never open them again|(?:will not|wont|never) be (?:using|needing|wearing|playing|driving|reading) (?:it|them|this|these) (?:again|anymore)|(?:left|leaving) my (?:phone|wallet|keys)(?: \\w+){0,4} (?:and|with) a letter|(?:moving|move) away\\W+i am not|signed (?:my|the) \\w+ over|not (?:planning|going) to bring (?:it|them) back|now rather than later|while i (?:still )?can|before it is too late|none of this will (?:be|matter)|(?:my|a) problem anymore|(?:will not|not) be coming back|not coming back|it is done|it will be done|that is why|after that it does not matter|does not matter (?:after|anymore)|will not make it to|before i go|i am at peace|nearly done|(?:all|everything is) arranged|(?:the|my) last (?:\\w+ )?(?:christmas|birthday|summer|weekend|night|day|week)|ever again|(?:when|after|once) i am (?:gone|not around|not here)|do not worry about me (?:after|anymore|when|tomorrow|from now)|not long now|this is it|that is it|(?:is|will be|is going to be) (?:the|my) (?:day|night|date)|decided (?:that|on|when)|picked (?:a|the) (?:date|day)|will not (?:be (?:here|around|alive|a problem)|matter|need|see|hear)|not going to be (?:here|around)|not (?:be )?(?:here|around) (?:by|after|anymore|much longer|for long)|wont be (?:here|around)|be gone|i am gone|i am not around|i am not here|when i am not|after i am|no longer (?:be )?(?:here|around)|last (?:time|day|week|message|night|session|goodbye)|one last|never (?:see|talk|speak|hear|come back)|for good|forever|permanent|permanently|it (?:will|would) (?:all )?be over|all be over|that is it for me|it is over|the end|no point (?:in )?(?:setting|making|booking|planning)|there is no point|will not matter|would not matter|does not matter anymore|checking out|check out|tying up loose ends|loose ends|in order|not need (?:it|them|this|my)|will not need|where i am going|not (?:make it|be around) to',
);
const FAREWELL = words(
  'recorded a video for|a video for (?:my|her|him|them)|for when (?:she|he|they) (?:is|are) older|visiting everyone|visited everyone|look after yourself|do not be sad|when you hear|it was my choice|(?:did not|do not|didnt) tell them why|thanking (?:her|him|them|everyone|you) for everything|thank you before i go|wanted to thank you|saying goodbye|said what i needed to say|said my goodbyes|my goodbyes|letters (?:to|for) (?:my|each|everyone|all)|a letter (?:to|for) (?:each|everyone|all of)|wrote (?:everyone|them|my \\w+) (?:a )?letters?|stamped|note for|a note|goodbye|good bye|farewell|say bye|saying bye|thank you for everything|thanks for everything|thank you for (?:listening|trying|being)|i love (?:you|them|her|him) all|tell (?:my|them|her|him|everyone)|i am sorry for everything|sorry for everything|forgive me|none of this is (?:your|her|his|their) fault|not (?:your|her|his|their) fault|look after (?:my|her|him|them)|take care of (?:my|her|him|them)|letters? (?:to|for) (?:each|my|everyone|them)|wrote (?:letters|a letter|notes|a note)|one last time|see them one last',
);
const DISPOSE = words(
  'signed (?:my|the) \\w+ over|left my (?:phone|wallet|keys)|sticky notes on my (?:stuff|things)|who (?:it|they|each) goes to|given (?:my|him|her|them) (?:\\w+ )?(?:the|my)|gave (?:my|him|her|them) (?:\\w+ )?(?:the|my)|(?:the|my) keys|posted my|sent my (?:\\w+ ){0,2}to|(?:took|taking) my (?:wedding )?ring off|wedding ring|necklace|is (?:his|hers|yours|theirs) now|borrow (?:his|her|their) car|not (?:planning|going) to bring it back|do not need (?:them|it|these|my \\w+) anymore|with all (?:her|his|their) (?:food|things|toys)|(?:going to|gonna|will|is going to) live with (?:my|the|a|our) \\w+ (?:for good|permanently|from now on)|left my (?:cat|dog|pet|pets|kids|rabbit) with|gave (?:away|my|all|everything)|given everything|giving (?:away|my|all)|given away|give away|found a (?:good )?home for|new home for|rehomed|rehoming|sold (?:everything|all|my)|selling (?:everything|all)|paid off|sorted (?:out )?my (?:will|affairs|finances|things)|my will|passwords|life insurance|cancelled (?:all )?my|affairs in order|left instructions|cleaned the whole|he will get more use|she will get more use|have my (?:laptop|books|things|stuff|guitar|car)',
);
const RELIEF = words(
  'they can finally|finally live|simpler if i|easier if i|better none than|solve it for them|(?:will not|not) be my problem|relax|breathe|stop worrying|(?:stress|worry|worrying) about me (?:ever )?again|free without me|clean up after me|(?:sort|deal with|sort out) my (?:things|stuff|mess|debts)|left with (?:a|my) mess|no mess|be glad|get over it|give something back|feels? lighter|feels? quiet|feel (?:strangely |so )?calm|strangely calm|at peace|made peace|nobody (?:will|would|is going to) (?:have|need) to (?:worry|deal|look after|care|put up)|relieved|relief|better off|happier|easier (?:for|without)|free (?:of|from) me|be free|finally (?:be able to )?(?:relax|rest|breathe|be happy|be free)|without me|not have to (?:worry|deal)|no longer have to|stop worrying about me|lighter without|move on faster|remove myself|one less|weight off|(?:would|will) (?:throw a party|celebrate|party)|weight around|not have to worry about me|ever again',
);
const BURDEN = words(
  'taking up space|someone better could use|(?:or )?no (?:dad|mum|mom|father|mother|parent) at all|deserves? a (?:dad|mum|mom|father|mother|parent|partner) who is not me|one less mouth|one less problem|one less (?:thing|person|worry) (?:to|for)|black hole|sucks the|propping me up|the problem everyone|everyone has to solve|deserves? (?:a|someone|better)|anchor|stone around|dead weight|take and take|drag\\w* (?:\\w+ ){0,2}(?:down|under)|weight around (?:\\w+ ){0,3}necks?|constant weight|a mess like me|cost (?:my|the) \\w+ so much|only cost|burden(?! (?:on|to) (?:nobody|no one))|drain on|a weight|dead weight|waste of space|waste of (?:oxygen|air|skin)|drag (?:everyone|people|them) down|cost (?:everyone|them|people)|holding (?:everyone|them) back|make (?:everyone|them) miserable|in the way|a problem for',
);
const ACCIDENT = words(
  'drown|storm|alone in the|accident|accidental|accidentally|crash|crashed|car crash|lose control|swerve|swerving|slipped|slip|fell asleep at the wheel|forget to take|forgot to take|mix them up|bad luck',
);
// "Forget to take my ..." is a cover story only when it is meant ("i could just forget to take my
// insulin"); "I always forget to take my vitamins" is everyday talk about a habit.
const DISGUISE = words(
  '(?:people|they|everyone|everybody|my family|the police)(?: \\w+){0,2} (?:will|would|are going to|is going to) (?:just )?(?:think|assume|say|believe|guess|put it down to) (?:that )?(?:i|it was)(?: just)? (?:got tired|got a cramp|had a cramp|slipped(?! up)|fell(?! out| behind| for)|drowned|got lost|fell asleep|an accident|bad luck|the current|the weather|the ice|a cramp)|(?:the current|the tide|the cold|the water) (?:will|would|can) do the rest|(?:it will|it would|it is going to|will) look like (?:bad luck|i got lost|a cramp|i slipped|i fell|i got tired)|(?:be )?(?:down|recorded|put down|logged) as (?:a|an) (?:traffic )?accident|if i fall i fall|looks natural|look natural|people (?:drown|die|fall|crash|slip) (?:every|all the) (?:year|time|day|week)|looks? like i (?:lost control|slipped|fell|fell asleep|crashed|tripped)|would be an accident|(?:look|looks|seem|seems) like (?:just )?bad luck|(?:crash|accident|fall) would be easier(?: for (?:\\w+ )?\\w+)? than|than a suicide|think it was (?:a tragedy|an accident|just)|make it look|made it look|look like (?:an|a) (?:accident|crash|fall|mistake)|looks? accidental|look accidental|seem like an accident|think it was (?:an accident|bad luck|a mistake)|think it was just|nobody would (?:ever )?(?:know|question|suspect|guess)|no one would (?:ever )?(?:know|question|suspect)|never know it was|know it was not an accident|insurance (?:would|will) (?:still )?pay|insurance pays? out|pay out for|(?:just|could|can|will|would|might|gonna|going to|maybe|conveniently) (?:forget|forgot) to take my|accidentally take|accidentally on purpose',
);
// A farewell that needs nothing else: messages for the people left behind.
const FAREWELL_STRONG = words(
  'saying goodbye properly|(?:this|it) is me saying goodbye|goodbye properly|(?:this|it) (?:will be|is) (?:our|my) last (?:session|conversation|chat|talk)(?! (?:before|of|this|for|at|with|in))|(?:letter|letters|note|notes|passwords|instructions)(?: \\w+){0,6} (?:for|to) (?:my|them|her|him|everyone|the kids)(?: \\w+){0,3} (?:to find|will find|find it|when i|after i)|where (?:they|she|he|everyone|my \\w+) will find (?:it|them)|(?:for|to) (?:my \\w+|them|everyone|her|him) to find|(?:does not|do not|did not|they do not|she does not|he does not) know (?:it is|it was|this is|that this is) (?:the last|goodbye)|to say (?:i love (?:her|him|them|you)|goodbye)|tell (?:my|them|everyone|everybody|her|him)(?: \\w+){0,3} (?:that )?i (?:love|loved|am sorry|was sorry)|i love (?:you|them|u) all(?: \\w+){0,3} (?:and )?(?:i am )?(?:so )?sorry|i am sorry for everything|forgive me for (?:what|everything|this)|(?:it is|this is) not (?:your|her|his|their) fault|none of this is (?:your|her|his|their) fault|goodbye (?:everyone|everybody|forever|world)|(?:say|said|saying) goodbye to (?:everyone|you all|all of you|people)|they do not know (?:it is|its) goodbye|the last time (?:we|i|you) (?:talk|speak|will talk)|one last time|who gets what|look after (?:my|the) (?:kids|children|dog|cat|pets) (?:if|when|after)',
);
// Not trusting oneself tonight.
const UNSAFE = words(
  '(?:scared|afraid|worried|terrified) (?:i will|ill|i might|i am going to|of what i might|of what i will) (?:act on it|do it|do something|go through with it|not stop)|(?:do not|can not) trust myself(?: to be safe| tonight| anymore)?|not safe (?:with myself|from myself|tonight|alone)|(?:the )?(?:voice|voices|thoughts) (?:keep )?(?:telling|tell) me to (?:do it|end it|kill|jump|die)|act on (?:it|the thoughts|them) (?:tonight|soon|this time)',
);
// Already taken.
const INGESTED = words(
  '(?:swallowed|took|taken|downed) (?:a load|loads|a handful|handfuls|a bunch|a whole lot) of|(?:took|taken|swallowed|downed|drank) (?:everything|all of them|all my|the whole|a whole|way more than|more than i should|a lot of (?:pills|tablets|my)|too many|all the (?:pills|tablets))|(?:feeling|feel|i am) (?:dizzy|sleepy|drowsy|sick) (?:after|from) (?:the pills|taking|them)',
);
// Getting means without anyone noticing.
const SECRECY = words(
  'where nobody (?:goes|will find|can see|would find|looks)|where no one (?:goes|will find|can see)|so (?:nobody|no one|they|the pharmacist|the chemist|my doctor|people) (?:would|will|does|do|did)? ?(?:not )?(?:notice|ask|suspect|question|know|get suspicious)|(?:will|would) not notice|nobody (?:will|would) notice|without anyone (?:noticing|knowing)|(?:lied|lie) to (?:my|the) (?:doctor|gp|pharmacist)|different (?:chemists|pharmacies|shops)|(?:two|three|four|several) (?:chemists|pharmacies)|a packet every day|from (?:his|her|their|my \\w+) cabinet',
);
// How much is enough.
const LETHALITY = words(
  'least painful|how long (?:to|does it take to|until you) (?:bleed out|die|drown|pass out|lose consciousness)|bleed out|asking for (?:me|myself)|would it take|does it take|too (?:much|many) for (?:someone|a person|me)|(?:how|what) (?:many|much)(?: \\w+){0,4} (?:would|does|to) (?:it take|kill|be fatal|be lethal|be enough)|enough to (?:not wake|die|kill|end|stop)|to not wake up|lethal|fatal|painless|hurt or do you|do you (?:just )?(?:fall asleep|feel anything)|would you feel|what happens if you take|survive the fall|make sure you (?:do not|dont) survive',
);
const FUNERAL = words('my (?:own )?funeral|my own death|my grave|my memorial|after i die|when i die(?! of)');
// The decision is made.
const PLAN = words(
  '(?:made the call|decided|settled on)(?: that)? (?:i am (?:going to|gonna) |i will |to )?(?:end|ending) (?:things|it all|it|my life|everything)(?! with| for| on| early| up| off| at)|(?:already |have )?(?:decided|chose|chosen|picked|fixed|set) (?:on )?(?:the|a|my) (?:day|date|night)(?: already)?(?: \\.| ,|$)|the (?:day|date|night) is (?:chosen|decided|fixed|set|picked)(?: \\.| ,|$)|going to do it|i know what i am planning|what i am planning|decided how this ends|how this ends|waiting for the house to be empty|the nerve|the guts|have the guts|i have everything i need|it is decided|my plan is|taking notes|the right spot|the right moment|know how (?:it|this|all this) ends for me|made peace with (?:it|dying|leaving|my decision)|know (?:exactly )?(?:how|when|where) i (?:would|will|am going to|want to) do it|(?:worked|figured) out (?:how|when|where)|(?:everything|it) is (?:planned|arranged|sorted|ready)|(?:since|now that|once) i (?:have )?(?:made|took) (?:the|my) decision|now that i (?:have )?decided|i have (?:made|taken) (?:the|my) decision|made up my mind|i have (?:a|my) plan|(?:picked|chosen|chose|set) (?:a|the) (?:date|day|method|way)|i have decided (?:how|when|that|on)',
);
// Death as the better option.
const DEATH_BETTER = words(
  '(?:idea|thought|dream|prospect) of (?:just )?(?:never|not) waking up(?: again| tomorrow)?(?! (?:at|to|early|before|until|till|with|in|on|for))|not (?:afraid|scared) of (?:dying|death) anymore|has me (?:still )?in it|without me in it|(?:a|any) (?:future|way through) (?:that|which|with) (?:has )?me (?:still )?in it|only way (?:this|it|the pain|everything) (?:stops|ends|will stop|will end) is (?:if|when|for) (?:i|me)|(?:dying|death|being dead|not being alive|not existing|not waking up) (?:would be|is|seems|feels|has to be|sounds) (?:so )?(?:better|easier|preferable|a relief|kinder|the answer|the only (?:way|option|answer|solution|exit)|peaceful|like the only)|prefer (?:to be|being) dead|rather not (?:exist|be alive|wake up)',
);
// Not much time left.
const COUNTDOWN = words(
  '(?:will not|wont) be long now(?: \\.|$)|not (?:much|long) longer now(?: \\.|$)|(?:will not|do not think i will|not going to|i will not) be (?:around|here|alive) to see|(?:do not|not) plan(?:ning)? to be (?:around|here|alive) (?:after|by|for|past|much)|not going to make it (?:to|past|through|until)|(?:will not|not going to) (?:make it|be here|be around|be alive) (?:to|past|until|till|for|by) (?:christmas|my birthday|the weekend|next|friday|saturday|sunday|monday|the end|new year|tomorrow|the \\d+)|not long now|(?:will|would) all be over soon|it will be over soon|(?:will not|not going to) be (?:a problem|a bother|a burden|here|around|bothering (?:you|anyone)) (?:for )?(?:much|any) longer|(?:will not|not going to|do not) have to (?:put up with|deal with|worry about) me (?:for )?(?:much|any) longer|soon i (?:will not|wont) (?:bother|trouble|be a burden|be a problem)',
);
// Hoping to die without acting.
const PASSIVE_WISH = words(
  'if (?:a|the) (?:bus|car|train|truck|lorry|plane)(?: \\w+){0,3} (?:hit|hits|ran over|runs over|went down|goes down|crashed|crashes)(?: me)?(?: \\w+| ,){0,5} (?:i would|i will|i) (?:\\w+ )?(?:be )?(?:grateful|relieved|glad|thankful|not (?:even )?(?:mind|be upset|care))|if i (?:got|get|was|were) (?:hit|run over) by (?:a|the) (?:bus|car|train|truck|lorry)(?: \\w+| ,){0,6} (?:i would|i will|i) (?:\\w+ )?(?:be )?(?:grateful|relieved|glad|thankful|not (?:even )?mind)|(?:hoping|hope|wish|pray|praying) (?:that )?i (?:do not|would not|will not|never|dont) wake up(?! (?:at|before|until|till|early|in time|late|so|with|on|to|for))(?: \\w+| ,){0,6} (?:grateful|thankful|relieved|glad|a gift|a relief)|if i (?:got|had|get) a terminal (?:diagnosis|illness)(?: \\w+| ,){0,3} (?:i would|i) (?:\\w+ )?(?:be |feel )?(?:relieved|grateful|glad)|if i fall i fall|close my eyes and never open them|never open (?:them|my eyes) again|not taking a map|if it happens it happens|stopped wearing (?:my|a) seatbelt|without looking on purpose|(?:want|wanted) (?:it|something) to (?:happen|hit me)|(?:would not|will not|would never) (?:get|seek|have|accept) (?:any )?treatment|refuse treatment|(?:hope|hoping|pray|praying|wish) (?:that )?(?:i|something|a bus|a car|the plane) (?:get|gets|got|would|will|happens|hit|hits|crash)|would not mind if (?:i|my plane|the plane|something)|(?:hope|hoping) (?:a|the) (?:bus|car|train|truck|lorry) (?:hits|would hit|will hit)|praying this is it|praying (?:i|that i) (?:do not|never) wake',
);
// Asking how to help someone else: the writer is the one who worries, not the one at risk.
const CONCERN = words(
  'what (?:do|should|can) i do|how (?:do|can|should) i (?:help|support|bring|talk|reach|approach|handle)|(?:worried|scared|concerned|afraid|terrified|panicking) (?:about|for) (?:him|her|them|my|a|our)|should i (?:call|tell|be worried|say)|i (?:called|rang) (?:the|his|her|their|999|911|112|an ambulance|the police)|(?:support|help) (?:him|her|them) (?:at|with|through)',
);
// Joking, said as such.
const HYPERBOLE = words(
  'dying to (?:tell|know|see|try|hear|meet|start|get|go|find out|show|share|read|watch|visit)|suicide (?:squats|sprints|runs?|doors|drills|burpees|shifts?|mission)|(?:social|financial|political|career|commercial) suicide|(?<!wish i )(?<!wish that i )could sleep (?:forever|for (?:a |days|weeks|ever|a year|a week|a month))|(?:die|dying|died) of (?:cringe|embarrassment|boredom|laughter|shame)|(?:sees|finds out|hears|catches)(?: \\w+){0,3} i am (?:so )?dead|destroyed me|i am dead tired|dead tired|i am so dead|if they make me|if i have to (?:hear|sit|do|watch|redo|read|attend)',
);
// Laughing it off: "lol", "haha", "jk" sit next to idioms and next to real intent alike
// (people mask a crisis with them), so they only soften the indirect evidence, never the
// writer's own plain words.
const LAUGHTER = words('joking|just kidding|kidding|jk|haha\\w*|hehe\\w*|lmao\\w*|lmfao|rofl|lol\\w*');
// Said plainly, in words the phrase families do not spell: non-native and clipped phrasing.
const PLAIN_INTENT = words(
  '(?:going to|gonna|will|plan to|planning to|about to|ready to|want to|wanna) (?:jump|hang myself|overdose|od|drown myself)(?= (?:tonight|today|tomorrow|now|right now|soon|this (?:week|weekend|evening|morning|time))| \\.|$)|(?:my )?life is finish(?:ed)?(?= |$)|(?:do not|can not) see (?:a |any |the )?reason to (?:continue|go on|live|keep going|carry on)|i am not meant to be (?:here|alive)|i was never meant to be (?:here|alive|born)|(?:want|wish|wanna|decided|hope) (?:that )?my life (?:ends|to end|end|finishes|to finish|is over)|finish (?:with )?my life|(?:not|no) (?:want|wanna|wish) (?:to )?(?:stay|live|be) (?:in this world|alive|more|anymore|on this earth|here more)|not possible for me (?:to )?(?:continue|go on|keep)(?: \\w+)? (?:living|to live|alive)|(?:think|thinking) to (?:kill|end|die)|to kill me(?= \\.| ,|$| it| because| i(?![a-z]))|(?:wish|wanting|desire) to die|(?:exhausted|tired|weary|sick) (?:from|of) (?:being alive|living|existing|being me)|(?:ready to|going to|want to) stop (?:trying to stay alive|fighting to stay alive|living|breathing)|stop (?:trying to|fighting to) stay alive|is better (?:to die|i die|if i die|i am dead)|better i (?:am|was) dead|want (?:to )?(?:unalive|ctb)|my life (?:is|has) no (?:more )?(?:sense|meaning|point)',
);
// Hypothetical absence and whether anyone would notice.
const GONE_IF = words(
  '(?:if|when|once) i (?:died|die|disappeared|was gone|were gone|vanished|killed myself|was dead|were dead|am gone|am dead|stopped existing|did not wake up|was not here|am not here)',
);
const NOTICE = words('notice|care|miss me|cry|come to my funeral|be sad|even know');
// Hidden self-harm.
const HIDDEN_HARM = words(
  '(?:keep|carry|have|keeping|carrying) (?:a|my) (?:razor|blade|sharpener blade|knife|compass)(?: \\w+){0,5} (?:just in case|in case|for emergencies|for when|if i need)|something sharp on me|hid(?:e|ing)? (?:the|my) (?:blades?|razors?|cuts|scars|burns|marks)|blades? in my (?:pencil case|bag|drawer|room|wallet|pocket)|(?:the )?marks on my (?:arm|arms|legs?|wrists?|thighs?)(?: \\w+){0,2} (?:were|are|was) from|(?:hot|heated) (?:spoon|knife|metal|lighter) (?:against|on|to) my|against my (?:arm|skin|wrist|leg|thigh) (?:again|until)|(?:arms|legs|thighs|wrists) are a mess|from sh(?= |$)|pressed the blade',
);
// Hurting oneself, said in the body's words.
const SELF_HURT = words(
  '(?:scratched|scratching|scratch|cut|cutting|carved|carving|burned|burning|burnt|burn|bit|bite|biting|punched|punching|punch|hit|hitting|bang|banging|picking at|pick at|dig|digging)(?: \\w+){0,3} (?:my|myself)(?: \\w+){0,2} (?:wrists?|arms?|thighs?|legs?|skin|hand|knuckles|head|face|stomach|hips?) (?:with|until|till|on purpose|deliberately|again|raw|so)|on purpose so (?:it|my \\w+) (?:would )?hurt|until (?:it|i) (?:bleeds?|bled|hurts|see stars)|where (?:my|the) \\w+ hides it|to feel the (?:burn|pain)|(?:arms|legs|thighs|wrists) are raw',
);
// Knowing where the means are.
const ACCESS = words(
  'know where (?:the|he|she|they|mum|mom|dad|my \\w+)(?: \\w+){0,3} (?:key|keys|code|keeps|hides|kept)|(?:the )?(?:key|code) to the|access to (?:the )?(?:drugs|pills|meds|medicine|gun|guns|cabinet)|(?:keep|kept) (?:staring|looking) at|all i (?:can )?think about|on my mind|can not stop thinking about (?:it|them)',
);
// Keeping the purpose back.
const EVASIVE = words(
  '(?:did not|didnt|do not) tell (?:them|him|her|anyone) why|told (?:him|her|them) i am (?:moving|going) (?:away|abroad)|(?:she|he|they|everyone|mum|dad|my \\w+) (?:thinks?|believes?) (?:it is|i have|i am|i got|i will)|(?:does|do) not need to know|nobody knows|no one knows|without anyone realising|nobody realises|(?:do not|not|you do not|you would not)(?: really)?(?: want to)? (?:talk about|say|know|tell you|ask)(?: about)? what (?:it is |they are )?for|not saying what|do not ask|for me not the|you do not want to know|what i need (?:for tonight|now)|everything i need|(?:she|he|they) (?:does not|do not|did not) know(?: \\.)?$',
);
// Rehearsing a method.
const RUMINATION = words(
  '(?:keep|can not stop|always) (?:picturing|imagining|thinking about|daydreaming about|seeing) (?:myself )?(?:stepping|jumping|going over|swallowing|the drop|falling|hanging|driving|walking into)|think about (?:going over|jumping|stepping off|the drop)|daydream(?:ing)? about (?:swallowing|jumping|dying|the drop|not)',
);
// Words about dying or self-harm at all.
const DEATH_WORDS = words(
  'ghost|exit|not be around|stay asleep|not wake|my body to (?:just )?stop|stop eating|alive next year|afraid of dying|drown|drowning|overdose|die|dying|dead|death|died|suicide|suicidal|kill|killing|killed|funeral|gone|alive|exist|existing|unalive|end it|end my|ending it|overdose|cut|cutting|burn|burning|hurt myself|harm|blood|bleed|jump|hang|wake up|not here|disappear|vanish|over for me|pointless|no point|give up|goodbye|last',
);
const THIRD_PERSON = words(
  '(?:my|our|a|his|her|their|the) (?:friend|friends|best friend|brother|sister|mum|mom|mother|dad|father|son|daughter|uncle|aunt|cousin|grandma|grandad|grandpa|grandmother|grandfather|partner|boyfriend|girlfriend|husband|wife|colleague|colleagues|coworker|coworkers|client|clients|patient|patients|pupil|pupils|student|students|flatmate|roommate|neighbour|neighbor|nephew|niece|teammate|manager|boss|kid|child|teenager|teenage son|teenage daughter|caller|singer|actor|actress|author|footballer|celebrity|classmate|player|guy|girl|boy|man|woman|person|mate|buddy|ex|teen|stepson|stepdaughter|fiance|fiancee|team member)(?: \\w+){0,4} (?:s been|been (?:cutting|self harming|hurting|harming|burning|suicidal|talking|saying|struggling|stockpiling|giving)|said|left|leaves|bought|googled|searched|overdosed|attempted|jumped|threatened|threatens|threatening|hinted|drew|is on|was on|is giving|believes|thinks|feels|says|told|tells|keeps (?:saying|talking|cutting|hurting|giving)|kept (?:saying|talking)|has been|had been|is (?:suicidal|self harming|cutting|talking|saying|struggling|in hospital)|was (?:suicidal|self harming|cutting|found)|wants|wanted|tried|took (?:his|her|their)|took too many|gave (?:away|me|all)|wrote|stood|mentioned|posted|texted|died|killed|hurts|hurt (?:himself|herself|themselves)|cuts|burns|self harms|who (?:keeps|is|has|said|wants|tried|cuts)|looked like|seems|talks about|talked about)|(?:he|she|they) (?:said|says|told|keeps (?:saying|talking|cutting)|kept saying|has been|had been|is (?:suicidal|self harming|cutting|talking|struggling)|was (?:suicidal|found)|wants to|wanted to|gave (?:away|me)|wrote|stood|tried|took (?:his|her|their|too many)|mentioned|posted|texted|feels like)|(?:worried|scared|concerned|afraid|terrified|frightened) (?:about|for) (?:my|a|our|him|her|them|someone)|(?:help|support|talk to) (?:my|a) (?:friend|brother|sister|son|daughter|partner|colleague|coworker|flatmate|student|pupil|dad|mum|mom)|one of my (?:pupils|students|clients|patients|friends|team|colleagues)|lost (?:a|my|our) \\w+ to suicide|(?:his|her|their) own life|(?:himself|herself|themselves)',
);
const FICTION = words(
  'thriller|crime novel|whodunnit|detective story|novel|novels|(?:the|a|this|that|reading a|reading the|in the|my favourite) book|book club|film|films|movie|movies|(?:tv |the |a |that |this )series|season \\d+|episode|the show|a show|tv show|tv|documentary|podcast|song|songs|lyrics|album|poem|poetry|short story|(?:a|the|my) story|stories|chapter|scene|screenplay|script|(?:the|a) play|character|characters|protagonist|narrator|hero|heroine|villain|plot|fandom|anime|manga|comic|lore|memoir|fiction|article|the news|news|headline|report|reported|museum|exhibit|history lesson|essay|literature|book club|english class|true crime|13 reasons',
);
const PAST = words(
  '(?:thoughts?|urges?|feelings?|urge|it|they|that) (?:went away|faded|passed|eased|lifted|stopped)|(?:went|have gone|are gone|is gone) away (?:with|after|when|once)|behind me now|(?:is|are|it is) (?:all )?behind me|came out the other side|out the other side|(?:come|came) (?:a long way|so far) from|long way from (?:wanting|being|the)|(?:so |really )?(?:glad|grateful|thankful) (?:every day )?(?:that )?i (?:did not|never|am still|stayed|held on|reached out)|(?:ended|stopped|changed) when i (?:got|found|started|changed|moved)|(?:period|phase|chapter|time) (?:ended|is over|was over)|long over|in remission|(?:\\d+|two|three|four|five|six|ten|many) (?:years|months) (?:clean|free|later|on)|it has been (?:\\d+|two|three|four|five|six|ten|many) (?:years|months)|years ago|year ago|months ago|a long time ago|long ago|ages ago|used to|back then|back in|there was a time|at my lowest|my lowest point|when i was (?:a teenager|a teen|younger|a kid|at uni|in school|in my|\\d+)|as a teenager|in my (?:teens|twenties|early twenties|late teens|thirties)|in (?:19|20)\\d\\d|after my attempt|since my attempt|since i (?:was in hospital|last|tried|attempted)|(?:years|year|months) since|survived|survivor|recovered|recovery|in recovery|clean (?:for|from|since)|free (?:from|of) (?:self harm|cutting|sh)|(?:self harm|sh|cutting|relapse) free|years free|years clean|got (?:real )?help|therapy (?:helped|saved|and)|got me through|proud of how far|how far i have come|i am (?:in a good place|in a better place|doing (?:well|better|so much better|great)|thriving)|doing (?:well|much better|so much better) now|glad i (?:survived|am still here|got help)|now i (?:am (?:happy|well|doing|in a|ok|okay|thriving|better|grateful|proud|a)|share|coach|help|work|volunteer|run)|today i am (?:genuinely |so |really )?(?:happy|well|good|ok|okay|thriving|proud|grateful|doing)|life is good now|not anymore|anniversary|milestone|celebrating|marks (?:\\w+ )?years',
);
const PROFESSIONAL = words(
  '(?:writing|write|wrote|make|making|made|do|doing) safety plans|safety plans with|suicide prevention|(?:i am|as) a school counsellor|school counsellor|a pupil disclosed|disclosed self harm|followed (?:the )?procedure|as an? a e (?:doctor|nurse|consultant|registrar)|a e (?:doctor|nurse|consultant)|supervise|junior doctors|doctors on how|nurses|trainees|teach (?:people|staff|students|nurses|doctors)|a e nurse|treat (?:self harm|overdoses|patients)|as an? (?:therapist|nurse|psychologist|psychiatrist|gp|doctor|counsellor|counselor|social worker|paramedic|police officer|teacher|coach|researcher|volunteer|manager|a&e nurse|psychiatric nurse|school counsellor|firefighter|clinician)|i am an? (?:therapist|nurse|psychologist|psychiatrist|gp|doctor|counsellor|counselor|social worker|paramedic|police officer|teacher|coach|researcher|volunteer|psychiatric nurse|clinician|firefighter|pharmacist|midwife|chaplain|coroner)|i work (?:on|at|for|in) (?:a|the) (?:crisis|helpline|hotline|hospital|ward|clinic|a&e|school|charity|mental health|practice|prison)|i work with (?:people|clients|patients|young people|teenagers|veterans|students|suicidal)|i volunteer|my (?:shift|phd|research|lab|thesis|caseload|grant|patients|clients|callers|pupils|students|trainees)|volunteering|helpline|hotline|crisis line|samaritans|a caller|callers|prevention|postvention|awareness|(?:a|the|some) training|training (?:on|for|about|in)|workshop|policy|mental health first aid|safeguarding|warning signs|risk assessment|assess (?:suicide |self harm )?risk|safety planning|research(?:es|ing)? (?:on|into|how|about) (?:suicide|self harm|overdose|how people)|researcher|researchers|(?:we are|i am) studying|charity|give talks|giving a talk|(?:a|my|the) talk (?:on|about)|talks (?:on|about|in schools)',
);
const NEGATED = words(
  'no (?:thoughts|plans|intention|intentions) (?:of|to|about)|not thinking (?:of|about) (?:suicide|ending|killing|hurting)|not suicidal|never (?:thought about|hurt|kill|harm|do)|would never (?:hurt|kill|harm|do|end|try)|no (?:plans|thoughts|intention)|not going to (?:do|hurt|kill|harm|end)|not going anywhere|i am safe|but i am safe|do not want to (?:die|kill|hurt|end)|not (?:want|planning) to (?:die|kill|hurt)|nothing stupid|i meant|just (?:venting|a bad day|joking|kidding)|do not worry , i am (?:fine|ok|okay|safe|not)',
);

// Distress said in the writer's own words: death or harm wording, hopelessness, being a burden,
// relief if gone, not being here, goodbyes to the people close to them. An ingredient (a
// means, a place, a date, a plan, a goodbye at work) counts only next to one of these or when
// the model, which has read a great deal of everyday coaching talk, backs it.
const DISTRESS = words(
  [
    'die|dying|dead|death|suicide|suicidal|kill myself|killing myself|unalive|overdose|od|my funeral|not wake up|never wake up|stay asleep|end it|end it all|ending it|end my life|take my life|my life is (?:over|not worth|pointless|a mess)|end things|end everything|not exist|stop existing|not be alive|alive anymore|be alive',
    'hurt myself|hurting myself|harm myself|harming myself|self harm|cut myself|cutting myself|cutting again|burn myself|burning myself|made (?:it|myself) bleed|until (?:it|i) bled|bleeding (?:again|a lot)|scars?|punch(?:ed|ing)? (?:the|a) wall|knuckles|hit myself|hitting myself|starv(?:e|ing) myself',
    'no more want (?:to )?(?:live|living|be here|exist)|(?:i have |i )?stopped fighting (?:it|this)(?: anymore)?(?= \\.| ,|$)|no longer want (?:to )?(?:live|living)|nothing (?:is going to|will ever|will) get better|(?:done|finished) trying|stop waking up|stop being here|hopeless|worthless|no way out|no reason to (?:live|go on|keep going|stay|be here)|can not go on|can not do this (?:anymore|any more|much longer)|can not keep (?:doing this|going)|nothing left|no future|pointless|no point (?:in )?(?:living|anything|trying|going on|anymore|being here)|give up on (?:life|everything|myself)|tired of (?:living|life|everything|being alive|being me|existing|fighting)|empty inside|numb|nothing matters|what is the point|i hate myself|hate my life|hate being alive|a disappointment|a failure|waste of space|waste of (?:oxygen|air)',
    'better off (?:without me|dead|if i (?:was|were) (?:gone|dead|not here))|without me|deserves? (?:better|someone better|a better)|propping me up|(?:a|such a|the) burden(?! on (?:nobody|no one))|burden (?:on|to) (?:everyone|everybody|my|them|people|the)|dead weight|drag(?:ging)? (?:everyone|them) down|deal with me|worry about me|be free of me|can finally (?:live|be happy|relax|breathe|rest|move on)|nobody (?:would|will|is going to) (?:care|miss)|no one (?:would|will) (?:care|miss)|notice if i (?:was|were|died|disappeared|was gone|did not wake)|(?:would|will) not (?:miss|notice) me|miss me',
    'the voices?|voices (?:say|tell)|the thoughts|it was my choice|when you hear|do not be sad|before i go|(?:will not|not going to|wont) be alive|no longer (?:be )?(?:here|around)(?! (?:on|at|in|for|from|after|next|this))|already gone|when i am not|never (?:see|talk to|speak to|hear from) (?:you|them|her|him|me) again|do not hear from me|one last (?:time|goodbye|message)|after that it does not matter|does not matter anymore|it will (?:all )?be (?:over|done)|(?:this|it) will (?:all )?be over|all be over|it is over for me|none of this will matter|what happens happens|if it happens it happens|forgive me|i am sorry for everything|i love you all|letters (?:to|for) (?:my|each|everyone|all)|a letter (?:to|for) (?:each|everyone|all of)|for when (?:she|he|they) (?:is|are) older|make it (?:to|through) (?:my|the) (?:\\d+\\w*|birthday|christmas|summer|new year)|not make it to|my last (?:christmas|birthday|summer|new year)|last christmas|end of me|make sure nobody|working up (?:the|my) (?:courage|nerve)|(?:have|had|find|found|get|got|need) the (?:guts|nerve|courage)|right spot|right moment|leaning over|the drop is|i am not moving|(?:want|going|about) to go in|counting the gaps|(?:someone|somebody|anyone) to know|(?:so|really|it is|feels) (?:quiet|peaceful|calm) (?:up )?(?:here|tonight|now)|remove myself|take myself out|out of the (?:picture|equation)|solve it for them|bring it back|is (?:his|hers|theirs|yours) now|rather than later|know what i am planning|how people do it|taking notes|on purpose|the other ways|(?:will|would) not see (?:it|christmas|january|the new year|my birthday|next \\w+|them grow)|(?:be|is) my problem anymore|not (?:be )?in them|a mess like me|assume it was (?:a mistake|an accident)|the last time i will|at peace with it|what i needed to say|know (?:it is|its) goodbye|last time we will (?:talk|speak)|picked a date|most dangerous|permanent damage|more use out of them than i|calm knowing|stockpil\\w*|quite a lot now|in front of me|\\w+ be free if i|grow up happier|(?:not|never|being|be|stay|staying|still|were not|was not|is not) alive|alive (?:next|by|at|anymore|much|through)|through the (?:night|weekend|week) alive|never (?:woke|wake) up|did not wake up|ghost|no fight left|let(?:ting)? go (?:tonight|for good|of everything|of life)|stop fighting|counting down (?:the days|until)|not many (?:days )?left|(?:not|me not) being in it|never (?:have to )?see me again|who (?:it|each thing|they) goes? to|who gets (?:what|my)|i know why i am doing it|saying goodbye properly|clean up after me|nobody has to|so i have enough|have enough now|in case i need (?:it|them)|swimming out|swim out|forums? (?:said|say)|\\w+ worth (?:saved|stashed|hidden)|house to be empty|keys in it|a letter on the (?:table|bed|side)|will not be booking|no more sessions|not (?:going to )?need (?:a|another|the) (?:next )?session|look after yourself|wrote (?:everyone|each of them|them all) (?:a )?letters?|just (?:wanted|thought i would|needed) to (?:tell|message|text|talk to) (?:someone|somebody|anyone)|message someone first|legs (?:dangling|over)|over the edge|looking (?:down|over the edge)|how (?:far|high) (?:down|up) it is|step (?:a bit )?closer|closer to the (?:edge|yellow line|tracks)|door was unlocked|nobody knows (?:where i am|i am here)|done fighting|tired of fighting|can not fight (?:this|it) anymore|(?:will|would) not matter|does not matter anymore|my note|a note for|wrote (?:a|my) note|suicide note|goodbye (?:letter|letters|note|notes)|nobody asked|no one asked|nobody noticed|without anyone noticing|i (?:had )?lost them|on my mind (?:all|every)|thought about it (?:every|all)|every night this week|can not stop thinking about (?:it|the|how)|strong enough|hold my weight|drift off|not sure why i am telling you|deeper this time|cut again|relapsed|let (?:my|them|her|him) (?:\\w+ )?know i (?:am sorry|love)|tell (?:my|them|her|him) (?:\\w+ )?i (?:am sorry|love)|swallowed',
    // Clipped and non-native ways of saying there is no reason to live, and self-harm in the body's words.
    '(?:had|have) enough of (?:life|living|this life|being alive)|end of the road|no (?:reason|reasons) (?:for|to) (?:live|living|stay)|no see (?:a )?reason|(?:no|not) want (?:to )?live|(?:life|my life) (?:has |have )?no (?:more )?(?:sense|meaning|point)|no more (?:sense|meaning) (?:in|for) (?:me|my life|life)|i (?:will|want to|wanna|am going to|gonna|go to) kill me(?= |$)|never (?:supposed|meant) to be (?:here|alive|born)|fade away (?:permanently|for ever|forever|for good)|waiting to stop|carv(?:ed|ing|e) (?:\\w+ ){0,2}into my|(?:held|hold|holding|pressed|press) (?:the|a) (?:hot|lit|burning) \\w+ (?:against|to|on) my|(?:every|all the|all my) (?:pills|tablets|painkillers|packets?)(?: \\w+){0,3} into one|more than enough (?:pills|tablets|painkillers)|enough (?:pills|tablets|painkillers) for what i need',
    // An ending said quietly, with no death word: reasons run out, days counted, no "after".
    'ran out of reasons|out of reasons to|no reasons? (?:left|to stay)|counting (?:the|down the) days (?:until|till) i|waiting to (?:stop|die|go|be gone)|(?:want|wanna|like) to not be(?: here| anymore| alive)?|not be anymore|worn out from (?:being alive|living|life|existing)|no fixing me|beyond (?:fixing|saving|help)|switch (?:off|myself off) (?:for ever|forever|for good|permanently)|there will not be an after|no after for me|after that i am (?:done|gone|finished)|not sure i am going (?:home|back)|(?:not|never) going home|pockets full of stones|stones in my pockets|the last thing to (?:sort|do)|nothing left to (?:do|sort|hold)|nothing to hold on to|(?:to|for) (?:good|ever|forever)(?: now)?$|take myself out|check out of life|out of (?:life|this world)|leave this world|leave for good|go for good|(?:welcome|want) (?:it|death) if my heart|my heart (?:would |could )?just stop',
  ].join('|'),
);

// Not being here, or everything being settled, with no reason given: a distress cue unless the
// message gives an everyday one (a trip, a move, work), as "by friday i will not be here , i am
// on holiday" does.
const ABSENCE = words(
  '(?:will not|wont|wot|never) hear from me|(?:will not|wont|not going to|do not plan to|not planning to|do not intend to) be (?:here|around)|not be (?:here|around)|you (?:will not|wont) see me|(?:it is|everything is|everything s|all) (?:all )?(?:sorted|arranged|in order|taken care of|handled|settled|dealt with|squared away)|my last message|last message (?:from me|you will get)',
);

// An everyday reason for being away, giving things up or saying goodbye.
// The everyday reading ruled out by the writer ("my last day is friday . not at work", "exit
// strategy and i do not mean from my job", "not the travel kind"): the very thing an errand
// would explain, kept back on purpose.
const DENIED_ERRAND = words(
  '(?:do not|dont|did not) mean (?:from|at|with|in|on|for|a|the|my)(?: \\w+){0,2} (?:job|work|company|office|career|school|uni|team|beach|holiday|trip|travel|travelling|traveling|vacation)|not the (?:job|work|career|travel|travelling|holiday|trip|office|beach) (?:kind|sort|type)|(?:it is |and )?not (?:at|from) (?:work|my job|the job|the office)(?: \\.|$)|no (?:it is not|i do not mean) (?:from|at|about) (?:my|the) (?:job|work|company)',
);

const MUNDANE = words(
  '(?:leaving|left|leave) home|empty nest|(?:walk|walking|hike|hiking) (?:the|along the|up the) (?:\\w+ )?(?:path|trail|ridge)|coast path|this summer|next summer|leg day|arm day|workouts?|sore|stretch(?:es|ing)?|physio|retir(?:e|ed|ing|ement)|lawn ?mower|mower|tattoo|piercing|the vet|bungee|skydiv\\w*|parachut\\w*|zip ?line|roller ?coaster|cliff diving|backpacking|the views|stunning|scenery|cafe|the shed|diving|the launch|product launch|the band|my band|backpacking|interrail|road trip|city break|propose|proposal|engaged|engagement|honeymoon|anniversary|date night|sightseeing|tourist|museum|hiking trip|photography|bike ride|cycling|road race|triathlon|the kids|school run|homework|renovation|renovating|decorating|painting the|rehearsal|audition|volunteering|retreat|workshop|seminar|course work|dissertation|thesis|for today|that is all for now|my goals|goals|resignation|all hands|chocolate|pasta|snacks|groceries|prices|reschedule|exams?|exam season|revision|parental leave|sick leave|study leave|move the session|move our session|skip (?:the|a|next) session|for now|great session|good session|talk soon|next time|skiing|snowboarding|surfing|swimming|diving board|swimming pool|the pool|beach|satellite|fixing|repairing|installing|with (?:my )?(?:friends|mates)|climbing|bouldering|abseil\\w*|sailing|camping|kayak\\w*|fishing|cooking|kitchen knives|knife (?:set|skills)|chef|recipe|shave|shaving|cleaning the|clean the|bathroom|gardening|bridge club|playing bridge|play bridge|card game|blood pressure|allergy|allergies|vitamins?|hay fever|cold and flu|routine|breakfast|my doctor (?:said|changed|gave|prescribed)|career|promotion|interview|degree|marathon|half marathon|training plan|gig|concert|party|they love it|coffee|lunch|dinner|travel|tradition|when (?:they|she|he) turns?|this company|my company|at work|this job|my job|(?:my own|a new) (?:flat|place|apartment|house)|went to (?:a|the|his|her|my \\w+) funeral|first aid|surgery|operation|my knee|dentist|fireworks|magical|sunset|sunrise|safe to|safely|year old|financial adviser|solicitor|lawyer|recommended|estate planning|old car|miles|my old (?:car|flat|house|phone|laptop|job|sofa)|clay shooting|shooting range|gun club|hunting|deer season|locked (?:up|away) (?:for|in)|gun safe|licen[cs]e|final boss|the boss|boss fight|raid|respawn\\w*|ranked|level (?:up|\\d+)|(?:this|that|the last|next|a) level(?! crossing)|levels|controller|console|the game|this game|in game|quest|programme|program|the course|these sessions|on holiday|holiday in|the company|(?:hand|handed|handing) in my notice|my notice|chopping|slicing|oven|cooking|baking|shaving|onions?|a migraine|headaches?|back pain|toothache|flying|fly to|visiting|abroad|wedding(?! ring)|festival|camping|from the pharmacy|pharmacy|prescribed|for the (?:\\w+ )?(?:course|class|trip|flat|house|kitchen|garden|boat|camping|climbing|sailing|bbq|barbecue)|favourite|gorgeous|the view|photos?|late again|set for|travelling|traveling|holiday|holidays|vacation|trip|conference|business trip|moving (?:house|out|to|abroad)|moved out|will have moved|the move|new job|new role|starting (?:my|a) new|leaving (?:the|my|this) (?:company|job|team|city|flat)|last day at (?:work|the)|maternity|paternity|on leave|annual leave|the session on|appointment|log off|logging off|see you (?:next|on|then|tomorrow|monday)|see u|hotel|charity|declutter|decluttering|outgrew|the baby|mortgage|for the holidays|a week off|for a week|for a month|for two weeks|team|colleagues|coworkers|office|gym|contract|meeting|the wifi|commute|cabin',
);

// Not existing after a point, said in words no death word is in: "nothing ties me here", "the
// ones to find me", "checking out . permanently", "bold of you to assume i will exist", "the
// people i am leaving behind", "my last month alive". Specific enough that an errand or a laugh
// in the same message does not explain it away.
const SELF_ABSENCE = words(
  [
    '(?:be|are|is|being) the ones? (?:to|who|that) (?:finds?|found) me|(?:find|finds|found|finding) my body',
    'nothing (?:really |else |much )?(?:ties|keeps|holds|tying|keeping|holding) me (?:here|to (?:this (?:world|life|earth)|life|anything|anyone|the world))|nothing (?:left )?to (?:tie|keep|hold) me (?:here|to)',
    'assume (?:that )?i (?:will|would|am going to) (?:still )?(?:exist|be (?:here|around|alive))|(?:when|after|once|by the time) i am already (?:gone|dead)',
    '(?:the )?(?:people|ones|everyone|those|family) i am (?:leaving|going to leave) behind',
    '(?:my|the|a) (?:last|final) (?:\\w+ ){0,2}(?:alive|on (?:this )?earth)|last (?:day|days|week|weeks|month|months|year|christmas|birthday|summer|weekend) (?:alive|on earth)',
    '(?:checking|check|clocking|clock|bowing|bow|tapping|tap|logging|log) out (?:\\. |, )?(?:permanently|for good|for ever|forever|of (?:life|everything|this world|existence))',
    'fade (?:out|away) (?:completely|for good|for ever|forever|permanently|entirely)',
    '(?:stops?|stopped|ceases?|ceased) (?:existing|to exist)|no longer exist|nobody (?:\\. |, )?gone(?: \\.)?$',
    '(?:jk|joking|kidding|fine|ok|okay)(?: \\w+){0,3} (?:\\. )?unless$',
    'and not because i am (?:sick|ill|busy|travelling|traveling|away|working)',
    'i (?:am |want to |will |am going to |am ready to |wanna )?(?:go|going|cross|crossing|pass|passing) (?:over )?to the other side(?! of)|to the other side(?! of)(?: \\w+| ,| \\.){0,4} i am ready',
    '(?:never going to|not going to ever|will never|will not ever) (?:get|be) better(?: \\w+| ,){0,3} (?:so )?i (?:am going to|will|am gonna) (?:make sure it|make it|put a stop to it)(?: all)? (?:stops?|ends?)?',
    'without me(?: \\w+| ,){0,6} (?:will|is going to|it will|they will) have to',
    '(?:ends?|ending|is over|finish\\w*|runs? out) (?:\\w+ ){0,4}and so (?:do|will|am) i(?: \\.)?$',
    '(?:not|never) going to (?:see|make it to) (?:next \\w+|another \\w+|christmas|new year|spring|summer|my (?:\\w+ )?birthday)(?! (?:because|as|since|unless))',
    '(?:told|said|pretended|saying)(?: \\w+){0,4} i (?:lost|dropped|spilt|spilled) (?:them|it|the \\w+ lot|the last \\w+)(?: \\.| ,)? i (?:did not|didnt|never) (?:lose|drop|spill)',
  ].join('|'),
);

// Not being there after a time or an event, softer: an errand or a trip in the same clause
// explains it ("i will not need the car after friday , i am moving").
const FUTURE_ABSENCE = words(
  [
    '(?:will not|wont|not going to|do not think i will|never|i do not) (?:need|be needing|have to (?:deal with|worry about|do|face|think about|sit through)|need to (?:deal with|worry about|do|face)) (?:\\w+ ){0,6}?(?:after|by|past|beyond|from|come) (?:the \\d+\\w*|tomorrow|tonight|friday|monday|tuesday|wednesday|thursday|saturday|sunday|next \\w+|new year|christmas|this (?:week|weekend|month)|the weekend|then|my birthday)',
    'where i am going(?: ,)? i (?:will not|wont|do not|am not going to|would not) need',
    // The general shape: the writer's own future negated, then a date or an event.
    'i (?:will not|wont|am not going to|do not think i will|do not expect to|never) (?:be|need|be needing|be doing|be coming back|see|make it)(?: \\w+){0,6} (?:after|by|past|beyond|come|until|till) (?:the \\d+\\w*|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:week|month|year|spring|summer)|this (?:year|week|month|weekend)|spring|summer|christmas|new year)',
    '(?:no need for|done with|finished with|finished|done|over|gone)(?: \\w+){0,4} after (?:the \\d+\\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:year|week|weekend))(?: \\.)?$',
    '(?:see|know|find out|wonder|guess|if) (?:if |whether )?i am still (?:here|around|alive)(?: \\w+){0,2} (?:by|then|next|in|at|for)',
    '(?:will not|do not think i will|am not going to|wont|not going to|do not see myself) (?:make it|be (?:here|around)) (?:to|for|until|till|through) (?:(?:my|her|his|their|the) (?:\\w+ ){0,2}(?:graduation|wedding|birthday|christening|\\d+\\w*)|christmas|new year|next (?:year|spring|summer|christmas)|spring|summer)',
    '(?:me )?not being (?:here|around|alive) (?:by|after|for|at|next|in|anymore|much longer|come)',
    '(?:more like|only|just) (?:\\d+|a few|two|three|four|five|six|seven) (?:more )?(?:days|weeks) left|more like (?:\\d+|a few|two|three|four|five|six|seven) days',
    '(?:the )?world (?:will|would|is going to|can) (?:survive|manage|cope|be fine|go on|keep turning|carry on) without me',
    '(?:letter|letters|emails?|messages?|notes?|texts?|videos?)(?: \\w+| ,){0,8} (?:when|after|once) i am (?:already )?(?:gone|dead|not here|not around)',
    '(?:i am|i will be) (?:done|finished) with (?:everything|it all|life|living|all of it|being here)(?! for (?:today|now|the day|the week|tonight|this))|(?:and )?then i am (?:done|gone|finished|free)(?: \\.)?$',
    '(?:do not think|not sure|doubt) i will (?:still )?be (?:around|here|alive|there) (?:when|for|to see|by|at)|i am not going to be (?:there|here|around)(?: \\.)?$',
    '(?:calm|peace|relief) in (?:having )?decided|at peace with (?:my|the|this) decision|(?:running out of time|not long left) and i am (?:ok|okay|fine|at peace) with it',
    '(?:stopped|stop) caring (?:what happens to me|if i (?:live|die|wake up))|do not care (?:what happens to me|if i (?:live|die|wake up|make it))',
    'the only (?:thing|one|person|reason) (?:stopping|keeping|holding) me(?: here| back| going| alive)? (?:is|was)(?! (?:the money|money|fear of failure|my boss))',
    '(?:will not|wont) need anything (?:after|anymore|again|where)|after (?:that|then|friday|the \\w+) i (?:will not|wont) need (?:anything|it|them)',
    '(?:not|will not|wont|never) be in it (?:much |for )?(?:longer|long)',
    'even if it (?:was not|wasnt|is not) enough(?: in the end)?',
    'relief to (?:just )?(?:fade|disappear|not wake|stop|be gone|not be)|(?:just )?(?:fade out|fade away)(?: \\.)?$',
    '(?:do not|dont) want to be (?:saved|rescued|found|talked out of it)',
    '(?:planning|plan|planned|plotting) my (?:exit|way out|final exit|departure)',
    '(?:picked|chosen|set|settled on|decided on) (?:the|a|my) (?:date|day)(?: \\.| ,)? (?:it is|its) (?:the \\d+\\w*|\\w+day)',
    '(?:gun|rifle|shotgun|pistol|firearm)(?: \\w+| ,){0,6} (?:(?:borrowed|took|got|have|found|know where) the key|in my (?:glovebox|glove box|bag|drawer|bedroom|pocket))|(?:got hold of|bought|borrowed) a (?:gun|rifle|shotgun|pistol|firearm)',
    'what to do with (?:my|the) (?:dog|cat|pets?|things|stuff|kids)(?: \\.)?$|(?:so|for) (?:my \\w+|her|him|them) (?:to|can) (?:handle|sort|deal with) (?:things|everything|it all) after',
  ].join('|'),
);

// A method in mind, in the words of its means: heights measured, traffic watched "not to
// catch it", a hose for the exhaust, not eating with no intent to start again.
const METHOD_INTENT = words(
  [
    '(?:buses|bus|trains?|lorries|lorry|trucks?|traffic|cars)(?: \\w+| ,| \\.){0,8} not to (?:catch|get on|board|ride|take) (?:them|it|one)|not to catch (?:them|it|one)',
    '(?:step|stepping|stepped|walk|walking|throw myself|throwing myself|jump|jumping|run|running) (?:out )?in front of (?:a|the|an) (?:bus|train|lorry|truck|car|oncoming)|(?:walk|walking|step|stepping|run|running) (?:out )?into (?:the )?(?:oncoming )?traffic',
    '(?:which|what|how many) (?:floors?|storeys?|stories|buildings?|bridges?|heights?) (?:are|is|would be|you need|it takes)(?: \\w+){0,2} (?:high|tall|enough)|(?:floors?|storeys?|stories) (?:up )?(?:are|is|would be) (?:high|tall) enough|high enough to (?:die|kill|not survive|be sure|make sure|do it)',
    '(?:does|would|will|do you think|do u think|think) (?:it )?hurts?(?: \\w+| \\.| ,){0,4} (?:jumping|jump|falling|fall|hanging|drowning|from (?:that|really|very|somewhere|so) high)|(?:jumping|falling) (?:\\w+ ){0,2}from (?:really |very |that |somewhere |something |so )?high',
    '(?:hose|pipe|tube|hosepipe) (?:\\w+ ){0,2}(?:for|to|on|onto|into|from|over|through) (?:the |my )?(?:car )?exhaust|(?:engine|car) running (?:in|inside) (?:the|a|my) (?:closed |locked |shut )?garage|(?:in|inside) the garage with the (?:engine|car) (?:running|on)',
    '(?:fall asleep|go to sleep|drift off|die|pass out) (?:with|from|in|to) (?:the )?(?:car )?(?:exhaust|fumes)|garage(?: \\w+| ,){0,4} (?:engine|motor) (?:on|running)|(?:engine|motor) (?:on|running)(?: \\w+| ,){0,4} (?:in|inside) the garage',
    '(?:tied|tie|tying) (?:the|a) (?:knot|noose)(?: \\w+){0,3} (?:to )?practi[cs]e|practi[cs](?:e|ed|ing) (?:tying|the knot|with the (?:rope|belt|cord))',
    '(?:step|stepping|walk|walking) (?:off|out into|into|out onto) (?:the )?(?:kerb|curb|road|traffic)(?: \\w+){0,4} without looking',
    '(?:blade|blades|razor|razors|rope|pills|tablets|knife|hose|gun|charcoal|bleach|belt|cord)(?: \\w+){0,5}(?: \\.| ,)? not for (?:shaving|camping|cooking|the garden|gardening|climbing|work|a headache|my headaches?|the car|cleaning|decorating)',
    '(?:pills|tablets|meds|prescriptions?|painkillers)(?: \\w+){0,6} (?:so (?:i would|i will|i|it is|its|they are) (?:have )?(?:a stash|enough)|bit by bit)|(?:stocking|stock) up on (?:pills|tablets|meds|painkillers)',
    '(?:hide|hiding|cover|covering|hid) (?:my|the) (?:arms|legs|wrists|thighs)(?: \\w+){0,4} because of the (?:cuts|burns|marks)',
    '(?:have not|not|did not|have no|not have) eaten (?:anything |properly |a thing )?(?:in|for) (?:\\w+ ){0,2}(?:days|weeks)(?: \\w+| ,| \\.){0,5} (?:not (?:planning|going|intending) to|do not (?:plan|intend|want) to|will not) (?:start|eat)|not (?:planning|going|intending) to (?:start eating|eat) (?:again|ever)|(?:stopped|stop|quit) eating (?:on purpose|for good|until i)',
  ].join('|'),
);

// Self-harm under way: the blade out, not stopping this time.
const HARM_NOW = words(
  '(?:got|get|have|took|taken|getting|had|have got) (?:the|a|my) (?:blade|blades|razor|razors|lighter)s? out|(?:blade|razor)s? (?:is |are )?(?:out|ready|next to me|in my hand)|(?:do not think|not sure|doubt) i am going to stop (?:this time|tonight)|(?:will not|can not|not going to|wont) (?:be able to )?stop this time',
);

const FIRST_PERSON = /(?:^| )(?:i|me|my|myself|mine|im)(?= |$)/;

const compile = (body: string): RegExp => new RegExp(`(?:^| )${body}(?![a-z0-9])`);

interface SignalSpec {
  /** The wording: an alternation over normalizeText() output, matched on word boundaries. */
  words: string;
  /**
   * What the signal adds on its own, so that three weak ingredients in a phrasing no
   * combination names ("wrote everyone a letter . it is done") add up, while one alone ("a
   * rope", "my last day") does not flag.
   */
  ingredient?: number;
  /**
   * Never a standalone ingredient: the signal adds its weight next to others, but alone it is
   * no "unexplained ingredient" that lets the model count without a distress cue. A word of
   * relief or calm ("calm and strong", "i feel lighter") is everyday talk on its own; it means
   * something only beside a burden, an ending or a goodbye.
   */
  supportOnly?: true;
  /** A distress cue on its own, whatever else the message says (see the distress gate). */
  distress?: true;
  /**
   * Context. `full`: the whole message is about something else — a past that is over, work, a
   * story or the news, a denial, a joke, asking about someone else — so every piece of
   * evidence is discounted, explicit words included. `soft`: someone else or an errand is
   * mentioned, which discounts the indirect evidence only ("my friend left and now i want to
   * die" still counts; the phrase families judge whose words those are clause by clause).
   */
  dampens?: 'full' | 'soft';
  /**
   * An errand or a trip does not explain away a message that also keeps its purpose back, has
   * a plan or rehearses a method: cover stories ("she thinks it is for a holiday") use errands.
   */
  keepsPurpose?: true;
}

/**
 * Every message-level signal in one table: its wording and its roles. The signal names, the
 * compiled patterns and the role lists the classifier reads are all derived from it, so a new
 * signal is one row.
 */
const SIGNALS = {
  means: { words: MEANS, ingredient: 0.3 },
  acquire: { words: ACQUIRE, ingredient: 0.1 },
  research: { words: RESEARCH, ingredient: 0.15 },
  place: { words: PLACE, ingredient: 0.3 },
  presence: { words: PRESENCE, ingredient: 0.15 },
  time: { words: TIME, ingredient: 0.1 },
  finality: { words: FINALITY, ingredient: 0.4 },
  farewell: { words: FAREWELL, ingredient: 0.4 },
  relief: { words: RELIEF, ingredient: 0.3, supportOnly: true },
  burden: { words: BURDEN, ingredient: 0.4 },
  accident: { words: ACCIDENT, ingredient: 0.15 },
  disguise: { words: DISGUISE, ingredient: 0.4, distress: true, keepsPurpose: true },
  dispose: { words: DISPOSE, ingredient: 0.35 },
  farewell_strong: { words: FAREWELL_STRONG, distress: true },
  unsafe: { words: UNSAFE, distress: true, keepsPurpose: true },
  ingested: { words: INGESTED, distress: true },
  secrecy: { words: SECRECY, ingredient: 0.3, distress: true, keepsPurpose: true },
  lethality: { words: LETHALITY, distress: true },
  funeral: { words: FUNERAL, distress: true },
  plan: { words: PLAN, ingredient: 0.45, keepsPurpose: true },
  death_better: { words: DEATH_BETTER, distress: true },
  countdown: { words: COUNTDOWN, distress: true },
  passive_wish: { words: PASSIVE_WISH, distress: true },
  hyperbole: { words: HYPERBOLE, dampens: 'full' },
  laughter: { words: LAUGHTER, dampens: 'soft' },
  plain_intent: { words: PLAIN_INTENT, distress: true },
  gone_if: { words: GONE_IF, distress: true },
  notice: { words: NOTICE },
  hidden_harm: { words: HIDDEN_HARM, distress: true },
  access: { words: ACCESS },
  evasive: { words: EVASIVE, distress: true, keepsPurpose: true },
  rumination: { words: RUMINATION, distress: true, keepsPurpose: true },
  death_words: { words: DEATH_WORDS, ingredient: 0.25 },
  self_hurt: { words: SELF_HURT, distress: true },
  concern: { words: CONCERN, dampens: 'full' },
  third_person: { words: THIRD_PERSON, dampens: 'soft' },
  fiction: { words: FICTION, dampens: 'full' },
  past: { words: PAST, dampens: 'full' },
  professional: { words: PROFESSIONAL, dampens: 'full' },
  negated: { words: NEGATED, dampens: 'full' },
  mundane: { words: MUNDANE, dampens: 'soft' },
  denied_errand: { words: DENIED_ERRAND, ingredient: 0.3, distress: true, keepsPurpose: true },
  distress: { words: DISTRESS, ingredient: 0.45, distress: true },
  absence: { words: ABSENCE },
  self_absence: { words: SELF_ABSENCE, distress: true, keepsPurpose: true },
  future_absence: { words: FUTURE_ABSENCE, distress: true },
  method_intent: { words: METHOD_INTENT, distress: true, keepsPurpose: true },
  harm_now: { words: HARM_NOW, distress: true, keepsPurpose: true },
} as const satisfies Record<string, SignalSpec>;

export type SignalName = 'first_person' | keyof typeof SIGNALS;
type TableSignal = keyof typeof SIGNALS;

const SIGNAL_ROWS = Object.entries(SIGNALS) as [TableSignal, SignalSpec][];

const signalsWhere = (test: (spec: SignalSpec) => boolean): TableSignal[] =>
  SIGNAL_ROWS.filter(([, spec]) => test(spec)).map(([name]) => name);

const PATTERNS: ReadonlyArray<readonly [TableSignal, RegExp]> = SIGNAL_ROWS.map(
  ([name, spec]) => [name, compile(spec.words)] as const,
);

// "not joking", "no joke", "for real": the writer takes the joke back, so a "lol" or "haha"
// next to it is no longer a reason to discount the message.
const NOT_JOKING =
  /(?:^| )(?:not (?:even )?(?:joking|kidding)|no (?:joke|kidding)|(?:is not|not) a joke|for real|fr|i mean it|i am serious|seriously|dead serious|deadass|no cap)(?![a-z])/;
// "not for camping", "not because of work": an everyday reason named only to deny it.
const DENIED_REASON =
  /(?:^| )(?:not (?:for|because of|about|really about|on|at|from)|(?:do not|did not) mean (?:from|at|for|with|in|on)|not the(?= \w+ (?:kind|sort|type))) (?:a |the |my |any |this )?\w+(?: \w+)?/g;

// Cancelling the coaching itself ("i will not need goals after friday", "skip the homework ,
// where i am going i will not need a routine", "no point working on goals . this is the end for
// me" with distress beside it) is a sign, not an everyday reason.
const COACHING_WORDS =
  /(?:^| )(?:my |the |any |these |our |a |this )?(?:goals?|goal setting|homework|(?:morning )?routine|habits?|sessions?|next session|course|programme|program|\d+ year plan|for today|for now|next time)(?= |$)/g;

const PATTERNS_BY_NAME = Object.fromEntries(PATTERNS) as Record<TableSignal, RegExp>;

// A thing that dies or is dead ("our startup is going to die", "my phone is dead", "the battery
// died") says nothing about the writer; its death word is read as absent.
const THING_DIES =
  /(?:^| )(?:startup|company|business|project|plants?|phone|battery|laptop|car|engine|deal|brand|podcast|channel|app|product|server|tree|garden|campaign|shop|website|idea)(?: is| are| was| will| has)?(?: going to| about to| just| totally| completely)? (?:die|dying|dead|died)(?![a-z])/g;
const DEATH_WORD_SIGNALS: readonly TableSignal[] = ['distress', 'death_words'];

// A past episode is brought back to now by these ("i used to cut, and i did again last night").
const PRESENT_AGAIN =
  /(?:^| )(?:again|relapsed|relapse|last night|this week|tonight|right now|lately|recently|still|now i (?:want|need|am going|keep)|started again)(?![a-z])/;

/** Which signals a normalised message carries. */
export const detectSignals = (normalized: string): Set<SignalName> => {
  const found = new Set<SignalName>();
  if (FIRST_PERSON.test(normalized)) {
    found.add('first_person');
  }
  for (const [name, pattern] of PATTERNS) {
    if (pattern.test(normalized)) {
      found.add(name);
    }
  }
  const withoutThings = normalized.replace(THING_DIES, ' ');
  if (withoutThings !== normalized) {
    for (const name of DEATH_WORD_SIGNALS) {
      if (!PATTERNS_BY_NAME[name].test(withoutThings)) {
        found.delete(name);
      }
    }
  }
  if (NOT_JOKING.test(normalized)) {
    found.delete('hyperbole');
    found.delete('laughter');
  }
  if (found.has('mundane') && !PATTERNS_BY_NAME.mundane.test(normalized.replace(DENIED_REASON, ' '))) {
    found.delete('mundane');
  }
  if (
    found.has('mundane') &&
    (found.has('future_absence') || (found.has('finality') && found.has('distress'))) &&
    !PATTERNS_BY_NAME.mundane.test(normalized.replace(COACHING_WORDS, ' '))
  ) {
    found.delete('mundane');
  }
  // Concern counts only about someone else.
  if (found.has('concern') && !found.has('third_person')) {
    found.delete('concern');
  }
  if (found.has('past') && PRESENT_AGAIN.test(normalized)) {
    found.delete('past');
  }
  return found;
};

export interface Combination {
  id: string;
  /** Every group must have one of its signals present. */
  all: readonly (readonly SignalName[])[];
  weight: number;
  category?: 'suicidal_intent' | 'self_harm';
  /** Soft dampeners that do not apply: a farewell names the people it is for. */
  keepsWith?: readonly SignalName[];
  /**
   * Carries distress itself (not being safe, a method rehearsed, death as the better option, a
   * cover story); without it the combination is made of ingredients only — a means, a place, a
   * date, a plan, a goodbye — which everyday coaching talk is full of.
   */
  distress?: true;
}

/**
 * Indirect intent is mostly said as two ingredients together. Weights follow the rules'
 * scale: 0.8–0.9 flags alone once context allows, lower ones need the model or another rule.
 */
export const COMBINATIONS: readonly Combination[] = [
  {
    id: 'farewell_message',
    all: [['farewell_strong']],
    weight: 0.8,
    keepsWith: ['third_person'],
    distress: true,
  },
  { id: 'not_safe_tonight', all: [['unsafe']], weight: 0.85, distress: true },
  {
    id: 'already_taken',
    all: [['ingested'], ['means', 'finality', 'farewell', 'time', 'first_person']],
    weight: 0.8,
    distress: true,
  },
  { id: 'means_in_secret', all: [['secrecy'], ['means', 'acquire']], weight: 0.8, distress: true },
  { id: 'lethal_amount', all: [['lethality'], ['means', 'place', 'research']], weight: 0.8, distress: true },
  { id: 'own_funeral', all: [['funeral'], ['first_person']], weight: 0.6, distress: true },
  { id: 'plan_made', all: [['plan']], weight: 0.6, keepsWith: ['laughter'] },
  { id: 'plan_with_time', all: [['plan'], ['time', 'finality', 'means', 'relief']], weight: 0.85 },
  { id: 'death_is_better', all: [['death_better']], weight: 0.85, distress: true },
  { id: 'little_time_left', all: [['countdown']], weight: 0.8, distress: true },
  { id: 'passive_death_wish', all: [['passive_wish']], weight: 0.75, distress: true },
  {
    id: 'burden_self',
    all: [['burden'], ['first_person']],
    weight: 0.5,
    keepsWith: ['third_person'],
    distress: true,
  },
  { id: 'means_in_secret_place', all: [['secrecy'], ['place']], weight: 0.8, distress: true },
  { id: 'plain_intent', all: [['plain_intent']], weight: 0.9, distress: true },
  {
    id: 'nobody_would_notice',
    all: [['gone_if'], ['notice', 'relief', 'burden']],
    weight: 0.8,
    distress: true,
  },
  { id: 'hidden_self_harm', all: [['hidden_harm']], weight: 0.8, category: 'self_harm', distress: true },
  { id: 'hurting_myself', all: [['self_hurt']], weight: 0.8, category: 'self_harm', distress: true },
  {
    id: 'secret_farewell',
    all: [['farewell', 'dispose', 'farewell_strong'], ['evasive']],
    weight: 0.8,
    distress: true,
  },
  { id: 'farewell_with_possessions', all: [['farewell', 'farewell_strong'], ['dispose']], weight: 0.75 },
  { id: 'means_within_reach', all: [['means'], ['access']], weight: 0.75 },
  {
    id: 'means_for_unsaid_purpose',
    all: [['evasive'], ['means', 'acquire', 'time']],
    weight: 0.8,
    distress: true,
  },
  { id: 'rehearsing_method', all: [['rumination']], weight: 0.8, distress: true },
  // A laugh masks a means as often as it marks a joke ("haha so i bought the pills today").
  { id: 'means_acquired', all: [['means'], ['acquire']], weight: 0.5, keepsWith: ['laughter'] },
  { id: 'means_researched', all: [['means', 'place'], ['research']], weight: 0.7, keepsWith: ['laughter'] },
  { id: 'means_with_time', all: [['means'], ['time', 'finality']], weight: 0.6, keepsWith: ['laughter'] },
  { id: 'at_dangerous_place', all: [['place'], ['presence']], weight: 0.7 },
  { id: 'place_with_time', all: [['place'], ['time', 'finality']], weight: 0.5 },
  {
    id: 'farewell_final',
    all: [
      ['farewell', 'dispose'],
      ['finality', 'time'],
    ],
    weight: 0.75,
  },
  { id: 'giving_away_final', all: [['dispose'], ['finality', 'relief', 'farewell']], weight: 0.7 },
  { id: 'gone_by_date', all: [['finality'], ['time']], weight: 0.7 },
  {
    id: 'relief_if_gone',
    all: [['relief'], ['burden', 'finality', 'farewell']],
    weight: 0.8,
    keepsWith: ['third_person'],
  },
  { id: 'no_future_self', all: [['self_absence']], weight: 0.85, distress: true },
  // A laugh does not explain away a date after which one will not be there.
  { id: 'absent_after', all: [['future_absence']], weight: 0.8, distress: true, keepsWith: ['laughter'] },
  { id: 'method_in_mind', all: [['method_intent']], weight: 0.85, distress: true },
  { id: 'harming_now', all: [['harm_now']], weight: 0.85, category: 'self_harm', distress: true },
  {
    id: 'accident_cover',
    all: [['disguise'], ['accident', 'means', 'place', 'relief', 'finality', 'time']],
    weight: 0.8,
    distress: true,
  },
];

/**
 * What a piece of evidence is, by its rule id — one table for phrase families, combinations and
 * lone signals, read by `evidenceRole`:
 *
 * - `plain`: said in so many words ("want to die", "kill myself"); keeps its own clause-level
 *   checks and is a distress cue.
 * - `indirect`: a phrase family that says it indirectly ("cannot go on", "a burden"): an
 *   everyday context (someone else, an errand) discounts it, but it is still a distress cue.
 * - `ingredient`: made of ingredients only (a goodbye, a gift, "won't need it", a means at
 *   hand, a combination without `distress`, a lone signal): discounted by everyday context and
 *   never a distress cue by itself.
 * - `distress`: a combination that carries distress itself.
 */
export type EvidenceRole = 'plain' | 'indirect' | 'ingredient' | 'distress';

const PHRASE_FAMILY_ROLES: Readonly<Record<string, Exclude<EvidenceRole, 'plain' | 'distress'>>> = {
  not_around_long: 'ingredient',
  final_goodbye: 'ingredient',
  giving_things_away: 'ingredient',
  wont_need: 'ingredient',
  when_i_am_gone: 'ingredient',
  goodbye_letters: 'ingredient',
  goodbye_note: 'ingredient',
  thanks_for_everything: 'ingredient',
  decided_how: 'ingredient',
  have_the_means: 'ingredient',
  stockpiled_means: 'ingredient',
  want_to_disappear: 'indirect',
  end_it_soon: 'indirect',
  plan_to_end_it: 'indirect',
  considering_ending_it: 'indirect',
  going_to_die: 'indirect',
  cannot_go_on: 'indirect',
  tired_of_everything: 'indirect',
  what_is_the_point: 'indirect',
  burden: 'indirect',
  no_future: 'indirect',
  hurt_body: 'indirect',
};

const COMBINATION_ROLES: ReadonlyMap<string, EvidenceRole> = new Map(
  COMBINATIONS.map((combination) => [
    `combination:${combination.id}`,
    combination.distress ? 'distress' : 'ingredient',
  ]),
);

/** The role of the evidence a rule id names (see `EvidenceRole`). */
export const evidenceRole = (rule: string): EvidenceRole =>
  rule.startsWith('signal:')
    ? 'ingredient'
    : (COMBINATION_ROLES.get(rule) ?? PHRASE_FAMILY_ROLES[rule] ?? 'plain');

/** Lone-ingredient weights (`SignalSpec.ingredient`). */
export const INGREDIENT_WEIGHTS: Readonly<Partial<Record<SignalName, number>>> = Object.fromEntries(
  SIGNAL_ROWS.flatMap(([name, spec]) => (spec.ingredient === undefined ? [] : [[name, spec.ingredient]])),
);

/** How much a dampening context leaves of a piece of evidence. */
export const DAMPENING = 0.3;
/** How much an everyday context (someone else, an errand, a trip) leaves of indirect evidence. */
export const SOFT_DAMPENING = 0.35;

/** Signals that switch the soft dampeners off (`SignalSpec.keepsPurpose`). */
export const OVERRIDE_SOFT: readonly SignalName[] = signalsWhere((spec) => spec.keepsPurpose === true);

/** Context that discounts every piece of evidence (`SignalSpec.dampens`). */
export const FULL_DAMPENERS: readonly SignalName[] = signalsWhere((spec) => spec.dampens === 'full');

/** Context that discounts the indirect evidence only (`SignalSpec.dampens`). */
export const SOFT_DAMPENERS: readonly SignalName[] = signalsWhere((spec) => spec.dampens === 'soft');

/** Lone signals that never open the unexplained path by themselves (`SignalSpec.supportOnly`). */
export const SUPPORT_ONLY: readonly SignalName[] = signalsWhere((spec) => spec.supportOnly === true);

/** Signals that are a distress cue on their own, whatever else the message says. */
export const DISTRESS_SIGNALS: readonly SignalName[] = signalsWhere((spec) => spec.distress === true);
