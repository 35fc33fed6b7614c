import type { Tx } from "../db.ts";
import type { Prisma } from "../generated/sqlite/client.ts";
import { markActionNamesChanged } from "../action-names/action-index.ts";

/** Fields whose change alters how actions are found by name. */
const NAME_FIELDS: ReadonlySet<ActionField> = new Set(["title", "shortName", "pillar", "deleted", "created"]);

/**
 * Every change to an action goes through these field codecs, so history rows can be
 * written generically and /ongedaan can put any field back. Values are stored in
 * history as strings: ids for references, ISO for dates, digits for numbers,
 * comma-separated sorted ids for the owner and partner sets.
 */
export const ACTION_FIELDS = [
  "created",
  "deleted",
  "title",
  "shortName",
  "status",
  "deadline",
  "startDate",
  "pillar",
  "goal",
  "ageGroup",
  "reachIntended",
  "reachReached",
  "budgetPlanned",
  "budgetSpent",
  "owners",
  "partners",
  "note",
  "planYear",
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export type FieldValues = Partial<Record<ActionField, string | null>>;

type ScalarColumn =
  | "title"
  | "shortName"
  | "status"
  | "deadline"
  | "startDate"
  | "pillarId"
  | "goalId"
  | "ageGroup"
  | "reachIntended"
  | "reachReached"
  | "budgetPlannedCents"
  | "budgetSpentCents"
  | "planYear"
  | "deletedAt";

const COLUMN: Partial<Record<ActionField, { column: ScalarColumn; type: "string" | "date" | "int" }>> = {
  title: { column: "title", type: "string" },
  shortName: { column: "shortName", type: "string" },
  status: { column: "status", type: "string" },
  deadline: { column: "deadline", type: "date" },
  startDate: { column: "startDate", type: "date" },
  pillar: { column: "pillarId", type: "string" },
  goal: { column: "goalId", type: "string" },
  ageGroup: { column: "ageGroup", type: "string" },
  reachIntended: { column: "reachIntended", type: "int" },
  reachReached: { column: "reachReached", type: "int" },
  budgetPlanned: { column: "budgetPlannedCents", type: "int" },
  budgetSpent: { column: "budgetSpentCents", type: "int" },
  deleted: { column: "deletedAt", type: "date" },
  planYear: { column: "planYear", type: "int" },
};

export function encodeDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

export function encodeInt(n: number | null | undefined): string | null {
  return n === null || n === undefined ? null : String(n);
}

export function encodeIdSet(ids: readonly string[]): string | null {
  return ids.length ? [...ids].sort().join(",") : null;
}

export function decodeIdSet(value: string | null | undefined): string[] {
  return value ? value.split(",").filter(Boolean) : [];
}

/** Current stored values of the given fields. */
export async function readFields(tx: Tx, actionId: string, fields: readonly ActionField[]): Promise<FieldValues> {
  const action = await tx.action.findUniqueOrThrow({
    where: { id: actionId },
    include: {
      owners: fields.includes("owners") ? { select: { personId: true } } : false,
      partners: fields.includes("partners") ? { select: { organisationId: true } } : false,
    },
  });
  const values: FieldValues = {};
  for (const field of fields) {
    const spec = COLUMN[field];
    if (spec) {
      const raw = action[spec.column];
      values[field] = raw instanceof Date ? raw.toISOString() : raw === null ? null : String(raw);
    } else if (field === "owners") {
      values.owners = encodeIdSet(action.owners.map((o) => o.personId));
    } else if (field === "partners") {
      values.partners = encodeIdSet(action.partners.map((p) => p.organisationId));
    } else {
      values[field] = null;
    }
  }
  return values;
}

/** Fields that are one column of the action each and do not change how it is found by name. */
export function isPlainChange(fields: readonly ActionField[]): boolean {
  return fields.every((field) => COLUMN[field] !== undefined && !NAME_FIELDS.has(field));
}

/** The stored values of plain column fields, from a row already loaded. */
export function columnValues(action: Record<ScalarColumn, unknown>, fields: readonly ActionField[]): FieldValues {
  const values: FieldValues = {};
  for (const field of fields) {
    const raw = action[COLUMN[field]!.column];
    values[field] = raw instanceof Date ? raw.toISOString() : raw === null ? null : String(raw);
  }
  return values;
}

/** The column data for plain column fields' new values (see isPlainChange). */
export function columnData(changes: readonly { field: ActionField; to: string | null }[]): Prisma.ActionUncheckedUpdateInput {
  const data: Record<string, string | number | Date | null> = {};
  for (const { field, to } of changes) {
    const spec = COLUMN[field]!;
    data[spec.column] = to === null ? null : spec.type === "date" ? new Date(to) : spec.type === "int" ? Number(to) : to;
  }
  return data;
}

/** Store one field's value. `from` is only needed for fields that are events (notes). */
export async function writeField(
  tx: Tx,
  actionId: string,
  field: ActionField,
  to: string | null,
  from: string | null,
  at: Date,
): Promise<void> {
  if (NAME_FIELDS.has(field)) {
    const { wijkId } = await tx.action.findUniqueOrThrow({ where: { id: actionId }, select: { wijkId: true } });
    await markActionNamesChanged(tx, wijkId);
  }
  const spec = COLUMN[field];
  if (spec) {
    const value = to === null ? null : spec.type === "date" ? new Date(to) : spec.type === "int" ? Number(to) : to;
    await tx.action.update({ where: { id: actionId }, data: { [spec.column]: value, lastActivityAt: at } });
    return;
  }
  switch (field) {
    case "owners": {
      await tx.actionOwner.deleteMany({ where: { actionId } });
      const ids = decodeIdSet(to);
      if (ids.length) await tx.actionOwner.createMany({ data: ids.map((personId) => ({ actionId, personId })) });
      break;
    }
    case "partners": {
      await tx.actionPartner.deleteMany({ where: { actionId } });
      const ids = decodeIdSet(to);
      if (ids.length) await tx.actionPartner.createMany({ data: ids.map((organisationId) => ({ actionId, organisationId })) });
      break;
    }
    case "note": {
      const noteId = to ?? from;
      if (noteId) await tx.progressNote.update({ where: { id: noteId }, data: { removedAt: to ? null : at } });
      break;
    }
    case "created": {
      await tx.action.update({ where: { id: actionId }, data: { deletedAt: to ? null : at } });
      break;
    }
    default:
      break;
  }
  await tx.action.update({ where: { id: actionId }, data: { lastActivityAt: at } });
}
