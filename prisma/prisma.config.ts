import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { randomUUID } from "node:crypto";

// DATABASE_URL=file:./dev.db (default)  -> SQLite schema + prisma/migrations
// DATABASE_URL=postgresql://...          -> Postgres schema + prisma/postgres/migrations
const url = process.env.DATABASE_URL ?? "file:./data/wijkbot.db";
const isPg = /^postgres(ql)?:\/\//.test(url);

// Workaround: in 6.19 the schema engine replays migrations into the SQLite shadow DB
// with executeRaw (better-sqlite3 prepare() => one statement only). Route it to exec().
function sqliteFactory(url: string) {
  const factory = new PrismaBetterSQLite3({ url });
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectShadow();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q) => {
      if (q.args.length === 0) { await adapter.executeScript(q.sql); return 0; }
      return executeRaw(q);
    };
    return adapter;
  };
  return factory;
}

// Workaround for prisma/orm#27403 (6.19): the JS schema engine reads pg_catalog columns of
// types "name" (OID 19) and "char" (OID 18), which @prisma/adapter-pg rejects ("Column type 'name' could not be
// deserialized"). Report them as text (OID 25). Only used by the CLI (migrate/db push).
async function pgFactory(url: string) {
  // Pass discrete fields, NOT connectionString: PrismaPg.connectToShadowDb() does
  // new Pool({ ...config, database: shadowName }) and a connectionString overrides that
  // database, so `migrate dev` would replay every migration into the real database.
  const u = new URL(url);
  const cfg: pg.PoolConfig = {
    host: u.hostname, port: Number(u.port || 5432),
    user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) || undefined,
    database: u.pathname.slice(1),
    allowExitOnIdle: true, idleTimeoutMillis: 500, // otherwise the CLI hangs ~10 s on idle pools
  };
  const factory = new PrismaPg(cfg);

  // Workaround for prisma/orm#27403 (6.19): the JS schema engine reads pg_catalog columns of
  // types "name" (OID 19) and "char" (OID 18), which @prisma/adapter-pg rejects ("Column type 'name' could not be
  // deserialized from the database"). Report them as text (OID 25). CLI-only.
  // Commands that need no server (generate, diff --from-empty) must work without one.
  const probe = await factory.connect().catch(() => undefined);
  if (!probe) return factory;
  const queryableProto = Object.getPrototypeOf(Object.getPrototypeOf(probe)); // PgQueryable.prototype
  if (!queryableProto.__nameTypePatched) {
    const performIO = queryableProto.performIO;
    queryableProto.performIO = async function (this: unknown, q: unknown) {
      const res = await performIO.call(this, q);
      for (const f of res.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25; // "char", name -> text
      return res;
    };
    queryableProto.__nameTypePatched = true;
  }
  await probe.dispose();

  // Own shadow DB handling: the built-in one runs DROP DATABASE before closing its pool
  // ("database ... is being accessed by other users"). Needs CREATEDB privilege.
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const pool = new pg.Pool({ ...cfg, database: name });
    pool.on("error", () => {}); // connections killed by DROP ... WITH (FORCE)
    const shadow = await new PrismaPg(pool).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await pool.end();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

export default defineConfig({
  schema: isPg ? "postgres/schema.prisma" : "schema.prisma",
  migrations: { path: isPg ? "postgres/migrations" : "migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (isPg ? pgFactory(url) : sqliteFactory(url)),
});
