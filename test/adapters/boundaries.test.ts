import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const PLATFORM_SDKS = /^(grammy|botbuilder|botframework-|@whiskeysockets\/baileys|baileys)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g)];
  return specifiers.map((m) => m[1] ?? m[2] ?? m[3]);
}

function violations(dirs: string[], isForbidden: (specifier: string, file: string) => boolean): string[] {
  return dirs
    .flatMap((dir) => sourceFiles(join(ROOT, dir)))
    .flatMap((file) => importsOf(file).filter((s) => isForbidden(s, file)).map((s) => `${relative(ROOT, file)} imports ${s}`));
}

describe("boundaries between the core and the platforms", () => {
  it("the core (src/) and the commands never import a platform SDK", () => {
    expect(violations(["src", "commands"], (s) => PLATFORM_SDKS.test(s))).toEqual([]);
  });

  it("adapters never touch the database: no Prisma, no generated client, no services", () => {
    const forbidden = (s: string) => /^(@prisma\/|prisma$|better-sqlite3|pg$)/.test(s) || /src\/(generated|services|db(-postgres)?\.ts)/.test(s);
    expect(violations(["adapters"], forbidden)).toEqual([]);
  });

  it("adapters reach the core only through its public surface, src/core/index.ts (no deep paths such as src/core/types.ts)", () => {
    const publicSurface = join(ROOT, "src", "core", "index.ts");
    const deep = (s: string, file: string) => {
      if (!s.startsWith(".")) return false;
      const target = resolve(dirname(file), s);
      return relative(join(ROOT, "src"), target).split(/[\\/]/)[0] !== ".." && target !== publicSurface;
    };
    expect(violations(["adapters"], deep)).toEqual([]);
  });

  it("finds imports at all (the check itself works)", () => {
    expect(importsOf(join(ROOT, "adapters", "telegram", "index.ts"))).toContain("grammy");
    expect(importsOf(join(ROOT, "src", "start.ts")).some((s) => s.includes("services"))).toBe(true);
    expect(importsOf(join(ROOT, "adapters", "telegram", "parse.ts"))).toContain("../../src/core/index.ts");
  });
});
