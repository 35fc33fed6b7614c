import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db.ts";

/**
 * A lease in the database: one holder at a time for a named resource (the WhatsApp
 * connection of one phone number may only be open in one process — two would throw
 * each other off). Every change is a conditional write, so when two processes race
 * for a free or expired lease exactly one of them wins.
 */
export interface LeaseInput {
  name: string;
  holder: string;
  now: Date;
  ttlMs: number;
}

/** Takes the lease when it is free, expired, or already ours. Returns whether we hold it now. */
export async function acquireLease(tx: Tx, input: LeaseInput): Promise<boolean> {
  const expiresAt = new Date(input.now.getTime() + input.ttlMs);
  const taken = await tx.lease.updateMany({
    where: { name: input.name, OR: [{ holder: input.holder }, { expiresAt: { lte: input.now } }] },
    data: { holder: input.holder, expiresAt },
  });
  if (taken.count === 1) return true;
  try {
    await tx.lease.create({ data: { name: input.name, holder: input.holder, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Extends our lease. False when it is no longer ours (it expired and another process took it). */
export async function renewLease(tx: Tx, input: LeaseInput): Promise<boolean> {
  const renewed = await tx.lease.updateMany({
    where: { name: input.name, holder: input.holder },
    data: { expiresAt: new Date(input.now.getTime() + input.ttlMs) },
  });
  return renewed.count === 1;
}

/** Gives the lease up (only when we hold it), so a waiting process can take over at once. */
export async function releaseLease(tx: Tx, input: { name: string; holder: string }): Promise<void> {
  await tx.lease.deleteMany({ where: { name: input.name, holder: input.holder } });
}

/** What an adapter holds on to: the lease operations bound to one name and holder. */
export interface HeldLease {
  readonly name: string;
  readonly holder: string;
  readonly ttlMs: number;
  acquire(): Promise<boolean>;
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

/** A lease handle for one process; `holder` defaults to host, pid and a random part. */
export function createLease(
  db: Tx,
  options: { name: string; ttlMs: number; now: () => Date; holder?: string },
): HeldLease {
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const input = () => ({ name: options.name, holder, ttlMs: options.ttlMs, now: options.now() });
  return {
    name: options.name,
    holder,
    ttlMs: options.ttlMs,
    acquire: () => acquireLease(db, input()),
    renew: () => renewLease(db, input()),
    release: () => releaseLease(db, { name: options.name, holder }),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
