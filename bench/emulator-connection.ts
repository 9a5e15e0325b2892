/**
 * The project's real Azure plumbing pointed at the emulator from a worker process: the cloud resolved
 * from the emulator's address, a client-secret credential of its test tenant, and its CA trusted per
 * client. The same path as test/emulator/testing.ts `connect()`, which needs the in-process Emulator
 * object; a worker only has the address.
 */
import { resolveCloud } from '../src/azure/clouds.js';
import { createCredential } from '../src/azure/credentials.js';
import type { Connection } from '../test/emulator/testing.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, TEST_TENANT_ID } from '../test/emulator/entra.js';
import type { EmulatorAddress } from './tasks.js';

export function connectTo(emulator: EmulatorAddress): Connection {
  const cloud = resolveCloud({ cloud: 'AzureCloud', armEndpoint: emulator.url, authorityHost: emulator.url });
  const transport = { tlsOptions: { ca: emulator.caPem } };
  const { credential } = createCredential(
    { auth: 'environment', audience: 'api://AzureADTokenExchange' },
    cloud,
    {
      env: {
        AZURE_TENANT_ID: TEST_TENANT_ID,
        AZURE_CLIENT_ID: TEST_CLIENT_ID,
        AZURE_CLIENT_SECRET: TEST_CLIENT_SECRET,
      },
      transport,
    },
  );
  return { cloud, credential, transport };
}
