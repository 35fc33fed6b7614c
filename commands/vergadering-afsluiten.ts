import { z } from "zod";
import { defineCommand, type Reply } from "../src/core/command.ts";
import { closeMeeting } from "../src/services/close-meeting.ts";
import { AppError } from "../src/services/errors.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";

/** A meeting can be closed from shortly before its start (one that starts a bit early). */
const CLOSE_EARLY_MS = 2 * 60 * 60_000;

export default defineCommand({
  name: "vergadering afsluiten",
  aliases: ["vergadering sluiten", "vergadering klaar", "vergadering einde", "meeting close"],
  summary: "sluit de vergadering af: besluiten naar de kartrekkers, open punten naar de volgende keer",
  usage: "/vergadering afsluiten",
  examples: ["/vergadering afsluiten"],
  mutates: true,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    ctx.requireRole(["coordinator", "voorzitter"], "een vergadering afsluiten");
    const meeting = await ctx.tx.meeting.findFirst({
      where: { wijkId: ctx.wijk.id, closedAt: null, startsAt: { lte: new Date(ctx.now.getTime() + CLOSE_EARLY_MS) } },
      orderBy: { startsAt: "desc" },
    });
    if (!meeting) throw new AppError("NOT_FOUND", "Er is geen vergadering bezig om af te sluiten. Typ /vergaderingen voor de planning.");
    const settings = readScheduleSettings(ctx.wijk.settings);
    const result = await closeMeeting(ctx.tx, { meeting, fixedItems: settings.meetings.fixedItems, now: ctx.now });
    const replies: Reply[] = [
      { text: `✅ Vergadering afgesloten.${result.carried ? ` ${result.carried} ${result.carried === 1 ? "punt gaat" : "punten gaan"} door naar de volgende keer.` : ""}${result.text ? " De besluiten staan nu in de kartrekkersgroep." : ""}` },
    ];
    if (result.text) replies.push({ text: result.text, to: { chatKind: "kartrekkers" } });
    return replies;
  },
});
