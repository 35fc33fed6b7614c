import { spawnSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "vitest";

/** Debian packages that hold the readers the tests use (.ci/run installs them). */
const PACKAGES: Record<string, string> = {
  pdftotext: "poppler-utils",
  soffice: "libreoffice-writer-nogui",
  "soffice-calc": "libreoffice-calc-nogui",
  chromium: "chromium",
};

/** Readers that are more than a program on the PATH: Calc is a package of its own beside soffice (Writer). */
const CHECKS: Record<string, () => boolean> = {
  "soffice-calc": () => {
    const soffice = programPath("soffice");
    return soffice !== undefined && existsSync(join(dirname(realpathSync(soffice)), "libsclo.so"));
  },
};

function programPath(name: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function hasProgram(name: string): boolean {
  return CHECKS[name]?.() ?? programPath(name) !== undefined;
}

/**
 * `it` for a test that reads output with a real program. Without the program the test is
 * skipped on a developer's machine (with a note) but fails in CI, so a missing reader can
 * never turn into a silent pass there.
 */
export function itWithProgram(name: string): (title: string, test: () => Promise<void> | void, timeout?: number) => void {
  if (hasProgram(name)) return (title, test, timeout) => it(title, test, timeout);
  const hint = `${name} is not installed (Debian: apt-get install ${PACKAGES[name] ?? name}; .ci/run installs it)`;
  if (process.env.CI) {
    return (title) =>
      it(title, () => {
        throw new Error(hint);
      });
  }
  process.stderr.write(`⚠ skipped: ${hint}\n`);
  return (title, test, timeout) => it.skip(title, test, timeout);
}
