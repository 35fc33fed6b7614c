import { Hono } from "hono";
import { createHarness, type Harness } from "./harness.ts";
import { registerOverviewRoutes } from "../../src/web/routes.tsx";

export interface WebOverview {
  h: Harness;
  /** The overview's routes on their own server, requested in-process (`web.request(path)`). */
  web: Hono;
  /** The demo wijk's overview token: pages live under /w/<token>/. */
  token: string;
}

/** The demo wijk with its web overview, for tests of the pages. */
export async function openWebOverview(): Promise<WebOverview> {
  const h = await createHarness();
  const web = new Hono();
  registerOverviewRoutes(web, { db: h.db, clock: h.clock });
  const token = (await h.db.wijk.findUniqueOrThrow({ where: { id: h.wijkId } })).overviewToken;
  return { h, web, token };
}

export async function closeWebOverview(h: Harness): Promise<void> {
  await h.app.liveBoard.idle();
  await h.close();
}
