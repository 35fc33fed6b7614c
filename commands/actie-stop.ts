import { statusCommand } from "../src/core/status-command.ts";

export default statusCommand({
  word: "stop",
  status: "gestopt",
  aliases: ["actie gestopt", "actie geannuleerd", "actie annuleer", "action stop", "action stopped", "action cancel"],
  summary: "stopt een actie (gaat niet door)",
  summaryEn: "stops an action",
  example: "/actie stop ouderbetrokkenheid",
});
