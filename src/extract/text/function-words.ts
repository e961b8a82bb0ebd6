/**
 * English function words, auxiliaries, pronouns, discourse fillers and common evaluative words:
 * never inside a topic. Shared by the tokenizer (which drops them) and the finders.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(`a about above across after again against all almost along already also although always am among an
and another any anybody anyone anything anyway anywhere are aren't around as at away back be became because become becomes been before
behind being below beside besides between beyond both but by can can't cannot could couldn't did didn't do does doesn't doing don't done
down during each either else enough especially etc even ever every everybody everyone everything exactly far few for from further get gets
getting give given gives go goes going gone got gotten had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
herself him himself his how however i i'd i'll i'm i've if in indeed instead into is isn't it it's its itself just keep kind know largely
last least less let let's like likely lot lots made make makes making many may maybe me mean means meanwhile might mine more moreover most
mostly much must my myself namely need needs neither never nevertheless next no nobody none nor not nothing now of off often oh ok okay on
once one ones only onto or other others otherwise ought our ours ourselves out over own per perhaps please pretty probably quite rather
really right said same say saying says see seeing seem seemed seems seen several shall she she'd she'll she's should shouldn't since so some
somebody someone something sometimes somewhat soon sort still such sure take taken takes taking than thank thanks that that's the their
theirs them themselves then there there's therefore these they they'd they'll they're they've thing things think this those though
through throughout thus to together too toward towards truly try trying two under unless until up upon us use used using very via want
wanted wants was wasn't way ways we we'd we'll we're we've well went were weren't what what's whatever when whenever where whereas
whether which while who who's whole whom whose why will with within without won't would wouldn't yeah yes yet you you'd you'll you're
you've your yours yourself yourselves able actually add added ago ahead alright answer anticipate appreciate ask asked asking basically
believe bit call called calls certainly clearly color come comes coming comment comments continue continued continues could couple
course daniel did different discuss done expect expected expecting feel first four give glad good great guess guys happy hear heard help
helpful hey hi important interesting kind look looked looking lower higher mentioned morning afternoon evening obviously particularly
point points question questions quick quickly remarks saw second seeing talk talked talking tell terms third three today told turn
understand wanted wonder wondering yeah year years quarter quarters month months week weeks day days time times half strong stronger
strongest significant significantly big bigger biggest large larger largest small smaller smallest new newer better best worse worst high
low overall total current recent recently certain various additional further nice solid healthy meaningful meaningfully substantial
substantially primarily mainly slightly modest modestly relatively approximately roughly nearly around record great greater good
again broad broadly specific specifically generally key major minor full fully early late later latest prior previous previously
following particular terrific fantastic excellent tremendous incredible incredibly huge remain remains remained et cetera`.split(/\s+/));
