import { describe, expect, it } from "vitest";
import { LoadScheduler } from "../../src/load/load-scheduler.js";

/** A load that finishes when the test says so, recording what ran at the same time. */
// A batch is named after its loads ("a1+a2"); `finish` takes that name.
function harness(concurrency: number, maxWaiting = 100, batchSize = 1) {
  const running = new Map<string, (string | null)[]>();
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  let maxRunning = 0;
  const overlaps: string[] = [];
  const scheduler = new LoadScheduler<{ name: string; company: string | null }>({
    concurrency,
    maxWaiting,
    batchSize,
    load: async (items) => {
      const name = items.map((i) => i.name).join("+");
      const companies = items.map((i) => i.company);
      for (const [other, cs] of running) {
        if (companies.some((c) => c !== null && cs.includes(c))) overlaps.push(`${other}|${name}`);
      }
      running.set(name, companies);
      started.push(name);
      maxRunning = Math.max(maxRunning, running.size);
      await new Promise<void>((resolve) => finishers.set(name, resolve));
      running.delete(name);
    },
  });
  const submit = (name: string, company: string | null) => scheduler.add(company, { name, company }).then(() => name);
  const finish = async (name: string) => {
    finishers.get(name)!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { scheduler, submit, finish, started, overlaps, max: () => maxRunning };
}

describe("LoadScheduler", () => {
  it("runs at most `concurrency` loads, and a free company's load overtakes one whose company is busy", async () => {
    const h = harness(2);
    const all = [h.submit("a1", "A"), h.submit("a2", "A"), h.submit("b1", "B"), h.submit("c1", "C")];
    await new Promise((r) => setTimeout(r, 0));
    expect(h.started).toEqual(["a1", "b1"]);
    await h.finish("a1");
    expect(h.started).toEqual(["a1", "b1", "a2"]);
    await h.finish("b1");
    expect(h.started).toEqual(["a1", "b1", "a2", "c1"]);
    await h.finish("a2");
    await h.finish("c1");
    expect(await Promise.all(all)).toEqual(["a1", "a2", "b1", "c1"]);
    expect(h.max()).toBe(2);
    expect(h.overlaps).toEqual([]);
  });

  it("never runs two loads of one company at once, whatever the order they come in", async () => {
    const h = harness(4);
    const companies = ["A", "A", "A", "B", "B", null, null, "C", "A", "B"];
    const all = companies.map((c, i) => h.submit(`l${i}`, c));
    const finished = new Set<string>();
    for (let round = 0; round < 20 && finished.size < companies.length; round++) {
      await new Promise((r) => setTimeout(r, 0));
      for (const name of h.started.filter((n) => !finished.has(n))) {
        finished.add(name);
        await h.finish(name);
      }
    }
    await Promise.all(all);
    expect(h.started.sort()).toEqual(companies.map((_, i) => `l${i}`).sort());
    expect(h.overlaps).toEqual([]);
    expect(h.max()).toBeLessThanOrEqual(4);
  });

  it("room() waits while `maxWaiting` loads are queued, and resolves when one starts", async () => {
    const h = harness(1, 2);
    void h.submit("a1", "A");
    void h.submit("a2", "A");
    void h.submit("a3", "A");
    let roomy = false;
    const room = h.scheduler.room().then(() => (roomy = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(roomy).toBe(false);
    await h.finish("a1");
    await room;
    expect(roomy).toBe(true);
  });

  it("passes a failed batch's error to its loads' callers and goes on with the others", async () => {
    const scheduler = new LoadScheduler<string>({
      concurrency: 1,
      batchSize: 1,
      maxWaiting: 10,
      load: async ([item]) => {
        if (item === "bad") throw new Error("boom");
      },
    });
    const failed = scheduler.add("A", "bad");
    const next = scheduler.add("A", "next");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBeUndefined();
  });

  it("batches what waits while the slots are busy, a company's loads together, never a busy company's", async () => {
    const h = harness(1, 100, 3);
    const all = [
      h.submit("a1", "A"),
      h.submit("a2", "A"),
      h.submit("b1", "B"),
      h.submit("a3", "A"),
      h.submit("c1", "C"),
      h.submit("n1", null),
    ];
    await new Promise((r) => setTimeout(r, 0));
    // The first starts alone (a slot was free), the others wait and go in batches of at most 3, in order.
    expect(h.started).toEqual(["a1"]);
    await h.finish("a1");
    expect(h.started).toEqual(["a1", "a2+b1+a3"]);
    await h.finish("a2+b1+a3");
    expect(h.started).toEqual(["a1", "a2+b1+a3", "c1+n1"]);
    await h.finish("c1+n1");
    expect(await Promise.all(all)).toEqual(["a1", "a2", "b1", "a3", "c1", "n1"]);
  });

  it("keeps a busy company's loads out of the next batch, which takes the free ones", async () => {
    const h = harness(2, 100, 4);
    const all = [h.submit("a1", "A"), h.submit("a2", "A"), h.submit("b1", "B"), h.submit("a3", "A"), h.submit("c1", "C")];
    await new Promise((r) => setTimeout(r, 0));
    expect(h.started).toEqual(["a1", "b1"]);
    await h.finish("b1");
    expect(h.started).toEqual(["a1", "b1", "c1"]);
    await h.finish("a1");
    expect(h.started).toEqual(["a1", "b1", "c1", "a2+a3"]);
    await h.finish("c1");
    await h.finish("a2+a3");
    await Promise.all(all);
    expect(h.overlaps).toEqual([]);
  });
});
