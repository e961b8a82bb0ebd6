/**
 * The topic finder's rules, each with the sentences it is for (written for this test): candidate
 * terms from noun phrases, how variants merge, and kinds from evidence.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { tagText } from "../../src/extract/text/nlp.js";
import { readWords } from "../../src/extract/text/tokens.js";
import { forEachTerm, nounPhrases } from "../../src/extract/topics/noun-phrases.js";
import { qaCall } from "./qa-call.js";

function terms(text: string): string[] {
  const out: string[] = [];
  for (const phrase of nounPhrases(readWords(text, tagText(text)))) forEachTerm(text, phrase, (o) => out.push(o.surface));
  return out;
}

describe("candidate terms from noun phrases", () => {
  it.each([
    ["a name inside a longer phrase stands alone", "Olive Garden same-restaurant sales grew.", ["Olive Garden", "same-restaurant sales"]],
    ["names keep their digits, dots and numerals", "G.fast and CAF II and Wi-Fi 6 and the A320neo and the Model Y deliveries.", ["G.fast", "CAF II", "Wi-Fi 6", "A320neo", "Model Y"]],
    ["a participle after a determiner modifies", "Our adjusted EBITDA margin rose.", ["adjusted EBITDA margin", "EBITDA margin"]],
    ["names hold of, & and a repeated name after and", "The Department of Justice, Imaging & Identification and Measurement and Control Solutions.", ["Department of Justice", "Imaging & Identification", "Measurement and Control Solutions"]],
    ["a name's possessive before a name", "Sales on Singles' Day doubled.", ["Singles' Day"]],
    ["an -ing subject is a noun", "Since vectoring showed up, pricing has improved.", ["vectoring", "pricing"]],
    ["a capitalised grammar word opens a name", "Our Talent Solutions brand includes RPO and Right Management offerings.", ["Right Management"]],
    ["an all-capital acronym is no contraction", "Sales in Imaging & ID improved.", ["Imaging & ID"]],
    ["a noun read as a verb after a determiner's participle", "We grew our extended stay segment.", ["extended stay", "extended stay segment"]],
    ["a sentence's first word joined by & to a name is the name's", "Sales were flat.\nImaging & ID is expected to perform well.", ["Imaging & ID"]],
    ["a word and its particle joined by a hyphen are a thing", "Pent-up demand held, and pent-up demand drove the ramp-up of production.", ["pent-up demand", "ramp-up"]],
    ["names hold for between plain capitalised words", "Our Recipe for Growth strategy is working.", ["Recipe for Growth", "Recipe for Growth strategy"]],
    ["a capitalised adverb after a name word is the name's", "Quillmark Forward is on track.", ["Quillmark Forward"]],
    ["a verb's form after an article and a modifier is a noun", "We expect a full restart of the fleet.", ["restart"]],
    ["a model's number before a name word after an article or at a sentence's start", "Deliveries of the 737 MAX resumed. 5 Arches originated loans.", ["737 MAX", "5 Arches"]],
    ["a capitalised adverb mid-sentence opens a name", "We bought a site in the Inland Empire East submarket.", ["Inland Empire East"]],
  ])("%s", (_rule, text, expected) => {
    expect(terms(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ["never a verb, pronoun, contraction or filler", "We're seeing it, and weve kinda got it; I'd say yeah.", ["seeing", "We're", "weve", "kinda", "yeah", "I'd"]],
    ["never a cut of a name", "The North West Shelf project.", ["West Shelf", "Shelf"]],
    ["never a praise word or period first", "Strong demand in the first quarter and Q3 revenue.", ["Strong demand", "first quarter", "Q3 revenue", "quarter"]],
    ["never a title", "Our Chief Technology Officer spoke.", ["Chief Technology Officer", "Technology Officer"]],
    ["a grammar word is a name's only before a name", "I think that is Right. We'd say It Is done, and I'd do it.", ["Right", "It Is", "I'd"]],
    ["a verb between nouns stays a verb", "The new customers buy products.", ["customers buy products", "buy products", "buy"]],
    ["never a head that heads no topic", "Good morning, that is a great question on color.", ["morning", "question", "color"]],
    ["a noun that heads no topic modifies no name", "Good morning Scott, and thanks Dana.", ["morning Scott", "thanks Dana"]],
    ["a numbered period is never part of a name", "Welcome to Quillmark's Fiscal Third Quarter Earnings Call.", ["Quillmark's Fiscal Third Quarter", "Quillmark's Fiscal Third Quarter Earnings Call", "Third Quarter"]],
    ["never a follow-up, a person's name and a firm, nor a missed sentence start", "A follow-up on the spin-off. We thank Jim for Goldman. Over to Holley for Q&A. Sales grew in the U.S. Internationally they fell.", ["follow-up", "Jim for Goldman", "Holley for Q&A", "U.S. Internationally"]],
    ["a count after a verb, or a year, is no part of a name", "We added 12 Hampton Inns in 2021 and 2022 Guidance is out.", ["12 Hampton Inns", "2022 Guidance"]],
    ["never a quantity", "We run 12-hour shifts, about 0.60-or-so per unit, and hold the No.3 position.", ["12-hour", "12-hour shifts", "0.60-or-so", "No.3", "No.3 position"]],
  ])("%s", (_rule, text, absent) => {
    const found = terms(text);
    for (const a of absent) expect(found, a).not.toContain(a);
  });
});

/** A call of our own: "Example Corp", an executive and an analyst taking turns. */
const call = (texts: string[]) => qaCall(texts);

