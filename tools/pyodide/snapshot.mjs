#!/usr/bin/env node
// Take futcompare snapshots on CPython 3.14 and a 3.15 pre-release, run as Pyodide (WebAssembly) under Node.js.
//
//   npm ci --prefix tools/pyodide                      # once: both Pyodide versions, from the npm registry only
//   node tools/pyodide/snapshot.mjs [--version 314|315|all] [--output DIR]
//
// For each Pyodide: load it from node_modules, copy the repository's src/futcompare/ package into its virtual
// filesystem, run futcompare.snapshots.take_snapshot() there, label the snapshot with the runtime, and write
// dumps(snapshot) to DIR/snapshot_name(...) (cpython-3.14-pyodide.json, cpython-3.15-pyodide.json).
// DIR defaults to src/futcompare/data/snapshots/ of the repository this script lives in.
//
// Offline: everything is read from node_modules and the repository. Any attempt to fetch a URL is refused and
// fails the run, so a snapshot can never depend on a download.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..", "..");
const PACKAGE_DIR = path.join(REPO, "src", "futcompare");
const DEFAULT_OUTPUT = path.join(PACKAGE_DIR, "data", "snapshots");

// The npm alias of each Pyodide (see package.json), and the CPython minor version it must report.
const PYODIDES = {
  314: { alias: "pyodide-314", python: "3.14" },
  315: { alias: "pyodide-315", python: "3.15" },
};

// Where the package is copied inside the Pyodide filesystem (put on sys.path).
const MOUNT = "/futcompare-src";

