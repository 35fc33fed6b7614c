import type { Tx } from "../db.ts";
import { roleSchema } from "../domain.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { matchPillar } from "./find-pillar.ts";
import { fold } from "../parse/text.ts";
import { chooseDisplayName } from "./choose-display-name.ts";

const ROLE_ALIASES: Record<string, string> = { coördinator: "coordinator", wijkcoordinator: "coordinator", stuurgroeplid: "stuurgroep", trekker: "kartrekker" };

/** Adds (or updates) a person with a platform identity — used by transcripts (@lid) and the CLI. */
export async function addMember(
  tx: Tx,
  input: { wijkId: string; name: string; role: string; pillar?: string; platform: string; externalId: string; at: Date },
) {
  const roleWord = fold(input.role);
  const role = roleSchema.safeParse(ROLE_ALIASES[roleWord] ?? roleWord);
  if (!role.success) throw new AppError("INVALID", localText("cli.member.unknownRole", { role: input.role }));
  let pillarId: string | null = null;
  if (input.pillar) {
    const pillars = await tx.pillar.findMany({ where: { wijkId: input.wijkId } });
    const pillar = matchPillar(pillars, input.pillar);
    if (!pillar) throw new AppError("INVALID", localText("cli.member.unknownPillar", { pillar: input.pillar }));
    pillarId = pillar.id;
  }
  const identity = await tx.identity.findUnique({
    where: { wijkId_platform_externalId: { wijkId: input.wijkId, platform: input.platform, externalId: input.externalId } },
  });
  const displayName = await chooseDisplayName(tx, { wijkId: input.wijkId, personId: identity?.personId, name: input.name });
  if (identity) {
    return tx.person.update({ where: { id: identity.personId }, data: { role: role.data, pillarId, displayName } });
  }
  return tx.person.create({
    data: {
      wijkId: input.wijkId,
      displayName,
      role: role.data,
      pillarId,
      createdAt: input.at,
      identities: { create: { wijkId: input.wijkId, platform: input.platform, externalId: input.externalId } },
    },
  });
}
