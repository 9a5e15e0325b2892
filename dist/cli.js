#!/usr/bin/env node
import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  INPUTS,
  clockFromEnv,
  pollIntervalFromEnv,
  renderJson,
  renderTerminal,
  resolveSettings,
  runCommand,
  writeRequestedFiles
} from "./chunks/chunk-NKFNJJ2X.js";
import {
  InputError,
  TOOL_NAME,
  TOOL_VERSION,
  formatDiagnostic,
  suggest
} from "./chunks/chunk-LEEMSPS5.js";
import "./chunks/chunk-K75ECK3V.js";
import "./chunks/chunk-DXYLSLI5.js";
import "./chunks/chunk-7EMEIYIE.js";
import "./chunks/chunk-E45LEVXN.js";

// src/cli/help.ts
var COMMAND_HELP = [
  ["validate", "check the desired-state file: schema, references, ids, durations, exemptions (no Azure)"],
  ["plan", "diff desired state against Azure (or --estate) and print a Terraform-style plan"],
  ["apply", "make Azure match the reviewed plan"],
  ["audit", "estate-wide compliance: unprotected clusters, unhealthy instances, stale recovery points"],
  ["backup", "pre-upgrade gate: ensure a recovery point younger than --max-age exists"],
  ["restore-test", "restore drill: restore the latest recovery point to the drill target and measure it"],
  ["export", "write the live estate to a snapshot file that --estate reads back"],
  ["rules", "list the rule catalogue"]
];
function helpText() {
  const width = Math.max(...INPUTS.map((i) => i.name.length)) + 4;
  const flags = INPUTS.filter((i) => i.name !== "command" && !i.actionOnly).map((i) => {
    const def = i.default && !i.default.startsWith("${{") ? ` (default: ${i.default})` : "";
    return `  --${i.name.padEnd(width)}${i.description}${def}`;
  });
  return [
    `${TOOL_NAME} ${TOOL_VERSION}: keeps Azure Kubernetes Service backups honest.`,
    "",
    `Usage: ${TOOL_NAME} <command> [options]`,
    "",
    "Commands:",
    ...COMMAND_HELP.map(([name, text]) => `  ${name.padEnd(14)}${text}`),
    "",
    "Options (the same names as the GitHub Action inputs):",
    ...flags,
    "",
    "Exit codes: 0 compliant and nothing to change; 1 error; 2 changes pending or findings at or above --fail-on.",
    ""
  ].join("\n");
}

// src/cli/args.ts
var BY_FLAG = /* @__PURE__ */ new Map();
for (const spec of INPUTS) {
  BY_FLAG.set(spec.name, spec);
  for (const alias of spec.aliases ?? []) BY_FLAG.set(alias, spec);
}
function parseArgs(argv) {
  const values = /* @__PURE__ */ new Map();
  const problems = [];
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help" || arg === "help") {
      help = true;
      continue;
    }
    if (arg === "-v" || arg === "--version") {
      version = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      if (values.has("command"))
        problems.push(`unexpected argument '${arg}': give one command, then --flags`);
      else values.set("command", arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf("=");
    let name = eq === -1 ? body : body.slice(0, eq);
    let value = eq === -1 ? void 0 : body.slice(eq + 1);
    let spec = BY_FLAG.get(name);
    if (!spec && name.startsWith("no-") && BY_FLAG.get(name.slice(3))?.type === "boolean" && value === void 0) {
      name = name.slice(3);
      spec = BY_FLAG.get(name);
      value = "false";
    }
    if (!spec) {
      const guess = suggest(name, BY_FLAG.keys());
      problems.push(`unknown option '--${name}'${guess ? `; did you mean '--${guess}'?` : ""} (see --help)`);
      if (value === void 0 && argv[i + 1] !== void 0 && !argv[i + 1].startsWith("--")) i++;
      continue;
    }
    if (spec.actionOnly) {
      problems.push(
        `'--${spec.name}' is an input of the GitHub Action only: the CLI never writes to GitHub; write the report with --output-markdown or --output-json instead`
      );
      if (value === void 0 && spec.type !== "boolean" && argv[i + 1] !== void 0 && !argv[i + 1].startsWith("--"))
        i++;
      continue;
    }
    if (value === void 0) {
      if (spec.type === "boolean") value = "true";
      else if (argv[i + 1] === void 0 || argv[i + 1].startsWith("--")) {
        problems.push(`option '--${name}' needs a value`);
        continue;
      } else value = argv[++i];
    }
    if (values.has(spec.name) && spec.type !== "list") {
      problems.push(`option '--${spec.name}' is given more than once`);
    }
    const previous = values.get(spec.name);
    values.set(spec.name, spec.type === "list" && previous ? `${previous},${value}` : value);
  }
  if (problems.length > 0)
    throw new InputError(problems.map((message) => ({ file: "command line", message })));
  return { values, help, version };
}

// src/cli/run-cli.ts
async function runCli(argv, io) {
  const debug = io.env.AKS_BACKUP_GUARD_DEBUG === "1" || io.env.RUNNER_DEBUG === "1";
  const log = {
    info: (m) => io.stderr(`${m}
`),
    warning: (m) => io.stderr(`warning: ${m}
`),
    debug: (m) => debug ? io.stderr(`debug: ${m}
`) : void 0
  };
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(helpText());
      return 0;
    }
    if (args.version) {
      io.stdout(`${TOOL_VERSION}
`);
      return 0;
    }
    if (!args.values.has("command")) {
      io.stderr(helpText());
      io.stderr("error: give a command, e.g. validate\n");
      return 1;
    }
    const settings = resolveSettings((name) => args.values.get(name) ?? "", "flag");
    const pollIntervalMs = pollIntervalFromEnv(io.env);
    const report = await runCommand({
      settings,
      now: io.now(),
      log,
      ...pollIntervalMs !== void 0 ? { azure: { pollIntervalMs } } : {},
      ...io.confirm ? { approval: { kind: "terminal", confirm: io.confirm } } : {}
    });
    writeRequestedFiles(report, settings, process.cwd());
    io.stdout(settings.format === "json" ? renderJson(report) : renderTerminal(report));
    return report.exitCode;
  } catch (error) {
    if (error instanceof InputError) {
      for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}
`);
    } else {
      io.stderr(`error: ${error?.message ?? String(error)}
`);
      log.debug(error?.stack ?? "");
    }
    return 1;
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: clockFromEnv(process.env),
  // Only a person at a terminal can answer apply's question; in CI apply needs --auto-approve.
  ...process.stdin.isTTY && process.stderr.isTTY ? { confirm: askInTerminal } : {}
});
async function askInTerminal(question) {
  const { createInterface } = await import("node:readline/promises");
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await terminal.question(question)).trim() === "yes";
  } finally {
    terminal.close();
  }
}
