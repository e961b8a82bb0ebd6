/**
 * Common English nicknames of first names, one group per formal name (the formal name first): the
 * data person-name matching (parse) and person identity keys (extract) share. A nickname in two
 * groups ("alex", "sam", "chris") names neither for sure.
 */
export const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ["william", "bill", "will", "billy", "liam"],
  ["robert", "bob", "rob", "bobby", "robbie", "bert"],
  ["james", "jim", "jimmy", "jamie"],
  ["michael", "mike", "mick", "mickey"],
  ["thomas", "tom", "tommy"],
  ["david", "dave", "davey"],
  ["daniel", "dan", "danny"],
  ["joseph", "joe", "joey"],
  ["christopher", "chris"],
  ["steven", "stephen", "steve"],
  ["anthony", "tony"],
  ["richard", "rick", "rich", "dick", "ricky"],
  ["edward", "ed", "eddie", "ted", "ned"],
  ["jeffrey", "jeff", "geoffrey", "geoff"],
  ["matthew", "matt"],
  ["gregory", "greg"],
  ["kenneth", "ken", "kenny"],
  ["samuel", "sam"],
  ["benjamin", "ben"],
  ["andrew", "andy", "drew"],
  ["nicholas", "nick"],
  ["patrick", "pat"],
  ["timothy", "tim", "timmy"],
  ["jonathan", "jon"],
  ["alexander", "alex"],
  ["katherine", "kate", "kathy", "katie", "catherine", "cathy"],
  ["elizabeth", "liz", "beth", "betsy", "lizzie"],
  ["jennifer", "jen", "jenny"],
  ["susan", "sue", "suzy"],
  ["margaret", "meg", "peggy", "maggie"],
  ["lawrence", "larry"],
  ["gerald", "jerry"],
  ["douglas", "doug"],
  ["philip", "phillip", "phil"],
  ["ronald", "ron"],
  ["donald", "don"],
  ["charles", "charlie", "chuck"],
  ["frederick", "fred"],
  ["henry", "hank", "harry"],
  ["john", "jack", "johnny"],
  ["walter", "walt"],
  ["vincent", "vince"],
  ["zachary", "zach", "zack"],
  ["nathan", "nathaniel", "nate"],
  ["joshua", "josh"],
  ["bradley", "brad"],
  ["francis", "frank"],
  ["rebecca", "becky"],
  ["deborah", "debra", "debbie", "deb"],
  ["victoria", "vicky", "tori"],
  ["terrence", "terence", "terry"],
  ["jacob", "jake"],
  ["raymond", "ray"],
  ["arthur", "art"],
  ["martin", "marty"],
  ["mitchell", "mitch"],
  ["stanley", "stan"],
  ["samantha", "sam"],
  ["alexandra", "alex", "sandra", "sandy"],
  ["leonard", "len", "lenny"],
  ["albert", "al"],
  ["gabriel", "gabe"],
  ["abigail", "abby"],
  ["cynthia", "cindy"],
  ["kimberly", "kim"],
  ["jessica", "jess"],
  ["dominic", "dom"],
  ["nicole", "nikki"],
  ["theodore", "theo"],
  ["maximilian", "max"],
  ["sebastian", "seb"],
  ["rachel", "rach"],
];

/** The formal first name a nickname stands for, when exactly one group holds it; else the name itself. */
export function formalFirstName(name: string): string {
  let formal: string | null = null;
  for (const g of NICKNAME_GROUPS) {
    if (!g.includes(name)) continue;
    if (formal !== null && formal !== g[0]) return name;
    formal = g[0]!;
  }
  return formal ?? name;
}

/** A first name with the other names of its nickname groups ("jeffrey" → jeffrey, jeff, geoffrey, geoff): the forms people call one person by. */
export function firstNameForms(name: string): readonly string[] {
  const forms = new Set([name]);
  for (const g of NICKNAME_GROUPS) if (g.includes(name)) for (const n of g) forms.add(n);
  return [...forms];
}
