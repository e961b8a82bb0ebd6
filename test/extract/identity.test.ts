import { describe, expect, it } from "vitest";
import { companyKey, firmKey, organizationKey, personKey, topicKey } from "../../src/extract/identity.js";

describe("identity keys", () => {
  it.each([
    ["Jefferies", "Jefferies LLC"],
    ["Stifel", "Stifel Nicolaus"],
    ["Raymond James & Associates, Inc.", "Raymond James"],
    ["Cowen and Company", "Cowen"],
    ["J.P. Morgan", "JPMorgan"],
    ["Goldman Sachs & Co. LLC", "Goldman Sachs"],
  ])("firm %s = %s", (a, b) => expect(firmKey(a)).toBe(firmKey(b)));

  it.each([["Morgan Stanley", "Stanley Black & Decker"], ["Bank of America", "America Movil"], ["UBS", "Baird"]])("firm %s != %s", (a, b) =>
    expect(firmKey(a)).not.toBe(firmKey(b)));

  it.each([["Calix, Inc.", "Calix"], ["Amphenol Corporation", "Amphenol"], ["Verizon Communications Inc.", "Verizon Communications"]])("company %s = %s", (a, b) =>
    expect(companyKey(a)).toBe(companyKey(b)));

  it("organizations fold legal forms like companies", () => expect(organizationKey("Huawei Technologies Co., Ltd.")).toBe(organizationKey("Huawei Technologies")));

  it.each([["Mr. John Donovan", "John Donovan"], ["John A. Donovan", "john donovan"], ["José Núñez", "Jose Nunez"]])("person %s = %s", (a, b) =>
    expect(personKey(a)).toBe(personKey(b)));

  it("keeps different first names apart (nicknames are not guessed)", () => expect(personKey("Jim Suva")).not.toBe(personKey("James Suva")));

  it.each([["electric vehicles", "Electric Vehicle"], ["software-defined networks", "software defined network"], ["share repurchases", "share repurchase"]])("topic %s = %s", (a, b) =>
    expect(topicKey(a)).toBe(topicKey(b)));
});