describe("topics: one per thing, kinds from evidence", () => {
  const e = extract(call([
    "Our Quillmark Suites brand grew, and Quillmark opened twelve hotels. The pandemic hurt travel, and COVID-19 cases rose. Our Larchmont segment did well.",
    "How is Quillmark doing? And the Larchmont segment? Is COVID still a drag?",
    "Quillmark Suites is strong. The COVID-19 pandemic is fading. The Larchmont segment grew, and so did Quillmark. Our Harbor Credit Program added members.",
    "Thanks. And the Harbor Credit Program? Anything on Quillmark Suites in Brazil?",
  ]));
  const byName = (n: string) => e.topics.find((t) => [t.name, ...t.aliases].includes(n));

  it("merges a name's short form, and synonyms, into one topic", () => {
    expect(byName("Quillmark")).toBe(byName("Quillmark Suites"));
    expect(byName("Quillmark Suites")?.name).toBe("Quillmark Suites");
    expect(byName("COVID-19")).toBe(byName("pandemic"));
    expect(e.topics.filter((t) => t === byName("COVID-19"))).toHaveLength(1);
  });

  it("counts a new name said once in full and once short as said twice", () => {
    const once = extract(call([
      "We launched Zephyrine Suites, our newest brand, and our Larchmont segment grew.",
      "What are developers saying about Zephyrine? And Larchmont?",
      "Interest in Zephyrine is very high.",
      "Thanks.",
    ]));
    const topic = once.topics.find((t) => t.name === "Zephyrine Suites");
    expect(topic?.aliases).toContain("Zephyrine");
    expect(topic?.mentions).toEqual([0, 1, 2]);
  });

  it("reads a place's adjective as the place", () => {
    const places = extract(call([
      "Chinese demand was strong, and China grew 20%. European sales fell, but Europe improved late.",
      "What about China? And the Chinese consumer? Is the European recovery holding?",
      "China is fine. Europe is slower.",
      "Thanks.",
    ]));
    const china = places.topics.find((t) => t.name === "China");
    expect(china?.aliases).toContain("Chinese");
    expect(places.topics.filter((t) => [t.name, ...t.aliases].some((n) => /^Chin/.test(n)))).toHaveLength(1);
    expect(places.topics.find((t) => t.name === "Europe")?.aliases).toContain("European");
  });

  it("gives a kind only on evidence", () => {
    expect(byName("Quillmark Suites")?.kind).toBe("product");
    expect(byName("Larchmont")?.kind).toBe("segment");
    expect(byName("Harbor Credit Program")?.kind).toBe("program");
  });

  it("points every topic at the turns that name it", () => {
    expect(byName("Larchmont")?.mentions).toEqual([0, 1, 2]);
  });
});

