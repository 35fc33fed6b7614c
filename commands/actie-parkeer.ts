import { statusCommand } from "../src/core/status-command.ts";

export default statusCommand({
  word: "parkeer",
  status: "geparkeerd",
  aliases: ["actie geparkeerd", "actie pauzeer", "action park", "action parked", "action pause"],
  summary: "parkeert een actie (later weer oppakken)",
  summaryEn: "parks an action (on hold)",
  example: "/actie parkeer kindteams",
});
