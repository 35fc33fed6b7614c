// A second (and third) process for the lease race test: waits for the agreed moment,
// tries to take the lease once, prints whether it won.
import { createDb } from "../../src/db.ts";
import { acquireLease } from "../../src/db/lease.ts";

const [url, holder, startAtMs, nowIso] = process.argv.slice(2);
const db = await createDb(url);
while (Date.now() < Number(startAtMs)) await new Promise((resolve) => setTimeout(resolve, 1));
const won = await acquireLease(db, { name: "whatsapp:default", holder, now: new Date(nowIso), ttlMs: 40_000 });
process.stdout.write(JSON.stringify({ holder, won }));
await db.$disconnect();
