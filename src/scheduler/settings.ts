import { z } from "zod";
import { DEFAULT_SCHOOL_REGION, SCHOOL_REGIONS, isSchoolRegion, type SchoolRegion } from "../parse/school-holidays.ts";
import { WIJK_TEMPLATES, isTemplateId } from "../templates/wijk-templates.ts";

/**
 * The scheduling part of Wijk.settings (a JSON column shared with other features):
 * only these keys are read here, unknown keys are left alone, and every missing or
 * invalid value falls back to its default so one typo never stops all reminders.
 */
const clockTime = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/);

const remindersSchema = z.object({
  /** Days before the deadline a reminder goes out; 0 is the deadline morning. */
  daysBefore: z.array(z.number().int().min(0).max(60)).default([7, 1, 0]),
  /** After the deadline: every this many days while the action is open; 0 = never. */
  overdueEveryDays: z.number().int().min(0).max(60).default(7),
  /** Local hour:minute of deadline reminders and meeting messages. */
  sendAt: clockTime.default("09:00"),
});

const quietSchema = z.object({
  /** Nothing automatic between these local times (from ≥ to means overnight). */
  from: clockTime.default("20:00"),
  to: clockTime.default("08:00"),
  /** Weekdays without automatic messages, 0 = Sunday … 6 = Saturday. */
  weekdays: z.array(z.number().int().min(0).max(6)).default([0, 6]),
});

const digestSchema = z.object({
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int().min(0).max(6).default(1),
  at: clockTime.default("08:30"),
});

const meetingsSchema = z.object({
  callForItemsDaysBefore: z.number().int().min(1).max(60).default(10),
  agendaDaysBefore: z.number().int().min(1).max(30).default(5),
  morningReminderAt: clockTime.default("08:00"),
  /**
   * How long a meeting lasts: its length in the calendar feed (agenda.ics), and after it the
   * meeting counts as over (decisions go out, open items move on).
   */
  durationMinutes: z
    .number({ error: "durationMinutes is een aantal minuten, 15 tot en met 1440" })
    .int("durationMinutes is een heel aantal minuten")
    .min(15, "een vergadering duurt minstens 15 minuten")
    .max(24 * 60, "een vergadering duurt hoogstens 1440 minuten (een dag)")
    .default(120),
  /** Items every agenda starts with. */
  fixedItems: z.array(z.string().min(1).max(200)).default(["Voortgang per pijler"]),
});

const checkInRoundSchema = z.object({
  /** The check-in round goes out this many days before each stuurgroep meeting; 0 = no rounds. */
  daysBeforeMeeting: z.number({ error: "daysBeforeMeeting is een aantal dagen, 0 tot en met 30 (0 = geen check-in)" }).int().min(0, "daysBeforeMeeting is 0 tot en met 30 (0 = geen check-in)").max(30, "daysBeforeMeeting is 0 tot en met 30 (0 = geen check-in)").default(12),
  /** Instead: monthly on this day of the month (1–28), whether or not a meeting is planned; null = before each meeting. */
  monthlyDay: z.number({ error: "monthlyDay is een dag van de maand, 1 tot en met 28, of null" }).int().min(1, "monthlyDay is 1 tot en met 28 (of null: voor elke vergadering)").max(28, "monthlyDay is 1 tot en met 28 (of null: voor elke vergadering)").nullable().default(null),
});

export const scheduleSettingsSchema = z.object({
  reminders: remindersSchema.prefault({}).catch(() => remindersSchema.parse({})),
  quietHours: quietSchema.prefault({}).catch(() => quietSchema.parse({})),
  digest: digestSchema.prefault({}).catch(() => digestSchema.parse({})),
  meetings: meetingsSchema.prefault({}).catch(() => meetingsSchema.parse({})),
  checkInRound: checkInRoundSchema.prefault({}).catch(() => checkInRoundSchema.parse({})),
});

export type ScheduleSettings = z.infer<typeof scheduleSettingsSchema>;

/**
 * A change a coördinator makes to the settings (CLI `wijk instellingen`): strict, so a
 * typo is refused with a message instead of silently falling back to the default.
 */
export const scheduleSettingsPatchSchema = z
  .object({
    reminders: remindersSchema.partial().strict().optional(),
    quietHours: quietSchema.partial().strict().optional(),
    digest: digestSchema.partial().strict().optional(),
    meetings: meetingsSchema.partial().strict().optional(),
    checkInRound: checkInRoundSchema.partial().strict().optional(),
    checkInDate: z.string().regex(/^(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])$/, "checkInDate is MM-DD, bijvoorbeeld 06-01").optional(),
    /** School holiday region for "voor de herfstvakantie" and the like (src/parse/school-holidays.ts). */
    schoolRegion: z.enum(SCHOOL_REGIONS).optional(),
    /** Commands one person may have handled per minute in one chat (issue 12: fairness). */
    commandsPerMinute: z.number().int().min(1).max(600).optional(),
  })
  .strict();
export type ScheduleSettingsPatch = z.infer<typeof scheduleSettingsPatchSchema>;

export function readScheduleSettings(settingsJson: string | null | undefined): ScheduleSettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(settingsJson || "{}");
  } catch {
    raw = {};
  }
  const parsed = scheduleSettingsSchema.safeParse(raw && typeof raw === "object" ? raw : {});
  return parsed.success ? parsed.data : scheduleSettingsSchema.parse({});
}

/** "09:30" → { hour: 9, minute: 30 }. */
export function parseClockTime(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(":").map(Number);
  return { hour, minute };
}

/**
 * The wijk's school holiday region (Wijk.settings.schoolRegion: "noord" | "midden" | "zuid"),
 * for date phrases such as "na de herfstvakantie": resolveDate(text, now, { region }).
 * Without a valid setting, the region of the template the wijk was made from (Lewenborg, SPT and
 * Groningen-Noord: noord; Sterk voor Noord, Leidschendam: midden); else DEFAULT_SCHOOL_REGION (midden).
 */
export function readSchoolRegion(settingsJson: string | null | undefined): SchoolRegion {
  let raw: unknown;
  try {
    raw = JSON.parse(settingsJson || "{}");
  } catch {
    return DEFAULT_SCHOOL_REGION;
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return DEFAULT_SCHOOL_REGION;
  const settings = raw as { schoolRegion?: unknown; template?: unknown };
  if (isSchoolRegion(settings.schoolRegion)) return settings.schoolRegion;
  if (typeof settings.template === "string" && isTemplateId(settings.template)) return WIJK_TEMPLATES[settings.template].schoolRegion;
  return DEFAULT_SCHOOL_REGION;
}

/** Commands handled per person per chat per minute when the wijk sets nothing. */
export const DEFAULT_COMMANDS_PER_MINUTE = 20;

/** The wijk's limit of commands per person per chat per minute (Wijk.settings.commandsPerMinute). */
export function readCommandsPerMinute(settingsJson: string | null | undefined): number {
  try {
    const value = (JSON.parse(settingsJson || "{}") as { commandsPerMinute?: unknown }).commandsPerMinute;
    return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 600 ? value : DEFAULT_COMMANDS_PER_MINUTE;
  } catch {
    return DEFAULT_COMMANDS_PER_MINUTE;
  }
}
