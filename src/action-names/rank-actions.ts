import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";

/** What ranking needs to know of a candidate besides its name. */
export interface CandidateFacts {
  status: string;
  ownerIds: string[];
  pillarId: string | null;
}

export interface RankPerson {
  id: string;
  role: string;
  pillarId: string | null;
}

export interface Ranked<T> {
  /** The one meant, when it is clear. */
  chosen?: T;
  /** The close candidates to ask about (best first) when it is not; the others that matched about as well otherwise. */
  contenders: T[];
}

/** Two candidates whose scores differ less than this match "about as well". */
const ABOUT_AS_WELL = 1.0;

export async function loadCandidateFacts(tx: Tx, ids: string[]): Promise<Map<string, CandidateFacts>> {
  const rows = await tx.action.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, pillarId: true, owners: { select: { personId: true } } },
  });
  return new Map(rows.map((r) => [r.id, { status: r.status, pillarId: r.pillarId, ownerIds: r.owners.map((o) => o.personId) }]));
}

/**
 * Which of the actions a name fits is meant. Only those that match about as well as the
 * best compete; among them an open action always beats a finished, stopped or parked one.
 * Then: the exact name or short name; the sender's own open actions; open actions they may
 * change; anything else. Two left in the same rank → ask.
 */
export function rankCandidates<T extends { id: string }>(
  candidates: { action: T; score: number; exact: boolean; shortNamed?: boolean }[],
  facts: Map<string, CandidateFacts>,
  person: RankPerson | null,
): Ranked<T> {
  if (!candidates.length) return { contenders: [] };
  // An action's short name typed by one of its owners, with no status said, counts as its exact name.
  const ownShortName = new Set(candidates.filter((c) => c.shortNamed && person && facts.get(c.action.id)?.ownerIds.includes(person.id)).map((c) => c.action.id));
  candidates = candidates.map((c) => (ownShortName.has(c.action.id) ? { ...c, exact: true } : c));
  const top = Math.max(...candidates.map((c) => c.score));
  let near = candidates.filter((c) => c.score >= top - ABOUT_AS_WELL || c.exact);
  const isOpen = (c: { action: T }) => OPEN_STATUSES.includes((facts.get(c.action.id)?.status ?? "gepland") as never);
  // An open action wins from a finished one that fits about as well — not from its full name typed out
  // ("gezonde school vignet voor alle scholen: bereik 7" means that one, even when it is finished).
  const bestOpen = Math.max(...near.filter(isOpen).map((c) => c.score));
  const owns = (c: { action: T }) => Boolean(person && facts.get(c.action.id)?.ownerIds.includes(person.id));
  if (near.some(isOpen)) {
    const kept = near.filter((c) => isOpen(c) || (c.exact && (c.score > bestOpen + ABOUT_AS_WELL || ownShortName.has(c.action.id))));
    // ("de gezonde school is klaar" from the owner of the finished "Gezonde School vignet voor alle scholen", whose short
    // name that is, while the open "Gezonde School vignet" is someone else's: which one is meant is not clear — ask.)
    // ("vignet: 5 scholen bereikt" from that owner: a word both names share, neither typed out — the same.)
    const ownFinished = near.find((c) => !kept.includes(c) && owns(c) && (c.exact || !kept.some((k) => k.exact)));
    if (ownFinished && !kept.some(owns)) {
      const open = kept.filter(isOpen).sort((a, b) => b.score - a.score);
      return { contenders: [...open.slice(0, 1), ownFinished].map((c) => c.action) };
    }
    near = kept;
  }
  const tier = (c: { action: T; exact: boolean }) => {
    if (c.exact) return 0;
    const f = facts.get(c.action.id);
    if (!person || !f) return 3;
    if (owns(c)) return 1;
    if (person.role === "coordinator" || !f.ownerIds.length || (person.role === "aanjager" && f.pillarId && f.pillarId === person.pillarId)) return 2;
    return 3;
  };
  const ordered = near.map((c) => ({ ...c, tier: tier(c) })).sort((a, b) => a.tier - b.tier || b.score - a.score);
  const first = ordered[0];
  const tied = ordered.filter((c) => c.tier === first.tier && c.score >= first.score - ABOUT_AS_WELL / 2);
  if (tied.length === 1) return { chosen: first.action, contenders: ordered.slice(1).map((c) => c.action) };
  return { contenders: tied.map((c) => c.action) };
}
