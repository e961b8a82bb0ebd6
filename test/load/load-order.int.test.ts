import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { hasShared } from "../extract/shared-paths.js";
import { resetGraph } from "../support/neo4j.js";
import { loadFile, snapshot, useTestGraph, SHARED_CALLS } from "./graph-snapshot.js";

/*
 * Real calls that share people, firms, topics and organizations under different spellings
 * (Acadia Realty's four calls: "Amy Racanello" / "Amy L. Racanello", "Albertsons" /
 * "Albertson's"; Verizon's two and Amphenol's two; calls of other companies for the analysts and
 * topics they share), loaded one after the other in two orders: the graphs must be the same,
 * node for node and property for property (issue 15: names depended on the load order).
 */
const files = SHARED_CALLS;

describe.skipIf(!hasShared)("loading the same real calls in two orders", () => {
  let db: Database;
  let driver: Driver;

  useTestGraph((g) => ({ db, driver } = g));

  async function loadInOrder(order: string[]): Promise<string[]> {
    await resetGraph(driver);
    for (const file of order) await loadFile(db, file);
    return snapshot(driver);
  }

  it("gives identical graphs: ids, names, aliases and every other property", async () => {
    const forward = await loadInOrder(files);
    const backward = await loadInOrder([...files].reverse());
    expect(forward.length).toBeGreaterThan(5_000);
    const [inForward, inBackward] = [new Set(forward), new Set(backward)];
    const onlyForward = forward.filter((line) => !inBackward.has(line));
    const onlyBackward = backward.filter((line) => !inForward.has(line));
    expect({ onlyForward: onlyForward.slice(0, 20), onlyBackward: onlyBackward.slice(0, 20) }).toEqual({ onlyForward: [], onlyBackward: [] });
    expect(forward).toEqual(backward);
  }, 600_000);

  it("gives the same graph when the calls are loaded at once as when they are loaded one after the other (no lost update of a shared node)", async () => {
    const oneByOne = await loadInOrder(files);
    const together: string[][] = [];
    for (let round = 0; round < 5; round++) {
      await resetGraph(driver);
      await Promise.all(files.map((file) => loadFile(db, file)));
      together.push(await snapshot(driver));
    }
    for (const graph of together) {
      const [a, b] = [new Set(oneByOne), new Set(graph)];
      expect({ onlyOneByOne: oneByOne.filter((l) => !b.has(l)).slice(0, 10), onlyTogether: graph.filter((l) => !a.has(l)).slice(0, 10) }).toEqual({ onlyOneByOne: [], onlyTogether: [] });
    }
  }, 600_000);
});
