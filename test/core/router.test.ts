import { describe, expect, it } from "vitest";
import { CommandRouter } from "../../src/core/router.ts";
import { commands } from "../../commands/index.ts";

const router = new CommandRouter(commands);
function routed(text: string) {
  const r = router.route(text);
  return r.kind === "command" ? `${r.routed.command.name} | ${r.routed.rest}` : r.kind;
}

describe("command words are forgiving", () => {
  it.each([
    ["/actie klaar watertappunt", "actie klaar | watertappunt"],
    ["/actie af watertappunt", "actie klaar | watertappunt"],
    ["/actie gedaan watertappunt", "actie klaar | watertappunt"],
    ["/actie afgerond watertappunt", "actie klaar | watertappunt"],
    ["/actie gestart wijkwebsite", "actie bezig | wijkwebsite"],
    ["/actie begonnen wijkwebsite", "actie bezig | wijkwebsite"],
    ["/actie geannuleerd x", "actie stop | x"],
    ["/actie toevoegen Speeltuin", "actie nieuw | Speeltuin"],
    ["/acite klaar watertappunt", "actie klaar | watertappunt"],
    ["/Actie KLAAR Watertappunt", "actie klaar | Watertappunt"],
    ["/actie, klaar: watertappunt", "actie klaar | watertappunt"],
    ["/actie@WijkBot klaar watertappunt", "actie klaar | watertappunt"],
    ["/action done watertappunt", "actie klaar | watertappunt"],
    ["/actie watertappunt klaar", "actie klaar | watertappunt"],
    ["/acties te laat", "acties | te laat"],
    ["/overview", "overzicht | "],
    ["/hlep", "help | "],
    ["/help actie klaar", "help | actie klaar"],
  ])("%s", (text, expected) => {
    expect(routed(text)).toBe(expected);
  });

  it("asks which sub-command when only the group word is given", () => {
    expect(routed("/actie")).toBe("incomplete");
    expect(routed("/actie xyz watertappunt")).toBe("incomplete");
  });

  it("does not guess unknown commands", () => {
    expect(routed("/pizza")).toBe("unknown");
    expect(routed("/")).toBe("unknown");
  });
});