describe("topics: the call's own names, partners, units and variants", () => {
  const turns = [
    "Our Northern Zephyra wells and the Zephyra play produced 40 Bcf, and Example's SEC filings are out. We signed a partnership with Harlow Bank. Wal-Mart grew.",
    "How is Zephyra doing? And Walmart?",
    "Zephyra is strong, Northern Zephyra too, at 2 MTPA. The Harlow Bank partnership is on track. We added 20 Quillan Harbor Partners Casino properties.",
    "Thanks. And the Bcf outlook?",
    "Harlow Bank is a great partner, Walmart too. We like Quillan Harbor Partners, and Zephyra.",
    "Thanks.",
  ];
  const e = extract(call(turns));
  const byName = (n: string) => e.topics.find((t) => [t.name, ...t.aliases].includes(n));

  it("reads no unit of measure as a topic", () => {
    expect(byName("Bcf")).toBeUndefined();
    expect(byName("MTPA")).toBeUndefined();
  });

  it("reads no unit in the company's possessive", () => {
    expect(e.topics.some((t) => /Example's/.test(t.name))).toBe(false);
  });

  it("makes an analyst's firm that the company's speakers keep naming a topic", () => {
    expect(byName("Harlow Bank")).toBeDefined();
  });

  it("merges a rare name with its modified forms under the name, and one word written two ways", () => {
    expect(byName("Northern Zephyra")).toBe(byName("Zephyra"));
    expect(byName("Zephyra")?.name).toBe("Zephyra");
    expect(byName("Wal-Mart")).toBe(byName("Walmart"));
  });

  it("counts a name written two ways, once each, as one name said twice", () => {
    const e = extract(call([
      "Sales in Marlowe & Identification improved 4%, and our quarry and facility services grew.",
      "Thanks. How is demand?",
      "Marlowe & ID should do well this year, and Quarry & Facility Services fee revenue rose.",
      "Thanks.",
    ]));
    const marlowe = e.topics.find((t) => t.name === "Marlowe & Identification");
    expect(marlowe?.aliases).toContain("Marlowe & ID");
    expect(marlowe?.mentions).toEqual([0, 2]);
    expect(e.topics.find((t) => t.name === "Quarry & Facility Services")?.mentions).toEqual([0, 2]);
  });

  it("reads a name said once as news only when its coined words are new: not a common one's or the company's", () => {
    const e = extract(call([
      "We launched the QX-Flux9 module. The TDM COVID guidance and the Example Jet program were discussed; U.S. Securities rules apply.",
      "Thanks. How is demand?",
      "Demand is fine.",
      "Thanks.",
    ]));
    const names = e.topics.map((t) => t.name);
    expect(names).toContain("QX-Flux9");
    for (const junk of ["TDM COVID", "Example Jet", "U.S. Securities"]) expect(names).not.toContain(junk);
  });

  it("makes one topic of one thing called by two words for its kind, and keeps two things apart", () => {
    const e = extract(call([
      "Our wholesale business grew 12%, and the wholesale channel had strong backlogs. The retail business was flat.",
      "How is the wholesale channel? And the retail business?",
      "The wholesale business should keep growing, and the wholesale channel is clean. The retail business will recover.",
      "Thanks.",
    ]));
    const of = (n: string) => e.topics.find((t) => [t.name, ...t.aliases].includes(n));
    expect(of("wholesale business")).toBeDefined();
    expect(of("wholesale business")).toBe(of("wholesale channel"));
    expect(of("retail business")).not.toBe(of("wholesale business"));
  });

  it.each<[string, string[], string[]]>([
    [
      "growth said by its digits and an accounting basis or filing",
      [
        "We expect double-digit growth in Quillmark, after single-digit growth and 8% percentage growth. Results are under U.S. GAAP, as in our Form 8-K.",
        "Is double-digit growth sustainable at Quillmark? And single-digit growth in U.S. GAAP terms?",
        "Double-digit growth at Quillmark, yes; percentage growth and single-digit growth elsewhere; the Form 8-K and U.S. GAAP tables show it.",
        "Thanks.",
      ],
      ["double-digit growth", "single-digit growth", "percentage growth", "u.s. gaap", "form 8-k"],
    ],
    [
      "a range of figures said by a word and its digits ('low-70', 'the high-80s')",
      [
        "Our Quillmark closings carried margins in the low-70 range, and we expect the high-80s in backlog conversion at Quillmark.",
        "Will Quillmark stay in the high-80s? And the low-70 margins?",
        "Quillmark should be in the high-80s again, and the low-70 range holds for margins.",
        "Thanks.",
      ],
      ["low-70", "high-80s", "high-80"],
    ],
  ])("reads no %s as a topic", (_what, turns, junks) => {
    const e = extract(call(turns));
    const names = e.topics.flatMap((t) => [t.name, ...t.aliases]).map((n) => n.toLowerCase());
    expect(names).toContain("quillmark");
    for (const junk of junks) expect(names).not.toContain(junk);
  });

  it("counts a name again at the start of a longer name", () => {
    expect(byName("Quillan Harbor Partners")?.mentions).toEqual([2, 4]);
  });

  it("reads a place holding a word of an analyst's firm as the place, the firm still no topic", () => {
    const t = call([
      "North America grew 9%, and the Americas led. North America margins rose.",
      "How is North America? And the Americas?",
      "North America is strong, and the Americas too.",
      "Thanks.",
    ]);
    t.participants[0]!.organization = "Bank of America Securities";
    const topics = extract(t).topics.flatMap((x) => [x.name, ...x.aliases]);
    expect(topics).toEqual(expect.arrayContaining(["North America", "Americas"]));
    expect(topics).not.toContain("Bank of America");
  });
});

describe("topics: a term and what is said of it", () => {
  it("spells a brand always said with its possessive so (\"Chili's\"), a name also said bare without it", () => {
    const e = extract(call([
      "Traffic at Brindle's grew, and Brindle's sales rose 8%. Quillmark Suites grew; Quillmark Suites' margin rose. Our FTX's margin rose.",
      "How is Brindle's doing? And Quillmark Suites? And FTX?",
      "Brindle's is strong, and Quillmark Suites is growing. FTX is fine.",
      "Thanks. Brindle's next quarter?",
    ]));
    const names = e.topics.map((t) => t.name);
    expect(names).toContain("Brindle's");
    expect(names).toContain("Quillmark Suites");
    expect(names).not.toContain("Quillmark Suites'");
    expect(names).not.toContain("FTX's");
  });

  it("joins a name written with a word cut short or with & for and; keeps a place apart from what is said after it", () => {
    const e = extract(call([
      "Imaging & Identification grew 4%. Imaging & ID is expected to do well, and Imaging & ID margins rose. In the U.S. utilities slowed, and U.S. utilities capex is down. The U.S. was flat.",
      "What about Imaging & Identification? And U.S. utilities? And the U.S.?",
      "Imaging & ID is strong. U.S. utilities are cautious. The U.S. overall is stable, and the U.S. is our biggest market.",
      "Thanks.",
    ]));
    const of = (n: string) => e.topics.filter((t) => [t.name, ...t.aliases].includes(n));
    expect(of("Imaging & ID")).toHaveLength(1);
    expect(of("Imaging & Identification")).toEqual(of("Imaging & ID"));
    expect(of("U.S. utilities").every((t) => t.name !== "U.S." && !t.aliases.includes("U.S."))).toBe(true);
  });

  it("joins the short form of a name written with & to the name written with and", () => {
    const e = extract(call([
      "Sales in Pumps and Process Solutions grew 9%, and our Pumps and Process Solutions margins rose. Orders in Pumps & Process were strong.",
      "What about Pumps & Process? And the backlog?",
      "We see Pumps & Process strong. We expect Pumps and Process Solutions to grow again.",
      "Thanks.",
    ]));
    const of = (n: string) => e.topics.filter((t) => [t.name, ...t.aliases].includes(n));
    expect(of("Pumps & Process")).toHaveLength(1);
    expect(of("Pumps and Process Solutions")).toEqual(of("Pumps & Process"));
  });

  it("reads no figure of speech as a topic (\"on the front foot\", \"moving parts\")", () => {
    const e = extract(call([
      "We are on the front foot in Brellin, with a few moving parts. Brellin grew.",
      "Are you still on the front foot? And the moving parts in Brellin?",
      "We stay on the front foot; the moving parts are known. Brellin is strong, on the front foot.",
      "Thanks.",
    ]));
    expect(e.topics.map((t) => t.name.toLowerCase())).not.toEqual(expect.arrayContaining(["front foot"]));
    expect(e.topics.some((t) => /front foot|moving part/i.test([t.name, ...t.aliases].join("|")))).toBe(false);
  });

  it("reads wage inflation as the labor market theme, no financial measure", () => {
    const e = extract(call([
      "Wage inflation rose again, and wage inflation hit our Brellin stores. Freight was flat.",
      "How much wage inflation do you expect? And in Brellin?",
      "Wage inflation should ease. Brellin is strong.",
      "Thanks.",
    ]));
    const topic = e.topics.find((t) => t.name === "labor market");
    expect(topic?.aliases).toContain("Wage inflation");
    expect(topic?.kind).toBe("theme");
  });

  it("gives a word many companies use, but no theme of the time, no kind (tenants are no theme)", () => {
    const e = extract(call([
      "Our tenants renewed early, and tenants in Brellin grew. Tenants pay on time.",
      "How are your tenants doing? And in Brellin?",
      "Tenants are healthy. Brellin tenants are strong.",
      "Thanks.",
    ]));
    const topic = e.topics.find((t) => /^tenants?$/i.test(t.name));
    expect(topic).toBeDefined();
    expect(topic?.kind).toBeNull();
  });

  it("reads a universal line item and how it moved as the line item, no topic", () => {
    const e = extract(call([
      "Sales growth was 8%, and sales growth in Brellin was 12%. Revenue growth should continue.",
      "What drove sales growth? And Brellin?",
      "Sales growth came from Brellin. Revenue growth will slow.",
      "Thanks.",
    ]));
    expect(e.topics.some((t) => /^(?:sales|revenue) growth$/i.test(t.name))).toBe(false);
  });

  it("keeps a term said before a word naming its kind as the topic, that phrase its alias", () => {
    const e = extract(call([
      "We priced our first glimmerwort bond offering this quarter, and the glimmerwort bond offering was oversubscribed.",
      "Will there be another glimmerwort bond?",
      "The glimmerwort bond offering lowers our cost of debt.",
      "Thanks.",
    ]));
    const topic = e.topics.find((t) => t.name.toLowerCase().startsWith("glimmerwort bond"));
    expect([topic?.name, ...(topic?.aliases ?? [])].map((n) => n?.toLowerCase())).toEqual(expect.arrayContaining(["glimmerwort bond", "glimmerwort bond offering"]));
    expect(topic?.mentions).toEqual([0, 1, 2]);
  });

  it("reads a measure's letters the call names a business with as that business, not a measure", () => {
    const e = extract(call([
      "Our RPO business grew 12%, and RPO wins were strong. RPO is recruitment process outsourcing for large clients.",
      "What drove RPO?",
      "RPO demand from technology clients. The RPO business keeps growing.",
      "Thanks.",
    ]));
    const rpo = e.topics.find((t) => t.name === "RPO");
    expect(rpo).toBeDefined();
    expect(rpo?.kind).not.toBe("financial");
  });

  it("makes one topic of two that a third term is one thing with", () => {
    const e = extract(call([
      "Our DTC sales rose. The direct-to-consumer business grew, and the direct-to-consumer business is now a third of sales. Direct-to-consumer demand was strong.",
      "How big can the direct-to-consumer business get? And DTC margins?",
      "DTC is our fastest channel, and direct-to-consumer keeps growing.",
      "Thanks.",
    ]));
    const of = (n: string) => e.topics.filter((t) => [t.name, ...t.aliases].some((a) => a.toLowerCase() === n.toLowerCase()));
    expect(of("DTC")).toHaveLength(1);
    expect(of("direct-to-consumer business")).toEqual(of("DTC"));
  });

  it("reads an acronym the call spells out as a universal line item as that line item, no topic", () => {
    const e = extract(call([
      "Gross profit rose 8%, and GP margin improved. Gross profit in Brellin grew, and GP dollars rose 5%.",
      "What drove GP? And Brellin?",
      "GP benefited from mix, and gross profit per placement rose. Brellin is strong.",
      "Thanks. GP next quarter?",
    ]));
    expect(e.topics.some((t) => [t.name, ...t.aliases].includes("GP"))).toBe(false);
    expect(e.topics.some((t) => t.name === "Brellin")).toBe(true);
  });

  it("reads letters said with \"and\" as the ampersand's: R-and-D is the line item R&D", () => {
    const e = extract(call([
      "R-and-D rose as we invested in Brellin, and R-and-D will stay high. Brellin grew.",
      "How much R-and-D next year? And Brellin?",
      "R-and-D stays near 9% of sales. Brellin is strong.",
      "Thanks.",
    ]));
    expect(e.topics.some((t) => /and-D/.test(t.name))).toBe(false);
    expect(e.topics.some((t) => t.name === "Brellin")).toBe(true);
  });

  it("reads the company's initial before a unit's acronym, never before a plain phrase's", () => {
    const e = extract(call([
      "EFS, our Fueling Solutions business, grew, and Fueling Solutions margins rose. ECA rules tightened. Our capital allocation is unchanged, and capital allocation stays balanced.",
      "How is EFS doing? And ECA?",
      "EFS is strong. ECA compliance costs rose.",
      "Thanks.",
    ]));
    const of = (n: string) => e.topics.find((t) => [t.name, ...t.aliases].includes(n));
    expect(of("EFS")).toBe(of("Fueling Solutions"));
    expect(of("ECA")).not.toBe(of("capital allocation"));
  });

  it("reads G&A and D&A as line items, no topics", () => {
    const e = extract(call([
      "G&A rose 4%, and D&A was flat. G&A included Brellin costs, and G&A will fall next year. D&A rises with Brellin.",
      "What drove G&A? And D&A?",
      "G&A carried Brellin integration costs. D&A follows capex.",
      "Thanks.",
    ]));
    expect(e.topics.some((t) => ["G&A", "D&A"].includes(t.name))).toBe(false);
    expect(e.topics.some((t) => t.name === "Brellin")).toBe(true);
  });
});

describe("topics: cuts, the company's acronym, quantities and units", () => {
  it("reads a word said before the singular and the plural of one noun as a cut of that term (\"cap\" of \"cap rates\")", () => {
    const e = extract(call([
      "Cap rates held. Our acquisition cap rate was 6.8%, and cap rates on Brellin deals were higher. The cap rate spread held.",
      "Where are cap rates heading? And the cap rate on Brellin?",
      "Cap rates are stable, and the Brellin cap rate is in line. Cap rates will move with rates.",
      "Thanks.",
    ]));
    expect(e.topics.some((t) => /cap rate/i.test(t.name))).toBe(true);
    expect(e.topics.some((t) => t.name.toLowerCase() === "cap")).toBe(false);
  });

  it("reads a cut of a theme's or a synonym's phrase as a cut of it (\"chain challenges\" of \"supply chain challenges\")", () => {
    const e = extract(call([
      "Supply chain challenges slowed shipments. The supply chain challenges hit our Brellin meters, and supply chain challenges persist.",
      "How long will the supply chain challenges last? And the Brellin backlog?",
      "We expect supply chain challenges through next year. Brellin meters are in demand, and supply chain challenges are easing.",
      "Thanks.",
    ]));
    expect(e.topics.some((t) => t.name === "supply chain")).toBe(true);
    expect(e.topics.some((t) => /^chain/i.test(t.name))).toBe(false);
  });

  it("reads the company's acronym written in capitals as the company, no topic, though its web address spells it in lower case", () => {
    const t = call([
      "Our release is on our website at hqpt.com. HQPT closed Brellin purchases, and HQPT's pipeline grew. Brellin leases renewed.",
      "How is HQPT's pipeline? And Brellin?",
      "HQPT has a deep pipeline, and Brellin is strong.",
      "Thanks.",
    ]);
    t.call.company = "Harbor Quill Property Trust, Inc.";
    const e = extract(t);
    expect(e.topics.some((x) => x.name === "HQPT")).toBe(false);
    expect(e.topics.some((x) => x.name === "Brellin")).toBe(true);
  });

  it("opens no term with a rough quantity (\"teen\" of \"mid-teen decremental margins\")", () => {
    expect(terms("We expect mid-teen decremental margins and high teens growth in Brellin.").filter((s) => /^teens?\b/i.test(s))).toEqual([]);
  });

  it("reads no accounting standard, report section or unit of area as a topic", () => {
    const e = extract(call([
      "Under IFRS, our MD&A shows 400,000 square feet leased at Brellin. IFRS values rose, and the MD&A has the detail on square feet.",
      "How many square feet at Brellin? And the IFRS values?",
      "Brellin has 90,000 square feet left. The MD&A and IFRS notes cover it.",
      "Thanks.",
    ]));
    expect(e.topics.filter((t) => /^(?:IFRS|MD&A|square feet)$/i.test(t.name))).toEqual([]);
    expect(e.topics.some((t) => t.name === "Brellin")).toBe(true);
  });
});

describe("topics: one place or institution called two ways", () => {
  it("makes one topic of a place named with and without its kind, and of the Fed and the Federal Reserve", () => {
    const e = extract(call([
      "Our Brellin Basin wells grew, and Brellin is our core. The Fed raised rates, and the Federal Reserve may go on.",
      "How is the Brellin Basin doing? And the Fed?",
      "Brellin is strong. The Federal Reserve will decide, and the Fed has signalled more.",
      "Thanks.",
    ]));
    const of = (n: string) => e.topics.find((t) => [t.name, ...t.aliases].includes(n));
    expect(of("Brellin")).toBeDefined();
    expect(of("Brellin")).toBe(of("Brellin Basin"));
    expect(of("Fed")).toBeDefined();
    expect(of("Fed")).toBe(of("Federal Reserve"));
  });
});

describe("topics: the things a call is about before the people it deals with", () => {
  it("weighs a group of people ('franchise owners') below a program the call names less often", () => {
    const names = extract(call([
      "Our franchise owners opened hotels this quarter, and franchise owners signed more contracts. The Harbor Credit Program added members.",
      "What are franchise owners telling you? Are franchise owners still signing?",
      "Franchise owners are upbeat, and franchise owners keep investing. The Harbor Credit Program grew again.",
      "Thanks. Do franchise owners plan to build more?",
    ])).topics.map((t) => t.name);
    expect(names.indexOf("Harbor Credit Program")).toBeGreaterThanOrEqual(0);
    expect(names.indexOf("Harbor Credit Program"), names.join(" | ")).toBeLessThan(names.indexOf("franchise owners"));
  });
});

describe("topics: never the company in another shape, a meeting with investors, or an adjective cut from its noun", () => {
  it("leaves out 'legacy Example business', 'Investor Day' and 'COVID-related'", () => {
    const names = extract(call([
      "The legacy Example business grew, and COVID-related costs fell. At our Investor Day we will update the Harbor Credit Program.",
      "How is the legacy Example business doing? What will Investor Day cover? Are COVID-related costs gone?",
      "The legacy Example business is strong. Investor Day is in May. COVID-related costs are behind us, and the Harbor Credit Program grew.",
      "Thanks. More on Investor Day and the legacy Example business, please.",
    ])).topics.map((t) => t.name.toLowerCase());
    expect(names).toContain("harbor credit program");
    for (const junk of ["legacy example", "legacy example business", "investor day", "covid-related"]) expect(names, names.join(" | ")).not.toContain(junk);
  });
});

describe("topics: a transcriber's note is no speech", () => {
  it("leaves out words in brackets ('[Speech Overlap]', '[Technical Difficulty]')", () => {
    const names = extract(call([
      "The Harbor Credit Program grew. [Speech Overlap] We opened hotels. [Technical Difficulty]",
      "And the Harbor Credit Program? [Speech Overlap]",
      "The Harbor Credit Program is strong. [Speech Overlap] [Technical Difficulty]",
      "Thanks. [Speech Overlap]",
    ])).topics.map((t) => t.name.toLowerCase());
    expect(names).toContain("harbor credit program");
    for (const junk of ["speech overlap", "overlap", "technical difficulty", "speech"]) expect(names, names.join(" | ")).not.toContain(junk);
  });
});

describe("topics: a place called like a person, and a name written with its initials", () => {
  it("reads a first name that names a place as the place when no participant is so called ('Austin')", () => {
    const names = extract(call([
      "Leasing in Austin was strong, and our Austin tower is full. We signed JCMarbury for the Harbor Credit Program.",
      "How is Austin doing? And Marbury?",
      "Austin keeps growing, and Marbury renewed early. The Harbor Credit Program grew again.",
      "Thanks. More on Austin, please.",
    ])).topics;
    const of = (n: string) => names.find((t) => [t.name, ...t.aliases].includes(n));
    expect(of("Austin"), names.map((t) => t.name).join(" | ")).toBeDefined();
    // A name written with a retailer's initials before it is the same name.
    expect(of("Marbury")).toBeDefined();
    expect(of("JCMarbury")).toBe(of("Marbury"));
  });
});

describe("topics: a participant called by another name", () => {
  it("reads a name said before a participant's surname, and a name greeted or asked to answer, as the person's", () => {
    const t = qaCall([
      "Also with us is Jojo Ember, who runs leasing. And over to BK. The Harbor Credit Program grew.",
      "Thanks BK. Jojo, do you want to talk about the Harbor Credit Program? And BK, can you add to that?",
      "Sure, it's Jojo. Jojo here: the Harbor Credit Program is strong. BK, you want to add anything? Thanks BK.",
      "Thank you very much, BK. And Jojo, go ahead on the Harbor Credit Program.",
    ], [{ name: "Joanna Ember", role: "executive", organization: "Example Corp", title: "CIO", aliases: [], turns: 0, anonymous: false }]);
    const names = extract(t).topics.map((x) => x.name.toLowerCase());
    expect(names).toContain("harbor credit program");
    for (const person of ["jojo", "bk", "bk.", "jojo ember"]) expect(names, names.join(" | ")).not.toContain(person);
  });
});

describe("topics: a state by its postal code, and a thing by its size", () => {
  it("makes one topic of 'Central PA' and 'Central Pennsylvania', and none of 'square foot building'", () => {
    const topics = extract(qaCall([
      "We bought a site in Central Pennsylvania and leased our 250,000 square foot building there. Land in Central Pennsylvania is tight.",
      "Can you talk about the Central PA land and the square foot building?",
      "Central PA is strong, and the 700,000 square foot building is permit-ready. Rents in Central Pennsylvania keep rising.",
      "Thanks. More on Central PA, please.",
    ])).topics;
    const of = (n: string) => topics.filter((t) => [t.name, ...t.aliases].some((a) => a.toLowerCase() === n.toLowerCase()));
    expect(of("Central PA"), topics.map((t) => t.name).join(" | ")).toHaveLength(1);
    expect(of("Central Pennsylvania")).toEqual(of("Central PA"));
    expect(of("square foot building")).toHaveLength(0);
  });
});
