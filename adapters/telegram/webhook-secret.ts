import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { StartRefusal } from "../../src/core/index.ts";

/** Shortest webhook secret we accept: enough that guessing it is hopeless. */
export const WEBHOOK_SECRET_MIN_CHARS = 32;
/** Telegram's own limits for secret_token: 1-256 characters, A-Z, a-z, 0-9, _ and -. */
const WEBHOOK_SECRET_MAX_CHARS = 256;
const WEBHOOK_SECRET_SHAPE = /^[A-Za-z0-9_-]+$/;
/** 32 random bytes: 43 URL-safe characters. */
const GENERATED_SECRET_BYTES = 32;

/**
 * The secret Telegram must send with every webhook call (X-Telegram-Bot-Api-Secret-Token).
 * A webhook always has one: the configured TELEGRAM_WEBHOOK_SECRET, which must be at least
 * 32 characters of Telegram's alphabet (otherwise the bot refuses to start and says why), or
 * a random one made now — registered with setWebhook at start, so it changes at every start.
 */
export function webhookSecret(configured: string | undefined): { secret: string; generated: boolean } {
  if (configured === undefined || configured === "") return { secret: randomBytes(GENERATED_SECRET_BYTES).toString("base64url"), generated: true };
  if (configured.length < WEBHOOK_SECRET_MIN_CHARS) {
    throw new StartRefusal(
      `wijkbot start niet: TELEGRAM_WEBHOOK_SECRET is te kort (${configured.length} tekens): gebruik er minstens ${WEBHOOK_SECRET_MIN_CHARS}, ` +
        "bijvoorbeeld de uitvoer van: openssl rand -hex 24. Of laat het leeg: dan maakt de bot bij elke start zelf een geheim.",
    );
  }
  if (configured.length > WEBHOOK_SECRET_MAX_CHARS || !WEBHOOK_SECRET_SHAPE.test(configured)) {
    throw new StartRefusal(
      `wijkbot start niet: TELEGRAM_WEBHOOK_SECRET mag alleen letters, cijfers, _ en - bevatten en hoogstens ${WEBHOOK_SECRET_MAX_CHARS} tekens lang zijn (zo wil Telegram het).`,
    );
  }
  return { secret: configured, generated: false };
}

/** Compares the header with the secret in constant time (hashes first, so lengths do not leak either). */
export function isWebhookSecret(given: string | undefined, secret: string): boolean {
  const a = createHash("sha256").update(given ?? "").digest();
  const b = createHash("sha256").update(secret).digest();
  return timingSafeEqual(a, b) && given !== undefined;
}
