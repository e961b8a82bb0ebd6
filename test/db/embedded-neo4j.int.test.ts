import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteLabel, openTestDriver, testNeo4j, testSessionConfig, uniqueTestLabel } from "../support/neo4j.js";

describe("the shared test Neo4j over Bolt", () => {
  let driver: Driver;
  const label = uniqueTestLabel("embedded");

  beforeAll(() => {
    driver = openTestDriver();
  });
  afterAll(async () => {
    await deleteLabel(driver, label);
    await driver.close();
  });

  it("writes nodes and reads them back", async () => {
    const names = ["Calix", "Amphenol", "Verizon"];
    await driver.executeQuery(
      `UNWIND $names AS name CREATE (:\`${label}\` {name: name, revenue: 99100000})`,
      { names },
      testSessionConfig(),
    );
    const { records } = await driver.executeQuery(
      `MATCH (n:\`${label}\`) RETURN n.name AS name, n.revenue AS revenue ORDER BY name`,
      {},
      testSessionConfig(),
    );
    expect(records.map((r) => r.get("name"))).toEqual(["Amphenol", "Calix", "Verizon"]);
    expect(records[0]?.get("revenue").toNumber()).toBe(99100000);
  });

  it("runs full-text index queries (db.index.fulltext.queryNodes)", async () => {
    const index = `${label}_text`;
    await driver.executeQuery(
      `CREATE (:\`${label}\` {text: "Gross margin expanded on strong broadband demand"}),
              (:\`${label}\` {text: "Operating expenses were flat"})`,
      {},
      testSessionConfig(),
    );
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX \`${index}\` IF NOT EXISTS FOR (n:\`${label}\`) ON EACH [n.text]`,
      {},
      testSessionConfig(),
    );
    try {
      await driver.executeQuery("CALL db.awaitIndexes(60)", {}, testSessionConfig());
      const { records } = await driver.executeQuery(
        "CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score RETURN node.text AS text, score",
        { index, query: "broadband" },
        testSessionConfig(),
      );
      expect(records.map((r) => r.get("text"))).toEqual(["Gross margin expanded on strong broadband demand"]);
    } finally {
      await driver.executeQuery(`DROP INDEX \`${index}\` IF EXISTS`, {}, testSessionConfig());
    }
  });

  describe.skipIf(!testNeo4j().disposable || testNeo4j().dataDir === undefined)("when started by the test setup", () => {
    it("is Neo4j 5.26 Community on the loopback address", async () => {
      expect(new URL(testNeo4j().uri).hostname).toBe("127.0.0.1");
      const { records } = await driver.executeQuery("CALL dbms.components() YIELD name, versions, edition RETURN *");
      expect(records[0]?.get("name")).toBe("Neo4j Kernel");
      expect(records[0]?.get("edition")).toBe("community");
      expect(records[0]?.get("versions")[0]).toMatch(/^5\.26\./);
    });
  });
});
