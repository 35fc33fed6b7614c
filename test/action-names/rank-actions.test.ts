import { describe, expect, it } from "vitest";
import { rankCandidates, type CandidateFacts, type RankPerson } from "../../src/action-names/rank-actions.ts";

type Candidate = { action: { id: string }; score: number; exact: boolean };

function candidate(id: string, score: number, exact = false): Candidate {
  return { action: { id }, score, exact };
}

function facts(entries: Record<string, Partial<CandidateFacts>>): Map<string, CandidateFacts> {
  return new Map(Object.entries(entries).map(([id, f]) => [id, { status: "bezig", ownerIds: [], pillarId: null, ...f }]));
}

const fatima: RankPerson = { id: "fatima", role: "kartrekker", pillarId: "gezond" };
const joke: RankPerson = { id: "joke", role: "aanjager", pillarId: "gezond" };
const marieke: RankPerson = { id: "marieke", role: "coordinator", pillarId: null };

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe("rankCandidates", () => {
  it("gives no choice and no contenders when nothing matched", () => {
    expect(rankCandidates([], new Map(), fatima)).toEqual({ contenders: [] });
  });

  it("chooses the only candidate", () => {
    const ranked = rankCandidates([candidate("moestuin", 3)], facts({ moestuin: {} }), fatima);
    expect(ranked).toEqual({ chosen: { id: "moestuin" }, contenders: [] });
  });

  it("chooses a clearly better match over one that matches much worse", () => {
    const ranked = rankCandidates(
      [candidate("a", 6), candidate("b", 3)],
      facts({ a: { ownerIds: ["someone"] }, b: { ownerIds: ["someone"] } }),
      fatima,
    );
    expect(ranked.chosen?.id).toBe("a");
  });

  describe("open before closed", () => {
    it("asks when the sender's own finished action and someone else's open one share the word typed, neither named in full", () => {
      const ranked = rankCandidates(
        [candidate("vignet-oud", 6), candidate("vignet", 6)],
        facts({ "vignet-oud": { status: "klaar", ownerIds: ["joke"] }, vignet: { status: "bezig", ownerIds: ["fatima"] } }),
        joke,
      );
      expect(ranked.chosen).toBeUndefined();
      expect(ids(ranked.contenders)).toEqual(["vignet", "vignet-oud"]);
    });

    it("still chooses the open action named in full, even when the sender owns the finished one", () => {
      const ranked = rankCandidates(
        [candidate("vignet-oud", 6), candidate("vignet", 8, true)],
        facts({ "vignet-oud": { status: "klaar", ownerIds: ["joke"] }, vignet: { status: "bezig", ownerIds: ["fatima"] } }),
        joke,
      );
      expect(ranked.chosen?.id).toBe("vignet");
    });

    it("chooses an open action over a finished one that matches about as well", () => {
      const ranked = rankCandidates(
        [candidate("vignet-oud", 6.2), candidate("vignet", 6)],
        facts({ "vignet-oud": { status: "klaar" }, vignet: { status: "bezig" } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("vignet");
    });

    it("chooses an open action even over a closed one with exactly that short name", () => {
      const ranked = rankCandidates(
        [candidate("vignet-oud", 6.9, true), candidate("vignet", 7.2)],
        facts({ "vignet-oud": { status: "klaar", ownerIds: ["joke"] }, vignet: { status: "bezig", ownerIds: ["fatima"] } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("vignet");
    });

    it("asks when the exact short name is the sender's own finished action and the open one is someone else's", () => {
      const ranked = rankCandidates(
        [candidate("vignet-oud", 6.9, true), candidate("vignet", 7.2)],
        facts({ "vignet-oud": { status: "klaar", ownerIds: ["joke"] }, vignet: { status: "bezig", ownerIds: ["fatima"] } }),
        joke,
      );
      expect(ranked.chosen).toBeUndefined();
      expect(ids(ranked.contenders)).toEqual(["vignet", "vignet-oud"]);
    });

    it("treats stopped and parked actions as closed too", () => {
      for (const status of ["gestopt", "geparkeerd"]) {
        const ranked = rankCandidates([candidate("dicht", 6), candidate("open", 5.5)], facts({ dicht: { status }, open: { status: "gepland" } }), fatima);
        expect(ranked.chosen?.id, status).toBe("open");
      }
    });

    it("keeps a closed action that matches much better than any open one", () => {
      const ranked = rankCandidates(
        [candidate("klaar", 8), candidate("open", 3)],
        facts({ klaar: { status: "klaar" }, open: { status: "bezig" } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("klaar");
    });

    it("chooses among closed actions when none of the close ones is open", () => {
      const ranked = rankCandidates(
        [candidate("klaar", 6, true), candidate("gestopt", 6)],
        facts({ klaar: { status: "klaar" }, gestopt: { status: "gestopt" } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("klaar");
    });
  });

  describe("among those that match about as well", () => {
    it("prefers the action whose name or short name was typed exactly", () => {
      const ranked = rankCandidates([candidate("deel", 6.5), candidate("precies", 6, true)], facts({ deel: {}, precies: {} }), fatima);
      expect(ranked.chosen?.id).toBe("precies");
      expect(ids(ranked.contenders)).toEqual(["deel"]);
    });

    it("keeps an exact name in the race even when its score is well below the best", () => {
      const ranked = rankCandidates([candidate("lang", 9), candidate("kort", 4, true)], facts({ lang: {}, kort: {} }), fatima);
      expect(ranked.chosen?.id).toBe("kort");
    });

    it("prefers the sender's own open action", () => {
      const ranked = rankCandidates(
        [candidate("van-joke", 6), candidate("van-fatima", 6)],
        facts({ "van-joke": { ownerIds: ["joke"] }, "van-fatima": { ownerIds: ["fatima"] } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("van-fatima");
    });

    it("prefers an action the sender may change (one without owners) over someone else's", () => {
      const ranked = rankCandidates(
        [candidate("van-peter", 6), candidate("zonder-eigenaar", 6)],
        facts({ "van-peter": { ownerIds: ["peter"] }, "zonder-eigenaar": { ownerIds: [] } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("zonder-eigenaar");
    });

    it("lets an aanjager prefer the actions of their own pillar", () => {
      const ranked = rankCandidates(
        [candidate("kansrijk", 6), candidate("gezond", 6)],
        facts({ kansrijk: { ownerIds: ["peter"], pillarId: "kansrijk" }, gezond: { ownerIds: ["fatima"], pillarId: "gezond" } }),
        joke,
      );
      expect(ranked.chosen?.id).toBe("gezond");
    });

    it("does not give a kartrekker the pillar preference of an aanjager", () => {
      const ranked = rankCandidates(
        [candidate("kansrijk", 6), candidate("gezond", 6)],
        facts({ kansrijk: { ownerIds: ["peter"], pillarId: "kansrijk" }, gezond: { ownerIds: ["joke"], pillarId: "gezond" } }),
        fatima,
      );
      expect(ranked.chosen).toBeUndefined();
      expect(ids(ranked.contenders).sort()).toEqual(["gezond", "kansrijk"]);
    });

    it("prefers the sender's own action over one they may merely change", () => {
      const ranked = rankCandidates(
        [candidate("iedereen", 6), candidate("eigen", 5.8)],
        facts({ iedereen: { ownerIds: [] }, eigen: { ownerIds: ["fatima"] } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("eigen");
    });

    it("lists the other close candidates, best first, beside the chosen one", () => {
      const ranked = rankCandidates(
        [candidate("c", 5.5), candidate("a", 6), candidate("b", 5.8), candidate("ver", 2)],
        facts({ a: { ownerIds: ["fatima"] }, b: { ownerIds: ["peter"] }, c: { ownerIds: ["peter"] }, ver: { ownerIds: ["fatima"] } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("a");
      expect(ids(ranked.contenders)).toEqual(["b", "c"]);
    });
  });

  describe("a tie", () => {
    it("chooses none and gives the tied candidates to ask about", () => {
      const ranked = rankCandidates(
        [candidate("een", 6), candidate("twee", 5.8)],
        facts({ een: { ownerIds: ["peter"] }, twee: { ownerIds: ["lisa"] } }),
        fatima,
      );
      expect(ranked.chosen).toBeUndefined();
      expect(ids(ranked.contenders)).toEqual(["een", "twee"]);
    });

    it("is a tie for the coördinator when two open actions match equally well", () => {
      const ranked = rankCandidates([candidate("een", 6), candidate("twee", 6)], facts({ een: { ownerIds: ["peter"] }, twee: { ownerIds: ["lisa"] } }), marieke);
      expect(ranked.chosen).toBeUndefined();
      expect(ids(ranked.contenders)).toEqual(["een", "twee"]);
    });

    it("is broken by a score more than half a point better within the same rank", () => {
      const ranked = rankCandidates(
        [candidate("een", 6), candidate("twee", 5.4)],
        facts({ een: { ownerIds: ["peter"] }, twee: { ownerIds: ["lisa"] } }),
        fatima,
      );
      expect(ranked.chosen?.id).toBe("een");
      expect(ids(ranked.contenders)).toEqual(["twee"]);
    });

    it("is what an unknown sender gets for two equal matches (no own actions to prefer)", () => {
      const ranked = rankCandidates([candidate("een", 6), candidate("twee", 6)], facts({ een: { ownerIds: [] }, twee: { ownerIds: [] } }), null);
      expect(ranked.chosen).toBeUndefined();
      expect(ids(ranked.contenders)).toEqual(["een", "twee"]);
    });
  });
});
