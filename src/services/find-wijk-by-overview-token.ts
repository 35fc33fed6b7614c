import { createHash, timingSafeEqual } from "node:crypto";
import type { Tx } from "../db.ts";

/** Longer input is no token we ever made; refusing it early reveals nothing about real tokens. */
const MAX_TOKEN_CHARS = 200;

/**
 * The wijk whose read-only overview token this is, or null. Every wijk's token is
 * compared, each as a fixed-length SHA-256 digest with timingSafeEqual and without
 * stopping at a match, so response time says nothing about how much of a guess was right.
 */
export async function findWijkByOverviewToken(tx: Tx, token: string): Promise<{ id: string; name: string } | null> {
  if (!token || token.length > MAX_TOKEN_CHARS) return null;
  const wijken = await tx.wijk.findMany({ select: { id: true, name: true, overviewToken: true } });
  const presented = digest(token);
  let found: { id: string; name: string } | null = null;
  for (const wijk of wijken) {
    const same = timingSafeEqual(presented, digest(wijk.overviewToken));
    if (same && !found) found = { id: wijk.id, name: wijk.name };
  }
  return found;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
