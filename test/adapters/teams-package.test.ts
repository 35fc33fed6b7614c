import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import { packageTeamsApp } from "../../adapters/teams/package-manifest.ts";

const APP_ID = "1a2b3c4d-0000-4000-8000-123456789abc";
const dir = mkdtempSync(join(tmpdir(), "teams-package-"));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("npm run teams:package", () => {
  it("zips a manifest with the app id, the public domain and both icons for sideloading", async () => {
    const outFile = join(dir, "wijkbot-teams.zip");
    await packageTeamsApp({ appId: APP_ID, publicUrl: "https://wijkbot.example.nl/", outFile });
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifestText = await zip.file("manifest.json")!.async("string");
    expect(manifestText).not.toContain("{{");
    const manifest = JSON.parse(manifestText);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ["team", "groupChat", "personal"] });
    expect(manifest.validDomains).toEqual(["wijkbot.example.nl"]);
    expect(pngSize(await zip.file("color.png")!.async("nodebuffer"))).toEqual([192, 192]);
    expect(pngSize(await zip.file("outline.png")!.async("nodebuffer"))).toEqual([32, 32]);
  });

  it("explains in Dutch what is missing instead of writing a broken package", async () => {
    await expect(packageTeamsApp({ appId: "", publicUrl: "https://x.nl", outFile: join(dir, "a.zip") })).rejects.toThrow(/MICROSOFT_APP_ID ontbreekt/);
    await expect(packageTeamsApp({ appId: APP_ID, publicUrl: "", outFile: join(dir, "b.zip") })).rejects.toThrow(/PUBLIC_URL ontbreekt/);
  });
});
