/**
 * `npm run teams:package`: fills in the Teams app manifest from .env (the Azure Bot's
 * app id, the public address) and zips it with the icons, ready for sideloading
 * ("Apps → Manage your apps → Upload an app") or the Teams admin center.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import JSZip from "jszip";

const MANIFEST_DIR = join(import.meta.dirname, "manifest");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsPackageOptions {
  appId: string;
  /** The bot's public https address (the Azure Bot's messaging endpoint without /api/messages). */
  publicUrl: string;
  developerName?: string;
  version?: string;
  outFile: string;
}

/** Writes the zip and returns the filled-in manifest. Throws a Dutch explanation on bad settings. */
export async function packageTeamsApp(options: TeamsPackageOptions): Promise<Record<string, unknown>> {
  if (!GUID.test(options.appId)) {
    throw new Error("MICROSOFT_APP_ID ontbreekt of is geen GUID (zoals 1a2b3c4d-…): neem de 'Microsoft App ID' van je Azure Bot over in .env.");
  }
  let url: URL;
  try {
    url = new URL(options.publicUrl);
  } catch {
    throw new Error("PUBLIC_URL ontbreekt of is geen adres: zet het publieke https-adres van de bot in .env, bijv. https://wijkbot.example.nl");
  }
  const values: Record<string, string> = {
    MICROSOFT_APP_ID: options.appId,
    PUBLIC_URL: url.origin,
    PUBLIC_HOST: url.host,
    DEVELOPER_NAME: options.developerName ?? "Wijkbot",
    VERSION: options.version ?? "1.0.0",
  };
  const template = readFileSync(join(MANIFEST_DIR, "manifest.template.json"), "utf8");
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => JSON.stringify(values[key] ?? "").slice(1, -1));
  const manifest = JSON.parse(filled) as Record<string, unknown>;

  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  zip.file("color.png", readFileSync(join(MANIFEST_DIR, "color.png")));
  zip.file("outline.png", readFileSync(join(MANIFEST_DIR, "outline.png")));
  mkdirSync(dirname(options.outFile), { recursive: true });
  writeFileSync(options.outFile, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const outFile = process.argv[2] ?? "dist/wijkbot-teams.zip";
  try {
    await packageTeamsApp({
      appId: process.env.MICROSOFT_APP_ID ?? "",
      publicUrl: process.env.PUBLIC_URL ?? "",
      developerName: process.env.TEAMS_DEVELOPER_NAME,
      version: process.env.TEAMS_APP_VERSION,
      outFile,
    });
    process.stdout.write(`Teams-app klaar: ${outFile}\nUpload hem in Teams via Apps → Apps beheren → Een app uploaden.\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
