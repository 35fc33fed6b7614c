import { describe, expect, it } from "vitest";
import { renderActionDescription } from "../../src/render/action-description.ts";

describe("renderActionDescription", () => {
  it("labels an action with its pillar in brackets, and names its owners", () => {
    expect(renderActionDescription({ title: "Watertappunt in de wijk", pillarName: "Gezond", ownerNames: ["Fatima", "Jan", "Sanne"] }, "nl")).toEqual({
      title: "Watertappunt in de wijk",
      label: "Watertappunt in de wijk (Gezond)",
      owners: "Fatima, Jan en Sanne",
    });
  });

  it("leaves out a missing pillar and says there is no owner yet, in the reader's language", () => {
    const nobody = { title: "Buurtmoestuin", pillarName: null, ownerNames: [] };
    expect(renderActionDescription(nobody, "nl")).toMatchObject({ label: "Buurtmoestuin", owners: "nog niemand" });
    expect(renderActionDescription(nobody, "en").owners).toBe("nobody yet");
    expect(renderActionDescription({ ...nobody, ownerNames: ["Fatima", "Jan"] }, "en").owners).toBe("Fatima and Jan");
  });
});
