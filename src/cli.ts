#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';
import { clockFromEnv } from './util/clock.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: clockFromEnv(process.env),
});
