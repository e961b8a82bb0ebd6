/**
 * Word lists the topic and mention finders share. Part-of-speech tags (text/nlp.ts) do most of
 * the work; these lists catch what tags cannot: spoken fillers the tagger reads as nouns, words
 * that are grammatical in role though tagged as adjectives, and the time and courtesy nouns every
 * call uses. Each list says what kind of word it holds; none names a topic.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Grammar words, fillers and interjections: never inside a topic or a name (unless written as an
 * acronym, "IT"). The tagger marks most of them; spoken English gets some wrong ("kinda", "yeah").
 */
export const FUNCTION_WORDS = words(`a about above across after again against all almost along already also although always am among an
and another any anybody anyone anything anyway anywhere are aren't around as at away back be became because become becomes been before
behind being below beside besides between beyond both but by can can't cannot could couldn't did didn't do does doesn't doing don't done
down during each either else enough etc even ever every everybody everyone everything exactly far few for from further get gets getting
give given gives go goes going gone got gotten had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how however i i'd i'll i'm i've if in indeed instead into is isn't it it's its itself just keep know let let's like
likely lot lots made make makes making many may maybe me mean means meanwhile might mine more moreover most mostly much must my myself
namely need needs neither never nevertheless next no nobody none nor not nothing now of off often oh ok okay on once one ones only onto or
other others otherwise ought our ours ourselves out over own per perhaps please pretty probably quite rather really right said same say
saying says see seeing seem seemed seems seen several shall she she'd she'll she's should shouldn't since so some somebody someone
something sometimes somewhat soon still such sure take taken takes taking than thank thanks that that's the their theirs them themselves
then there there's therefore these they they'd they'll they're they've this those though through throughout thus to together too toward
towards truly try trying under unless until up upon us use used using very via want wanted wants was wasn't way ways we we'd we'll we're
we've well went were weren't what what's whatever when whenever where whereas whether which while who who's whole whom whose why will
with within without won't would wouldn't yeah yes yet you you'd you'll you're you've your yours yourself yourselves alright anyway hey hi
hello thankyou um uh ah gosh wow kinda sorta gonna wanna gotta yep nope yup hmm huh blah et cetera vis-a-vis`);

/**
 * Adjectives and determiner-like words that can stand before a topic but never begin one: amount
 * and order ("more", "first"), time ("recent", "prior"), and the praise and size words of speech
 * ("strong", "great", "big"). "strong GigaCenter demand" yields "GigaCenter demand", never
 * "strong GigaCenter demand".
 */
export const LEADING_MODIFIERS = words(`additional other another same such own certain various several many few much more most less least fewer
first second third fourth fifth last next prior previous recent recently current currently early earlier late later latest final initial
overall entire whole full total further extra particular specific general broad main major minor real actual potential possible
likely sure good great strong stronger strongest solid healthy nice terrific fantastic excellent tremendous incredible huge big bigger
biggest large larger largest small smaller smallest high higher highest low lower lowest better best worse worst significant substantial
meaningful modest slight slightly important interesting difficult tough challenging challenged positive negative favorable unfavorable
incremental continued continuing ongoing different similar new newer old older long short longer shorter underlying like right wrong
nearly approximately roughly around about double single multiple certain clear obvious quick fast slow slower faster robust record
remarkable outstanding exceptional impressive encouraging disappointing weak weaker softer soft tight tighter heavy light lighter
average typical normal usual unusual`);

/**
 * Nouns that never head a topic: time and period words, people in general, the talk itself
 * (questions, comments, color), courtesy, and the placeholders of speech ("thing", "lot").
 * Periods also never appear anywhere inside a topic (see PERIOD_WORDS).
 */
export const NON_TOPIC_NOUNS = words(`thing things stuff lot lots bit kind sort type way ways point points part parts piece pieces side sides
question questions answer answers comment comments commentary remark remarks color colour detail details sense idea ideas view views
thought thoughts look looks feel feeling word words line lines call calls conference webcast slide slides page pages chart charts
presentation deck appendix transcript replay operator participant participants speaker speakers analyst analysts everybody everyone
folks guys people person ladies gentlemen team teams colleague colleagues morning afternoon evening night today tomorrow yesterday
congratulations congrats thanks thank welcome luck job jobs time times moment while number numbers figure figures result results
term terms case cases fact facts matter matters reason reasons issue issues thing example examples instance end
beginning start middle rest balance portion percentage percent basis bps degree extent area areas front perspective standpoint
context situation environment backdrop dynamic dynamics trend trends factor factors item items element elements aspect aspects
respect regard order place progress step steps stage phase update updates discussion conversation conversations dialogue statement
statements release releases press relations question-and-answer q&a question-and-answers follow-up follow-ups followup followups couple handful bunch variety range plenty majority
minority dollar dollars cents million millions billion billions thousand thousands hundred hundreds trillion amount amounts
everything something nothing anything yes no`);

/**
 * Period and calendar words: a phrase holding one is about a time, not a topic ("first quarter",
 * "Q3 revenue", "fiscal 2021", "year-over-year").
 */
export const PERIOD_WORDS = words(`year years quarter quarters month months week weeks day days period periods half halves decade decades
annual annually quarterly monthly weekly daily yearly fiscal fy q1 q2 q3 q4 1q 2q 3q 4q h1 h2 1h 2h ytd mtd yoy year-over-year
quarter-over-quarter year-on-year month-over-month sequential sequentially year-to-date year-end quarter-end month-end full-year
half-year first-half second-half back-half front-half first-quarter second-quarter third-quarter fourth-quarter january february
march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
wednesday thursday friday saturday sunday today tomorrow yesterday tonight midyear mid-year calendar term`);

/** Words of job titles: a phrase holding one names a position, not a topic ("Chief Technology Officer"). */
export const TITLE_WORDS = words(`officer officers president presidents vice chief chiefs director directors chairman chairwoman chair chairperson
ceo cfo coo cto cio cmo cro evp svp treasurer controller counsel secretary founder cofounder co-founder`);

/** Honorifics and name prefixes: they stand before a name and are never part of a topic. */
export const HONORIFICS = words(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir madam miss`);

/**
 * Words around a name that say it is a business, not a person: before it ("at Kate Spade", "our Stuart Weitzman community") and
 * after it ("the Kate Spade brand"). A brand named after its founder reads as a person's name; people are not spoken of so.
 */
export const BUSINESS_BEFORE = words(`at our uniquely`);
export const BUSINESS_AFTER = words(`brand brands business businesses community consumer consumers customer customers store stores products product
collection collections banner label outlet outlets franchise segment division`);

/**
 * Nouns for groups of people a business deals with or employs ("franchise owners", "local competitors", "skilled workers"): the
 * parties of a call, not what it is about. An analyst tags the market, program or product, not the people in it. Singular:
 * topic keys are (mentions/identity.ts topicKey).
 */
export const PEOPLE_NOUNS = words(`owner franchisee competitor leader worker employee customer client consumer shopper guest member
partner investor shareholder stockholder stakeholder supplier vendor dealer distributor retailer operator developer builder
contractor buyer seller tenant landlord patient physician doctor nurse clinician student user subscriber homeowner borrower
depositor agent broker driver farmer grower associate peer player ceo cfo executive manager staff analyst candidate recruiter
technician engineer traveler traveller resident family colleague employer participant`);
