/**
 * `npm run emulator -- --estate FILE [--port N] [--faults SPEC] [--latency-ms N] [--seed N]
 *   [--arm-page-size N] [--management-groups FILE] [--lro-steps N] [--lro-step-ms N] [--propagation-checks N]`
 *
 * Prints exactly one line, `listening https://127.0.0.1:PORT`, then serves until SIGINT/SIGTERM.
 * Point clients at it with NODE_EXTRA_CA_CERTS=test/emulator/certs/ca.pem, `--arm-endpoint` and
 * `--authority-host` set to that address, and the test credentials from entra.ts.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { parseFaultSpec } from './faults.js';
import { startEmulator } from './server.js';

function whole(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number; got '${text}'`);
  return Number(text);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      estate: { type: 'string' },
      port: { type: 'string' },
      faults: { type: 'string' },
      'latency-ms': { type: 'string' },
      seed: { type: 'string' },
      'arm-page-size': { type: 'string' },
      'management-groups': { type: 'string' },
      'lro-steps': { type: 'string' },
      'lro-step-ms': { type: 'string' },
      'propagation-checks': { type: 'string' },
    },
    strict: true,
  });
  if (values.estate === undefined)
    throw new Error('--estate FILE is required (an estate snapshot, schemaVersion 1)');
  const snapshot = JSON.parse(readFileSync(values.estate, 'utf8')) as EstateSnapshot;
  if (snapshot.schemaVersion !== 1 || !Array.isArray(snapshot.resources)) {
    throw new Error(`${values.estate} is not an estate snapshot with schemaVersion 1`);
  }
  const managementGroups =
    values['management-groups'] === undefined
      ? undefined
      : (JSON.parse(readFileSync(values['management-groups'], 'utf8')) as Record<string, string[]>);
  const emulator = await startEmulator({
    snapshot,
    port: whole('port', values.port, 0),
    faults: values.faults === undefined ? undefined : parseFaultSpec(values.faults),
    latencyMs: whole('latency-ms', values['latency-ms'], 0),
    seed: whole('seed', values.seed, 1),
    armPageSize: whole('arm-page-size', values['arm-page-size'], 100),
    managementGroups,
    lro: {
      steps: whole('lro-steps', values['lro-steps'], 2),
      stepMs: whole('lro-step-ms', values['lro-step-ms'], 20),
    },
    propagationChecks: whole('propagation-checks', values['propagation-checks'], 0),
  });
  process.stdout.write(`listening ${emulator.url}\n`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${(error as Error).message}\n`);
  process.exit(1);
});
