/**
 * Reads the estate the way the CLI will (issue 3, "done when"): a fresh Node process that trusts the
 * emulator only through NODE_EXTRA_CA_CERTS, signs in with AZURE_TENANT_ID / AZURE_CLIENT_ID /
 * AZURE_CLIENT_SECRET and the authority host, and prints the snapshot as JSON.
 * Usage: node scripts/run-ts.mjs test/azure/support/read-live.ts ARM_ENDPOINT AUTHORITY_HOST CAPTURED_AT SUB...
 */
import { resolveCloud } from '../../../src/azure/clouds.js';
import { createCredential } from '../../../src/azure/credentials.js';
import { readEstate } from '../../../src/azure/read-estate.js';

const [armEndpoint, authorityHost, capturedAt, ...subscriptions] = process.argv.slice(2);
const cloud = resolveCloud({ cloud: 'AzureCloud', armEndpoint, authorityHost });
const { credential } = createCredential(
  { auth: 'environment', audience: 'api://AzureADTokenExchange' },
  cloud,
);
const snapshot = await readEstate(
  { scope: { subscriptions } },
  { credential, cloud, now: () => new Date(capturedAt!) },
);
process.stdout.write(`${JSON.stringify(snapshot)}\n`);
