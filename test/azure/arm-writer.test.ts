import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ArmHttp } from '../../src/azure/arm-http.js';
import { ArmWriter } from '../../src/azure/arm-writer.js';
import { AzureRequestError } from '../../src/azure/azure-error.js';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { connect, FAST_RETRY, FAST_SDK_RETRIES } from '../emulator/testing.js';
import { readRepoFile } from '../support/fixtures.js';

/** ARM writes for extensions, trusted access, role assignments and providers against the emulator. */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const DEV = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const VAULT = `/subscriptions/${DEV}/resourceGroups/rg-backup-dev/providers/Microsoft.DataProtection/backupVaults/bv-aks-dev-weu`;
const TEAM_C = `/subscriptions/${DEV}/resourceGroups/rg-dev-team-c/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-c`;
const EXTENSION = `${TEAM_C}/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup`;
const VAULT_PRINCIPAL = 'ce687bf0-eaca-4554-b252-6cabe8f07758';

let emulator: Emulator;
let writer: ArmWriter;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot, lro: { steps: 2, stepMs: 5 } });
  writer = new ArmWriter({
    ...connect(emulator, { retryOptions: FAST_SDK_RETRIES }),
    retry: FAST_RETRY,
    pollIntervalMs: 5,
  });
});
afterAll(() => emulator.close());

const readerOn = (principalId: string): unknown => ({
  properties: {
    roleDefinitionId: `/subscriptions/${DEV}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
    principalId,
    principalType: 'ServicePrincipal',
  },
});

describe('ArmWriter', () => {
  it('installs the backup extension and returns it Succeeded with its identity', async () => {
    const extension = await writer.putExtension(EXTENSION, {
      properties: {
        extensionType: 'microsoft.dataprotection.kubernetes',
        autoUpgradeMinorVersion: true,
        releaseTrain: 'stable',
        scope: { cluster: { releaseNamespace: 'dataprotection-microsoft' } },
        configurationSettings: { 'configuration.backupStorageLocation.bucket': 'aks-backups' },
      },
    });
    expect(extension).toMatchObject({
      properties: {
        provisioningState: 'Succeeded',
        aksAssignedIdentity: { principalId: expect.any(String) },
      },
    });
    const patched = await writer.patchExtension(EXTENSION, {
      properties: { configurationSettings: { 'configuration.backupStorageLocation.bucket': 'other' } },
    });
    expect(patched).toMatchObject({
      properties: { configurationSettings: { 'configuration.backupStorageLocation.bucket': 'other' } },
    });
    expect(await writer.getExtension(EXTENSION)).toMatchObject({
      properties: { provisioningState: 'Succeeded' },
    });
  });

  it('creates a trusted-access binding and waits for Succeeded', async () => {
    const id = `${TEAM_C}/trustedAccessRoleBindings/aksbg-writer`;
    const binding = await writer.putTrustedAccessBinding(id, {
      properties: {
        sourceResourceId: VAULT,
        roles: ['Microsoft.DataProtection/backupVaults/backup-operator'],
      },
    });
    expect(binding).toMatchObject({
      properties: { provisioningState: 'Succeeded', sourceResourceId: VAULT },
    });
  });

  it('creates a role assignment, and reads 409 RoleAssignmentExists as "already granted"', async () => {
    const first = await writer.putRoleAssignment(
      `${TEAM_C}/providers/Microsoft.Authorization/roleAssignments/5c4b3a29-0000-4000-8000-000000000001`,
      readerOn(VAULT_PRINCIPAL),
    );
    expect(first.kind).toBe('created');
    const second = await writer.putRoleAssignment(
      `${TEAM_C}/providers/Microsoft.Authorization/roleAssignments/5c4b3a29-0000-4000-8000-000000000002`,
      readerOn(VAULT_PRINCIPAL),
    );
    expect(second).toEqual({ kind: 'exists' });
    expect(
      await writer.getRoleAssignment(
        `${TEAM_C}/providers/Microsoft.Authorization/roleAssignments/5c4b3a29-0000-4000-8000-000000000002`,
      ),
    ).toBeUndefined();
  });

  it('throws PrincipalNotFound with what to do', async () => {
    const principal = '9f8e7d6c-0000-4000-8000-000000000123';
    emulator.writes.principalNotReplicated(principal, 1);
    const error = await writer
      .putRoleAssignment(
        `${TEAM_C}/providers/Microsoft.Authorization/roleAssignments/5c4b3a29-0000-4000-8000-000000000003`,
        readerOn(principal),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AzureRequestError);
    expect(error).toMatchObject({ statusCode: 400, code: 'PrincipalNotFound' });
    expect((error as Error).message).toContain('What to do: the identity was created moments ago');
  });

  it('registers a provider and reads its state', async () => {
    expect(await writer.registerProvider(DEV, 'Microsoft.Contoso')).toBe('Registering');
    emulator.settleAll();
    expect(await writer.providerState(DEV, 'Microsoft.Contoso')).toBe('Registered');
  });
});

describe('ArmHttp URL rules (AZURE-FACTS.md §6.2, Traps 9)', () => {
  it('follows monitor URLs on the ARM endpoint or a Resource Manager host only', () => {
    const http = new ArmHttp(connect(emulator));
    expect(http.urlOf({ url: `${emulator.url}/subscriptions/x/operationStatus/y?api-version=1` })).toContain(
      emulator.url,
    );
    expect(
      http.urlOf({ url: 'https://management.windowsazure.com/subscriptions/x?api-version=1' }),
    ).toContain('management.windowsazure.com');
    expect(() => http.urlOf({ url: 'https://attacker.example/x?api-version=1' })).toThrow(
      'refusing to send the token there',
    );
    expect(() => http.urlOf({ url: `${emulator.url.replace('https', 'http')}/x?api-version=1` })).toThrow();
  });
});
