import { z } from "zod";
import { defineCommand, type Reply } from "../src/core/command.ts";
import { closeMeeting } from "../src/services/close-meeting.ts";
import { findMeetingToClose } from "../src/services/find-meeting-to-close.ts";
import { AppError } from "../src/core/errors.ts";
import { readScheduleSettings } from "../src/scheduler/settings.ts";
import { renderMeetingClosed } from "../src/render/meeting-closed.ts";
import { DEFAULT_LANGUAGE, dutch } from "../src/i18n/index.ts";

export default defineCommand({
  name: "vergadering afsluiten",
  aliases: ["vergadering sluiten", "vergadering klaar", "vergadering einde", "meeting close", "meeting end"],
  summary: "sluit de vergadering af: besluiten naar de kartrekkers, open punten naar de volgende keer",
  summaryEn: "closes the meeting: decisions go to the action leads, open items to next time",
  usage: "/vergadering afsluiten",
  examples: ["/vergadering afsluiten"],
  mutates: true,
  parse: () => ({}),
  schema: z.object({}),
  async run(ctx) {
    ctx.requireRole(["coordinator", "voorzitter"], "meeting.closeWhat");
    const meeting = await findMeetingToClose(ctx.tx, { wijkId: ctx.wijk.id, now: ctx.now });
    if (!meeting) throw new AppError("NOT_FOUND", ctx.t("meeting.noneToClose"));
    const settings = readScheduleSettings(ctx.wijk.settings);
    const result = await closeMeeting(ctx.tx, { meeting, fixedItems: settings.meetings.fixedItems, now: ctx.now });
    const replies: Reply[] = [
      {
        text: [
          ctx.t("meeting.closed"),
          result.carried ? ctx.t("meeting.closedCarried", { count: result.carried }) : "",
          result.report ? ctx.t("meeting.closedDecisions") : "",
        ].join(""),
      },
    ];
    // Dutch, as every group message.
    if (result.report) replies.push({ text: renderMeetingClosed(result.report, dutch, DEFAULT_LANGUAGE, ctx.now), to: { chatKind: "kartrekkers" } });
    return replies;
  },
});
