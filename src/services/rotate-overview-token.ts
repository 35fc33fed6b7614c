import type { Tx } from "../db.ts";
import { newOverviewToken } from "./create-wijk.ts";

/** Replaces the wijk's overview token: links with the old one stop working at once. */
export async function rotateOverviewToken(tx: Tx, wijkId: string): Promise<string> {
  const token = newOverviewToken();
  await tx.wijk.update({ where: { id: wijkId }, data: { overviewToken: token } });
  return token;
}
