import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, TEST_TENANT_ID } from '../emulator/entra.js';
import { repoPath } from './fixtures.js';

/**
 * How the bundled CLI reaches the emulator in end-to-end tests, as a user reaches Azure: the test CA
 * trusted only through NODE_EXTRA_CA_CERTS, a client secret in the AZURE_* variables, and the emulator
 * named as Resource Manager and authority host.
 */
export const EMULATOR_ENV = {
  NODE_EXTRA_CA_CERTS: repoPath('test', 'emulator', 'certs', 'ca.pem'),
  AZURE_TENANT_ID: TEST_TENANT_ID,
  AZURE_CLIENT_ID: TEST_CLIENT_ID,
  AZURE_CLIENT_SECRET: TEST_CLIENT_SECRET,
} as const;

export function liveArgs(emulatorUrl: string): string[] {
  return ['--arm-endpoint', emulatorUrl, '--authority-host', emulatorUrl, '--auth', 'environment'];
}
