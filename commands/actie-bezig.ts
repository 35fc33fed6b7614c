import { statusCommand } from "../src/core/status-command.ts";

export default statusCommand({
  word: "bezig",
  status: "bezig",
  aliases: ["actie gestart", "actie begonnen", "actie start", "action started", "action start", "action busy"],
  summary: "zet een actie op bezig (gestart)",
  summaryEn: "marks an action as in progress (started)",
  example: "/actie bezig wijkwebsite",
});
