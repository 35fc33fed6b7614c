import { beforeEach, describe, expect, it } from "vitest";
import { buildCli } from "../../src/cli.ts";
import { useTestDb } from "../helpers/harness.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { readScheduleSettings } from "../../src/scheduler/settings.ts";

const testDb = useTestDb();

async function wijkbot(...args: string[]): Promise<string> {
  const output: string[] = [];
  const cli = buildCli({ out: (text) => output.push(text), db: async () => testDb(), now: () => TRANSCRIPT_START });
  cli.configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  await cli.parseAsync(args, { from: "user" });
  return output.join("");
}

const settingsOf = async (name: string) => (await testDb().wijk.findUniqueOrThrow({ where: { name } })).settings;

describe("wijk instellingen: a coördinator sets reminders, quiet hours, digest and meetings without touching the database", () => {
  beforeEach(async () => {
    await wijkbot("wijk", "nieuw", "Selwerd", "--sjabloon", "spt");
  });

  it("shows the effective settings, defaults included", async () => {
    const shown = JSON.parse(await wijkbot("wijk", "instellingen", "Selwerd"));
    expect(shown).toMatchObject({
      reminders: { daysBefore: [7, 1, 0], sendAt: "09:00", overdueEveryDays: 7 },
      quietHours: { from: "20:00", to: "08:00", weekdays: [0, 6] },
      digest: { weekday: 1, at: "08:30" },
      checkInDate: "06-01",
    });
  });

  it("changes only what is named, and the scheduler reads it", async () => {
    const out = await wijkbot("wijk", "instellingen", "selwerd", "--zet", '{"quietHours":{"from":"21:30"},"reminders":{"sendAt":"08:30","daysBefore":[3,0]},"checkInDate":"05-15"}');
    expect(out).toContain("Instellingen van Selwerd bijgewerkt.");
    const effective = readScheduleSettings(await settingsOf("Selwerd"));
    expect(effective.quietHours).toEqual({ from: "21:30", to: "08:00", weekdays: [0, 6] });
    expect(effective.reminders).toEqual({ daysBefore: [3, 0], sendAt: "08:30", overdueEveryDays: 7 });
    expect(JSON.parse(await settingsOf("Selwerd"))).toMatchObject({ template: "spt", checkInDate: "05-15" });
  });

  it.each([
    ['{"quietHours":{"from":"25:00"}}', "quietHours.from"],
    ['{"reminder":{"sendAt":"08:00"}}', "reminder"],
    ['{"digest":{"weekday":9}}', "digest.weekday"],
    ['{"meetings":{"durationMinutes":5}}', "meetings.durationMinutes: een vergadering duurt minstens 15 minuten"],
    ["geen json", "geen geldige JSON"],
  ])("refuses %s with a message and changes nothing", async (json, message) => {
    const before = await settingsOf("Selwerd");
    await expect(wijkbot("wijk", "instellingen", "Selwerd", "--zet", json)).rejects.toThrow(message);
    expect(await settingsOf("Selwerd")).toBe(before);
  });
});
