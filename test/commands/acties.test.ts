import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

describe("lists and overview", () => {
  it("/acties mijn lists the sender's open actions", async () => {
    const [reply] = await h.say("Sanne", "/acties mijn");
    expect(reply).toBe("*Jouw open acties* (1)\n1. 🔧 Integraal pedagogisch wijkplan jonge kind — Sanne, Lisa · za 14 feb");
  });

  it("/acties te laat lists overdue actions", async () => {
    const [reply] = await h.say("Sanne", "/acties te laat");
    expect(reply).toContain("Financiële educatie in projectplan Campus 2025 — Peter · vr 2 jan ⚠️ te laat");
    expect(reply).not.toContain("Watertappunt");
  });

  it("/acties <pijler> filters by pillar", async () => {
    const [reply] = await h.say("Sanne", "/acties gezond");
    expect(reply).toContain("*Acties van Gezond* (3)");
    expect(reply).not.toContain("Wijkwebsite");
  });
});

describe("the finished actions", () => {
  it("/acties klaar lists only what is finished", async () => {
    const [reply] = await h.say("Sanne", "/acties klaar");
    expect(reply).toMatch(/^\*Afgeronde acties\* \(\d+\)\n1\. ✅/);
    expect(reply).not.toMatch(/🔧|📋|🅿️|⛔/);
  });
});
