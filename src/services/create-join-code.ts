import { randomInt } from "node:crypto";
import type { Tx } from "../db.ts";

/** A join code is valid for a week and works once. */
export const JOIN_CODE_VALID_DAYS = 7;
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: codes are typed on phones

/** A fresh join code for a chat of the given kind in the wijk (the CLI prints it; /koppel uses it). */
export async function createJoinCode(tx: Tx, input: { wijkId: string; kind: "kartrekkers" | "stuurgroep"; now: Date }) {
  const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return tx.joinCode.create({
    data: {
      code,
      wijkId: input.wijkId,
      kind: input.kind,
      createdAt: input.now,
      expiresAt: new Date(input.now.getTime() + JOIN_CODE_VALID_DAYS * 24 * 3600 * 1000),
    },
  });
}