const USAGE = "usage: node tools/pyodide/snapshot.mjs [--version 314|315|all] [--output DIR]";

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { versions: Object.keys(PYODIDES), output: DEFAULT_OUTPUT, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value; ${USAGE}`);
      return argv[++i];
    };
    if (flag === "--version") {
      const version = value();
      if (version === "all") options.versions = Object.keys(PYODIDES);
      else if (version in PYODIDES) options.versions = [version];
      else throw new UsageError(`unknown --version ${JSON.stringify(version)}; give 314, 315 or all`);
    } else if (flag === "--output") {
      options.output = path.resolve(value());
    } else if (flag === "--verbose") {
      options.verbose = true;
    } else if (flag === "-h" || flag === "--help") {
      options.help = true;
    } else {
      throw new UsageError(`unknown argument ${JSON.stringify(arg)}; ${USAGE}`);
    }
  }
  return options;
}

// Refuse every URL fetch: Pyodide under Node reads local paths with fs, and only reaches for fetch() when asked to
// download something (a package from the CDN). The stdlib is all a snapshot needs.
const refusedRequests = [];
function forbidNetwork() {
  const refuse = (what) => {
    refusedRequests.push(what);
    throw new Error(`network access refused (${what}): the snapshot must be taken offline, from the stdlib alone`);
  };
  globalThis.fetch = async (resource) => refuse(String(resource?.url ?? resource));
  globalThis.WebSocket = class {
    constructor(url) {
      refuse(`WebSocket ${url}`);
    }
  };
}

async function importPyodide(alias) {
  // Resolve from this script's folder, so the script works from any working directory.
  const require = createRequire(path.join(HERE, "package.json"));
  let entry;
  try {
    entry = require.resolve(`${alias}/package.json`);
  } catch {
    throw new Error(
      `npm package ${alias} is not installed in ${path.join(HERE, "node_modules")}; run: npm ci --prefix tools/pyodide`,
    );
  }
  const indexURL = path.dirname(entry) + path.sep;
  const { version } = JSON.parse(readFileSync(entry, "utf-8"));
  const module = await import(pathToFileURL(path.join(indexURL, "pyodide.mjs")).href);
  return { loadPyodide: module.loadPyodide, indexURL, version };
}

// Every file of the futcompare package that the engine may read, except snapshots and bytecode caches.
function packageFiles(dir, relative = "") {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = relative ? `${relative}/${name}` : name;
    if (name === "__pycache__" || name.endsWith(".pyc")) continue;
    if (statSync(full).isDirectory()) {
      files.push({ rel, directory: true });
      if (rel !== "data/snapshots") files.push(...packageFiles(full, rel));
    } else {
      files.push({ rel, content: readFileSync(full) });
    }
  }
  return files;
}

const PYTHON = `
def _futcompare_snapshot(mount, runtime):
    import sys

    sys.path.insert(0, mount)
    from futcompare.snapshots import dumps, snapshot_name, take_snapshot

    snapshot = take_snapshot()
    snapshot["python"]["runtime"] = runtime
    return snapshot_name(snapshot["python"]), dumps(snapshot), snapshot["python"]["version"]
`;

function pythonErrorLine(error) {
  // A PythonError's message is the whole traceback; its last line names the exception.
  const lines = String(error.message ?? error).trim().split("\n");
  return lines[lines.length - 1];
}

async function takeSnapshot(key, options) {
  const { alias, python } = PYODIDES[key];
  const { loadPyodide, indexURL, version } = await importPyodide(alias);
  const started = performance.now();
  const output = [];
  const pyodide = await loadPyodide({
    indexURL,
    // Even an accidental loadPackage() must look in node_modules, never on the CDN.
    packageBaseUrl: indexURL,
    stdout: (line) => output.push(line),
    stderr: (line) => output.push(line),
  });
  // The npm version, as package.json pins it (pyodide.version spells 315.0.0-alpha.2 as 315.0.0a2).
  const pyodideVersion = version;
  const files = packageFiles(PACKAGE_DIR);
  pyodide.FS.mkdirTree(`${MOUNT}/futcompare`);
  for (const file of files) {
    const target = `${MOUNT}/futcompare/${file.rel}`;
    if (file.directory) pyodide.FS.mkdirTree(target);
    else pyodide.FS.writeFile(target, file.content);
  }
  const runtime = `Pyodide ${pyodideVersion} (WebAssembly) under Node.js ${process.version}`;
  let name, text, pythonVersion;
  try {
    pyodide.runPython(PYTHON);
    const run = pyodide.globals.get("_futcompare_snapshot");
    const result = run(MOUNT, runtime);
    [name, text, pythonVersion] = result.toJs();
    result.destroy();
    run.destroy();
  } catch (error) {
    if (options.verbose) console.error(String(error.message ?? error));
    if (output.length && options.verbose) console.error(output.join("\n"));
    throw new Error(`Pyodide ${pyodideVersion} could not take the snapshot: ${pythonErrorLine(error)}`);
  }
  if (!pythonVersion.startsWith(`${python}.`)) {
    // 3.14.2 and 3.15.0a2 start with "3.14." and "3.15."; anything else means an alias points at the wrong Pyodide.
    throw new Error(`${alias} reports Python ${pythonVersion}, not ${python}; check tools/pyodide/package.json`);
  }
  mkdirSync(options.output, { recursive: true });
  const target = path.join(options.output, name);
  writeFileSync(target, text, "utf-8");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shown = path.relative(process.cwd(), target) || target;
  console.log(`wrote ${shown}: CPython ${pythonVersion} on ${runtime} (${seconds} s)`);
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`snapshot.mjs: error: ${error.message}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(path.join(PACKAGE_DIR, "snapshots.py"))) {
    console.error(`snapshot.mjs: error: no futcompare package at ${PACKAGE_DIR}; run this script from its repository`);
    return 1;
  }
  forbidNetwork();
  for (const key of options.versions) {
    try {
      await takeSnapshot(key, options);
    } catch (error) {
      console.error(`snapshot.mjs: error: ${error.message.split("\n")[0]}`);
      if (options.verbose && error.stack) console.error(error.stack);
      return 1;
    }
  }
  if (refusedRequests.length) {
    // Pyodide caught a refused request and went on: still a failure, the run was meant to be offline.
    console.error(`snapshot.mjs: error: a network request was attempted: ${refusedRequests.join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
