import type { Tx } from "../db.ts";
import { OPEN_STATUSES, type Role } from "../domain.ts";
import { AppError } from "./errors.ts";
import { localText } from "../i18n/index.ts";
import type { PersonRow } from "./rows.ts";
import { chooseDisplayName } from "./choose-display-name.ts";
import { cleanLabel } from "./clean-text.ts";

export interface PersonOverview {
  id: string;
  displayName: string;
  role: string;
  pillarName: string | null;
  organisation: string | null;
  openActions: { title: string; deadline: Date | null }[];
}

/** Who's who: everyone in the wijk (not those who left), with organisation, role and open actions. */
export async function listPeople(tx: Tx, wijkId: string): Promise<PersonOverview[]> {
  const people = await tx.person.findMany({
    where: { wijkId, leftAt: null },
    include: {
      organisation: true,
      pillar: true,
      ownerships: {
        where: { action: { deletedAt: null, status: { in: [...OPEN_STATUSES] } } },
        include: { action: { select: { title: true, deadline: true } } },
      },
    },
    orderBy: { displayName: "asc" },
  });
  return people.map((p) => ({
    id: p.id,
    displayName: p.displayName,
    role: p.role,
    pillarName: p.pillar?.name ?? null,
    organisation: p.organisation?.name ?? null,
    openActions: p.ownerships.map((o) => o.action),
  }));
}

/** The name of the person's organisation, if any (/ik without a name). */
export async function organisationNameOf(tx: Tx, person: PersonRow): Promise<string | undefined> {
  if (!person.organisationId) return undefined;
  return (await tx.organisation.findUnique({ where: { id: person.organisationId }, select: { name: true } }))?.name;
}

/**
 * /ik: how a person is shown (name, organisation). The name follows the display-name rules
 * (chooseDisplayName: cleaned, not reserved, not another person's); throws AppError otherwise.
 */
export async function updateProfile(tx: Tx, input: { person: PersonRow; displayName: string; organisation?: string }): Promise<PersonRow> {
  const displayName = await chooseDisplayName(tx, { wijkId: input.person.wijkId, personId: input.person.id, name: input.displayName });
  let organisationId = input.person.organisationId;
  const organisation = cleanLabel(input.organisation ?? "");
  if (organisation) organisationId = (await findOrCreateOrganisation(tx, input.person.wijkId, organisation)).id;
  return tx.person.update({ where: { id: input.person.id }, data: { displayName, organisationId } });
}

/** /rol: only a coördinator sets roles; an aanjager needs a pillar. */
export async function setRole(tx: Tx, input: { actor: PersonRow; person: PersonRow; role: Role; pillarId: string | null }): Promise<PersonRow> {
  if (input.actor.role !== "coordinator") {
    throw new AppError("FORBIDDEN", localText("rol.forbidden"));
  }
  if (input.role === "aanjager" && !input.pillarId) {
    throw new AppError("INVALID", localText("rol.needsPillar"));
  }
  return tx.person.update({ where: { id: input.person.id }, data: { role: input.role, pillarId: input.pillarId } });
}

export async function findOrCreateOrganisation(tx: Tx, wijkId: string, typed: string) {
  const name = cleanLabel(typed);
  return tx.organisation.upsert({ where: { wijkId_name: { wijkId, name } }, create: { wijkId, name }, update: {} });
}
