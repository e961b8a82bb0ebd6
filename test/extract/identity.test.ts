import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { companyKey, firmKey, firmName, organizationKey, personKey, topicKey } from "../../src/extract/mentions/identity.js";

describe("identity keys", () => {
  it.each([
    ["Jefferies", "Jefferies LLC"],
    ["Stifel", "Stifel Nicolaus"],
    ["Raymond James & Associates, Inc.", "Raymond James"],
    ["Cowen and Company", "Cowen"],
    ["J.P. Morgan", "JPMorgan"],
    ["Goldman Sachs & Co. LLC", "Goldman Sachs"],
    ["Morgan Stanley, Research Division", "Morgan Stanley"],
    ["MORGAN STANLEY", "Morgan Stanley"],
    ["William Blair & Company, L.L.C.", "William Blair"],
    ["UBS Investment Bank", "UBS"],
    ["Citigroup Inc., Research Division", "Citi"],
  ])("firm %s = %s", (a, b) => expect(firmKey(a)).toBe(firmKey(b)));

  it.each(["Chief Credit Officer", "Executive Vice President", "Senior Vice President, Finance", "Private Analyst"])("a job title is no firm: %s", (title) =>
    expect(firmKey(title)).toBe(""));

  it.each([["Morgan Stanley, Research Division", "Morgan Stanley"], ["Citigroup Inc.", "Citigroup"], ["William Blair & Company, L.L.C.", "William Blair & Company"]])("shows firm %s as %s", (a, b) =>
    expect(firmName(a)).toBe(b));

  it.each([["Morgan Stanley", "Stanley Black & Decker"], ["Bank of America", "America Movil"], ["UBS", "Baird"]])("firm %s != %s", (a, b) =>
    expect(firmKey(a)).not.toBe(firmKey(b)));

  it.each([["Calix, Inc.", "Calix"], ["Amphenol Corporation", "Amphenol"], ["Verizon Communications Inc.", "Verizon Communications"]])("company %s = %s", (a, b) =>
    expect(companyKey(a)).toBe(companyKey(b)));

  it("organizations fold legal forms like companies", () => expect(organizationKey("Huawei Technologies Co., Ltd.")).toBe(organizationKey("Huawei Technologies")));

  it.each([["Mr. John Donovan", "John Donovan"], ["John A. Donovan", "john donovan"], ["José Núñez", "Jose Nunez"]])("person %s = %s", (a, b) =>
    expect(personKey(a)).toBe(personKey(b)));

  it.each([["Andy Barish", "Andrew Barish"], ["Chris Carril", "Christopher Carril"], ["Jeff Bernstein", "Jeffrey Bernstein"], ["Jim Suva", "James Suva"]])("person %s = %s (a nickname is its formal name)", (a, b) =>
    expect(personKey(a)).toBe(personKey(b)));

  it("keeps a nickname of several names, and different names, apart", () => {
    expect(personKey("Alex Smith")).not.toBe(personKey("Alexander Smith"));
    expect(personKey("John Smith")).not.toBe(personKey("James Smith"));
  });

  it.each([["electric vehicles", "Electric Vehicle"], ["software-defined networks", "software defined network"], ["share repurchases", "share repurchase"], ["international businesses", "international business"], ["processes", "process"], ["R-and-D", "R&D"], ["P-and-L", "P&L"]])("topic %s = %s", (a, b) =>
    expect(topicKey(a)).toBe(topicKey(b)));

  // The rule as first written, in regexes; topicKey takes a faster path for names already in shape.
  const byRegex = (name: string) => {
    const folded = /^[\x00-\x7f]*$/.test(name) ? name.toLowerCase() : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    const singular = (w: string) => {
      if (w.length <= 3 || /(?:ss|us|is)$/.test(w)) return w;
      if (/ies$/.test(w)) return w.slice(0, -3) + "y";
      if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
      if (w.endsWith("s")) return w.slice(0, -1);
      return w;
    };
    return folded.replace(/(?<![a-z0-9])([a-z]{1,2})-and-([a-z]{1,2})(?![a-z0-9])/g, "$1&$2").replace(/[-_/]+/g, " ").replace(/[^a-z0-9.&+\s]/g, "").split(/\s+/).filter(Boolean).map(singular).join(" ");
  };

  it("topic keys follow the written rule for any name", () => {
    const pieces = ["and", "s", "es", "ies", "ches", "xes", "sses", "ss", "us", "is", "a", "net", "work", "Z", "9", ".", "&", "+", " ", "  ", "-", "_", "/", "'", "’", "é", "\t", "\u00a0"];
    const name = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(fc.property(fc.oneof(name, fc.string()), (n) => {
      expect(topicKey(n)).toBe(byRegex(n));
    }), { numRuns: 3000 });
  });
});
