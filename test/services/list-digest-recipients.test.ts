import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { listDigestRecipients } from "../../src/services/list-digest-recipients.ts";
import { setDigestSubscription } from "../../src/services/set-digest-subscription.ts";

const demo = useDemoWijk();
const names = async () => (await listDigestRecipients(demo().db, demo().wijkId)).map((p) => p.displayName);

describe("listDigestRecipients (who gets the weekoverzicht)", () => {
  it("is the coördinator by default", async () => {
    expect(await names()).toEqual(["Marieke"]);
  });

  it("adds whoever subscribed with /weekoverzicht aan, and drops them again with uit", async () => {
    const henk = await demo().person("Henk");
    await setDigestSubscription(demo().db, { personId: henk.id, subscribed: true });
    expect(await names()).toEqual(["Marieke", "Henk"]);
    await setDigestSubscription(demo().db, { personId: henk.id, subscribed: false });
    expect(await names()).toEqual(["Marieke"]);
  });

  it("keeps the coördinator even when she unsubscribed (it is her tool), but not once she left", async () => {
    const { db, person, now } = demo();
    const marieke = await person("Marieke");
    await setDigestSubscription(db, { personId: marieke.id, subscribed: false });
    expect(await names()).toEqual(["Marieke"]);
    await db.person.update({ where: { id: marieke.id }, data: { leftAt: now } });
    expect(await names()).toEqual([]);
  });
});
