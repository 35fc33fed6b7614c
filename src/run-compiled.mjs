/**
 * `npm start`: runs the bot as plain JavaScript. Each TypeScript source (src, adapters,
 * commands) is compiled to dist/ when its compiled file is missing or older — all of them
 * once after a clone (`npm install` does it already), afterwards only what changed — with
 * TypeScript's own transpiler: no type check (`npm run typecheck` does that), no network.
 * Compiled code keeps the TypeScript loader and its caches out of the bot's memory.
 * `node src/run-compiled.mjs --compile-only` compiles and stops.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist");
const SOURCE_DIRS = ["src", "adapters", "commands"];

/** Every .ts/.tsx source under the given folders (declaration files left out). */
function sources() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) found.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(ROOT, dir));
  return found;
}

const compiledPath = (file) => join(OUT, relative(ROOT, file)).replace(/\.tsx?$/, ".js");

let typescript;

/**
 * Compiles one source file to its place under dist/ (its relative imports then point at the
 * other compiled files); returns that path. Written to a temporary name and renamed, so a
 * second process starting at the same time never reads a half-written file.
 */
export async function compileFile(file) {
  typescript ??= (await import("typescript")).default;
  const ts = typescript;
  const compilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    jsx: ts.JsxEmit.ReactJSX,
    jsxImportSource: "hono/jsx",
    esModuleInterop: true,
    rewriteRelativeImportExtensions: true,
  };
  const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions, fileName: file });
  const target = compiledPath(file);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, outputText);
  renameSync(temporary, target);
  return target;
}

/** dist/ as the sources are now: every source whose compiled file is missing or older is compiled. */
export async function ensureCompiled() {
  const stale = sources().filter((file) => !existsSync(compiledPath(file)) || statSync(compiledPath(file)).mtimeMs < statSync(file).mtimeMs);
  if (stale.length > 20) process.stderr.write(`wijkbot: compiling ${stale.length} source files to dist/ …\n`);
  for (const file of stale) await compileFile(file);
  // Code that finds files beside itself (the migrations in prisma/) finds them from dist/ too.
  if (!existsSync(join(OUT, "prisma"))) {
    try {
      symlinkSync(join("..", "prisma"), join(OUT, "prisma"));
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
  }
  return OUT;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureCompiled();
  if (process.argv[2] !== "--compile-only") await import(pathToFileURL(join(OUT, "src", "main.js")).href);
}
