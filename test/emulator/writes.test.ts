import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { readRepoFile } from '../support/fixtures.js';
import { startEmulator, type Emulator, type EmulatorOptions } from './server.js';
import { SPEC_FILES, SpecValidator } from '../contract/openapi.js';
import { armToken, connect, rawRequest, type RawResponse } from './testing.js';

/**
 * The emulator's write side at the HTTP level, below any SDK: status codes, LRO headers and the state
 * machine of AZURE-FACTS.md §6.4, the validation errors of the real service, and faults during writes.
 * The estate is examples/estate.json; aks-dev-team-a is fully set up for backup there, aks-dev-team-b
 * lacks its trusted-access binding and two role assignments.
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const DEV = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const VAULT = `/subscriptions/${DEV}/resourceGroups/rg-backup-dev/providers/Microsoft.DataProtection/backupVaults/bv-aks-dev-weu`;
const POLICY = `${VAULT}/backupPolicies/daily-30d`;
const TEAM_A = `/subscriptions/${DEV}/resourceGroups/rg-dev-team-a/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-a`;
const TEAM_B = `/subscriptions/${DEV}/resourceGroups/rg-dev-team-b/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-b`;
const TEAM_C = `/subscriptions/${DEV}/resourceGroups/rg-dev-team-c/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-c`;
const SNAPSHOTS = `/subscriptions/${DEV}/resourceGroups/rg-aks-snapshots-dev`;
const VAULT_PRINCIPAL = 'ce687bf0-eaca-4554-b252-6cabe8f07758';
const TEAM_B_PRINCIPAL = '629b6ac6-5149-4425-9c22-8feeaa2031ed';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const DP = '?api-version=2025-07-01';

function instance(clusterId: string, name: string, withSetInfo = true): Record<string, unknown> {
  const datasource = {
    datasourceType: 'Microsoft.ContainerService/managedClusters',
    resourceID: clusterId,
    resourceUri: clusterId,
    resourceName: name,
    resourceType: 'Microsoft.ContainerService/managedClusters',
    resourceLocation: 'westeurope',
  };
  return {
    objectType: 'BackupInstance',
    friendlyName: `${name}/bi`,
    dataSourceInfo: { objectType: 'Datasource', ...datasource },
    ...(withSetInfo ? { dataSourceSetInfo: { objectType: 'DatasourceSet', ...datasource } } : {}),
    policyInfo: {
      policyId: POLICY,
      policyParameters: {
        backupDatasourceParametersList: [
          {
            objectType: 'KubernetesClusterBackupDatasourceParameters',
            snapshotVolumes: true,
            includeClusterScopeResources: true,
          },
        ],
        dataStoreParametersList: [
          {
            objectType: 'AzureOperationalStoreParameters',
            dataStoreType: 'OperationalStore',
            resourceGroupId: SNAPSHOTS,
          },
        ],
      },
    },
  };
}

function roleAssignment(roleGuid: string, principalId: string): unknown {
  return {
    properties: {
      roleDefinitionId: `/subscriptions/${DEV}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
      principalId,
      principalType: 'ServicePrincipal',
    },
  };
}

async function start(options: Partial<EmulatorOptions> = {}): Promise<{ emulator: Emulator; token: string }> {
  const emulator = await startEmulator({ snapshot, lro: { steps: 2, stepMs: 5 }, ...options });
  return { emulator, token: await armToken(connect(emulator)) };
}

/** Path and query of an absolute monitor URL, after checking it points at the emulator itself. */
function local(emulator: Emulator, url: string | string[] | undefined): string {
  expect(typeof url).toBe('string');
  expect((url as string).startsWith(`${emulator.url}/`)).toBe(true);
  return (url as string).slice(emulator.url.length);
}

async function pollStatus(emulator: Emulator, token: string, url: string): Promise<RawResponse[]> {
  const seen: RawResponse[] = [];
  for (let i = 0; i < 50; i++) {
    const response = await rawRequest(emulator, local(emulator, url), { token });
    seen.push(response);
    if ((response.json as { status?: string }).status !== 'InProgress') return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('operation never ended');
}

describe('emulator writes: backup instance PUT and its operation (AZURE-FACTS.md §6.4)', () => {
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => ({ emulator, token } = await start()));
  afterAll(() => emulator.close());

  it('answers 201 with Azure-AsyncOperation and Location on its own host, then Provisioned', async () => {
    const id = `${VAULT}/backupInstances/aks-dev-team-a-second`;
    const put = await rawRequest(emulator, `${id}${DP}`, {
      method: 'PUT',
      token,
      body: { tags: { 'managed-by': 'aks-backup-guard' }, properties: instance(TEAM_A, 'aks-dev-team-a') },
    });
    expect(put.status).toBe(201);
    expect(put.json).toMatchObject({
      id,
      properties: { provisioningState: 'Provisioning', protectionStatus: { status: 'NotProtected' } },
    });
    const status = await pollStatus(emulator, token, put.headers['azure-asyncoperation'] as string);
    expect(status.map((r) => (r.json as { status: string }).status)).toEqual([
      'InProgress',
      'InProgress',
      'Succeeded',
    ]);
    const result = await rawRequest(emulator, local(emulator, put.headers.location), { token });
    expect(result.status).toBe(200);
    const got = await rawRequest(emulator, `${id}${DP}`, { token });
    expect(got.json).toMatchObject({
      tags: { 'managed-by': 'aks-backup-guard' },
      properties: { provisioningState: 'Provisioned', currentProtectionState: 'ProtectionConfigured' },
    });
    expect(emulator.writes.validator.violations).toEqual([]);
  });

  it('a Location poll answers 202 while the operation runs', async () => {
    const slow = await start({ lro: { steps: 1, stepMs: 10_000 } });
    try {
      const put = await rawRequest(slow.emulator, `${VAULT}/backupInstances/aks-dev-team-a-slow${DP}`, {
        method: 'PUT',
        token: slow.token,
        body: { properties: instance(TEAM_A, 'aks-dev-team-a') },
      });
      const location = await rawRequest(slow.emulator, local(slow.emulator, put.headers.location), {
        token: slow.token,
      });
      expect(location.status).toBe(202);
      expect(location.headers.location).toBe(put.headers.location);
    } finally {
      await slow.emulator.close();
    }
  });

  it('creates an instance sent without dataSourceSetInfo, which then sits in ProtectionError (TF #25294)', async () => {
    const id = `${VAULT}/backupInstances/aks-dev-team-a-noset`;
    const put = await rawRequest(emulator, `${id}${DP}`, {
      method: 'PUT',
      token,
      body: { properties: instance(TEAM_A, 'aks-dev-team-a', false) },
    });
    expect(put.status).toBe(201);
    const status = await pollStatus(emulator, token, put.headers['azure-asyncoperation'] as string);
    expect((status.at(-1)!.json as { status: string }).status).toBe('Succeeded');
    const got = await rawRequest(emulator, `${id}${DP}`, { token });
    expect(got.json).toMatchObject({
      properties: {
        provisioningState: 'Provisioned',
        currentProtectionState: 'ProtectionError',
        protectionErrorDetails: { code: 'ScenarioPluginInvalidWorkflowDataRequest' },
      },
    });
  });

  it('deletes with 202 and monitors; afterwards ARM answers 404', async () => {
    const id = `${VAULT}/backupInstances/aks-dev-team-a-noset`;
    const deleted = await rawRequest(emulator, `${id}${DP}`, { method: 'DELETE', token });
    expect(deleted.status).toBe(202);
    await pollStatus(emulator, token, deleted.headers['azure-asyncoperation'] as string);
    expect((await rawRequest(emulator, `${id}${DP}`, { token })).status).toBe(404);
    const again = await rawRequest(emulator, `${id}${DP}`, { method: 'DELETE', token });
    expect(again.status).toBe(204);
  });

  it('answers an Accept header with a charset with an empty 406 on writes too (§4.10 item 7)', async () => {
    const put = await rawRequest(emulator, `${VAULT}/backupInstances/x${DP}`, {
      method: 'PUT',
      token,
      headers: { accept: 'application/json; charset=utf-8; IEEE754Compatible=false' },
      body: { properties: {} },
    });
    expect(put.status).toBe(406);
    expect(put.text).toBe('');
  });

  it('refuses and records a body that breaks the official definition', async () => {
    const before = emulator.writes.validator.violations.length;
    const put = await rawRequest(emulator, `${VAULT}/backupInstances/broken${DP}`, {
      method: 'PUT',
      token,
      body: { properties: { objectType: 'BackupInstance', dataSourceInfo: { resourceID: TEAM_A } } },
    });
    expect(put.status).toBe(400);
    expect(put.json).toMatchObject({ error: { code: 'BMSUserErrorInvalidInput' } });
    expect(emulator.writes.validator.violations.slice(before)).toEqual([
      expect.objectContaining({
        definition: 'BackupInstanceResource',
        problems: expect.arrayContaining([expect.stringContaining("'policyInfo'")]),
      }),
    ]);
  });
});

describe('emulator writes: validateForBackup (§4.7, Traps 2, §2.4)', () => {
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => ({ emulator, token } = await start({ propagationChecks: 2 })));
  afterAll(() => emulator.close());

  const validate = async (
    clusterId: string,
    name: string,
  ): Promise<{ status: string; error?: { code: string; message: string } }> => {
    const post = await rawRequest(emulator, `${VAULT}/validateForBackup${DP}`, {
      method: 'POST',
      token,
      body: { backupInstance: instance(clusterId, name) },
    });
    expect(post.status).toBe(202);
    const polls = await pollStatus(emulator, token, post.headers['azure-asyncoperation'] as string);
    const last = polls.at(-1)!.json as { status: string; error?: { code: string; message: string } };
    if (last.status === 'Succeeded') {
      const result = await rawRequest(emulator, local(emulator, post.headers.location), { token });
      expect(result.json).toMatchObject({
        objectType: 'OperationJobExtendedInfo',
        jobId: expect.any(String),
      });
    }
    return last;
  };

  it('succeeds for a cluster that has everything, with OperationJobExtendedInfo at the Location', async () => {
    expect(await validate(TEAM_A, 'aks-dev-team-a')).toMatchObject({ status: 'Succeeded' });
  });

  it('stops counting a role assignment once it is deleted, and counts a new one (propagation aside)', async () => {
    const reader = `${TEAM_A}/providers/Microsoft.Authorization/roleAssignments/a5959301-a9f3-4bae-b4b3-469fe4cebf44?api-version=2022-04-01`;
    expect((await rawRequest(emulator, reader, { method: 'DELETE', token })).status).toBe(200);
    const missing = await validate(TEAM_A, 'aks-dev-team-a');
    expect(missing.error?.message).toContain(
      `Backup vault MSI (${VAULT_PRINCIPAL}) is missing the Reader role on ${TEAM_A}`,
    );
    const again = await rawRequest(emulator, reader, {
      method: 'PUT',
      token,
      body: roleAssignment(READER, VAULT_PRINCIPAL.toUpperCase()),
    });
    expect(again.status).toBe(201);
    // The new assignment fails its two propagation checks, then counts (its principal in any case).
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push((await validate(TEAM_A, 'aks-dev-team-a')).status);
    expect(seen).toEqual(['Failed', 'Failed', 'Succeeded', 'Succeeded']);
  });

  it('refuses the body wrapped in "properties", and the call at instance scope', async () => {
    const wrapped = await rawRequest(emulator, `${VAULT}/validateForBackup${DP}`, {
      method: 'POST',
      token,
      body: { properties: { backupInstance: instance(TEAM_A, 'aks-dev-team-a') } },
    });
    expect(wrapped.status).toBe(400);
    const atInstance = await rawRequest(emulator, `${VAULT}/backupInstances/x/validateForBackup${DP}`, {
      method: 'POST',
      token,
      body: { backupInstance: instance(TEAM_A, 'aks-dev-team-a') },
    });
    expect(atInstance.status).toBe(404);
  });

  it('fails naming what is missing: the binding, then each role; new roles only count after propagation', async () => {
    expect(await validate(TEAM_B, 'aks-dev-team-b')).toMatchObject({
      status: 'Failed',
      error: { code: 'UserErrorTrustedAccessRoleBindingMissing' },
    });
    const binding = await rawRequest(
      emulator,
      `${TEAM_B}/trustedAccessRoleBindings/aksbg-test?api-version=2026-03-01`,
      {
        method: 'PUT',
        token,
        body: {
          properties: {
            sourceResourceId: VAULT,
            roles: ['Microsoft.DataProtection/backupVaults/backup-operator'],
          },
        },
      },
    );
    expect(binding.status).toBe(201);
    await pollStatus(emulator, token, binding.headers['azure-asyncoperation'] as string);

    const missingReader = await validate(TEAM_B, 'aks-dev-team-b');
    expect(missingReader.error?.code).toBe('UserErrorMissingRequiredPermissions');
    expect(missingReader.error?.message).toContain(`missing the Reader role on ${TEAM_B}`);

    for (const [scope, role, principal, name] of [
      [TEAM_B, READER, VAULT_PRINCIPAL, '6a0c3b7e-0000-4000-8000-000000000001'],
      [SNAPSHOTS, CONTRIBUTOR, TEAM_B_PRINCIPAL, '6a0c3b7e-0000-4000-8000-000000000002'],
    ] as const) {
      const put = await rawRequest(
        emulator,
        `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`,
        { method: 'PUT', token, body: roleAssignment(role, principal) },
      );
      expect(put.status).toBe(201);
    }
    // Two checks of each new assignment fail (propagationChecks: 2), then it counts.
    const seen = [];
    for (let i = 0; i < 6; i++) {
      const outcome = await validate(TEAM_B, 'aks-dev-team-b');
      seen.push(outcome.status);
      if (outcome.status === 'Succeeded') break;
      expect(outcome.error?.message).toContain(
        'wait for some time before retrying since the role propagation',
      );
    }
    expect(seen.at(-1)).toBe('Succeeded');
    expect(seen.filter((s) => s === 'Failed').length).toBeGreaterThanOrEqual(2);
  });
});

describe('emulator writes: role assignments and providers (§2.2, §5.2)', () => {
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => ({ emulator, token } = await start()));
  afterAll(() => emulator.close());
  const at = (scope: string, name: string): string =>
    `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`;

  it('creates with 201, repeats with 200, and refuses the same grant under another name with 409', async () => {
    const name = '7b1d0c2e-0000-4000-8000-000000000001';
    const first = await rawRequest(emulator, at(TEAM_C, name), {
      method: 'PUT',
      token,
      body: roleAssignment(READER, VAULT_PRINCIPAL),
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ properties: { scope: TEAM_C, principalId: VAULT_PRINCIPAL } });
    const again = await rawRequest(emulator, at(TEAM_C, name), {
      method: 'PUT',
      token,
      body: roleAssignment(READER, VAULT_PRINCIPAL),
    });
    expect(again.status).toBe(200);
    const other = await rawRequest(emulator, at(TEAM_C, '7b1d0c2e-0000-4000-8000-000000000002'), {
      method: 'PUT',
      token,
      body: roleAssignment(READER, VAULT_PRINCIPAL),
    });
    expect(other.status).toBe(409);
    expect(other.json).toMatchObject({ error: { code: 'RoleAssignmentExists' } });
    const changed = await rawRequest(emulator, at(TEAM_C, name), {
      method: 'PUT',
      token,
      body: roleAssignment(CONTRIBUTOR, VAULT_PRINCIPAL),
    });
    expect(changed.status).toBe(400);
    expect(changed.json).toMatchObject({ error: { code: 'RoleAssignmentUpdateNotPermitted' } });
  });

  it('answers PrincipalNotFound for a principal not yet replicated, on demand, then accepts it', async () => {
    const principal = '0d9e8f7a-0000-4000-8000-00000000abcd';
    emulator.writes.principalNotReplicated(principal, 2);
    const url = at(SNAPSHOTS, '7b1d0c2e-0000-4000-8000-000000000003');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const put = await rawRequest(emulator, url, {
        method: 'PUT',
        token,
        body: roleAssignment(CONTRIBUTOR, principal),
      });
      statuses.push(put.status);
      if (put.status === 400) expect(put.json).toMatchObject({ error: { code: 'PrincipalNotFound' } });
    }
    expect(statuses).toEqual([400, 400, 201]);
  });

  it('shows a new assignment to ARM at once and to Resource Graph', async () => {
    const got = await rawRequest(emulator, at(TEAM_C, '7b1d0c2e-0000-4000-8000-000000000001'), { token });
    expect(got.status).toBe(200);
    const graph = await rawRequest(
      emulator,
      '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01',
      {
        method: 'POST',
        token,
        body: {
          subscriptions: [DEV],
          query: `AuthorizationResources | where type =~ 'microsoft.authorization/roleassignments' | where tostring(properties.scope) =~ '${TEAM_C}' | project id`,
        },
      },
    );
    expect((graph.json as { data: unknown[] }).data).toHaveLength(1);
  });

  it('registers a provider: Registering at once, Registered when the operation time is up', async () => {
    const url = `/subscriptions/${DEV}/providers/Microsoft.Contoso/register?api-version=2021-04-01`;
    const post = await rawRequest(emulator, url, { method: 'POST', token });
    expect(post.status).toBe(200);
    expect(post.json).toMatchObject({ namespace: 'Microsoft.Contoso', registrationState: 'Registering' });
    emulator.settleAll();
    const got = await rawRequest(
      emulator,
      `/subscriptions/${DEV}/providers/Microsoft.Contoso?api-version=2021-04-01`,
      { token },
    );
    expect(got.json).toMatchObject({ registrationState: 'Registered' });
  });
});

describe('emulator writes: extension and trusted access (§3, §2.3)', () => {
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => ({ emulator, token } = await start()));
  afterAll(() => emulator.close());
  const EXT = `${TEAM_C}/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup?api-version=2025-03-01`;

  it('installs the extension as an LRO and gives it an AKS-assigned identity', async () => {
    const put = await rawRequest(emulator, EXT, {
      method: 'PUT',
      token,
      body: {
        properties: {
          extensionType: 'microsoft.dataprotection.kubernetes',
          autoUpgradeMinorVersion: true,
          releaseTrain: 'stable',
          scope: { cluster: { releaseNamespace: 'dataprotection-microsoft' } },
          configurationSettings: { 'configuration.backupStorageLocation.bucket': 'aks-backups' },
        },
      },
    });
    expect(put.status).toBe(201);
    expect(put.headers['x-ms-async-operation-timeout']).toBe('PT48H');
    expect(local(emulator, put.headers['azure-asyncoperation'])).toMatch(
      /\/extensions\/azure-aks-backup\/operations\/[^/?]+\?api-version=2025-03-01$/,
    );
    expect(put.json).toMatchObject({ properties: { provisioningState: 'Creating' } });
    // The identity exists only once the install is done.
    expect(
      (put.json as { properties: Record<string, unknown> }).properties.aksAssignedIdentity,
    ).toBeUndefined();
    await pollStatus(emulator, token, put.headers['azure-asyncoperation'] as string);
    const after = await rawRequest(emulator, EXT, { token });
    expect(after.json).toMatchObject({
      properties: {
        provisioningState: 'Succeeded',
        aksAssignedIdentity: { principalId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
        configurationSettings: { 'configuration.backupStorageLocation.bucket': 'aks-backups' },
      },
    });
  });

  it("runs a Failed extension's installation again on a PUT of it: 200, Updating, then Succeeded, same identity", async () => {
    const neu = `/subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg-prod-neu/providers/Microsoft.ContainerService/managedClusters/aks-prod-neu/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup?api-version=2025-03-01`;
    const before = (await rawRequest(emulator, neu, { token })).json as {
      properties: { provisioningState: string; aksAssignedIdentity: { principalId: string } };
    };
    expect(before.properties.provisioningState).toBe('Failed');
    const put = await rawRequest(emulator, neu, {
      method: 'PUT',
      token,
      body: {
        properties: {
          extensionType: 'microsoft.dataprotection.kubernetes',
          autoUpgradeMinorVersion: true,
          releaseTrain: 'stable',
          scope: { cluster: { releaseNamespace: 'dataprotection-microsoft' } },
          configurationSettings: { 'configuration.backupStorageLocation.bucket': 'aks-backups' },
        },
      },
    });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ properties: { provisioningState: 'Updating' } });
    await pollStatus(emulator, token, put.headers['azure-asyncoperation'] as string);
    const after = (await rawRequest(emulator, neu, { token })).json as {
      properties: Record<string, unknown>;
    };
    expect(after.properties).toMatchObject({
      provisioningState: 'Succeeded',
      aksAssignedIdentity: { principalId: before.properties.aksAssignedIdentity.principalId },
    });
    expect(after.properties.errorInfo).toBeUndefined();
  });

  it('patches settings with 202 and keeps the rest', async () => {
    const patch = await rawRequest(emulator, EXT, {
      method: 'PATCH',
      token,
      body: {
        properties: { configurationSettings: { 'configuration.backupStorageLocation.bucket': 'other' } },
      },
    });
    expect(patch.status).toBe(202);
    await pollStatus(emulator, token, patch.headers['azure-asyncoperation'] as string);
    const after = await rawRequest(emulator, EXT, { token });
    expect(after.json).toMatchObject({
      properties: {
        provisioningState: 'Succeeded',
        extensionType: 'microsoft.dataprotection.kubernetes',
        configurationSettings: { 'configuration.backupStorageLocation.bucket': 'other' },
      },
    });
  });

  it('refuses a binding whose role does not belong to its source (azure-cli#27174)', async () => {
    const put = await rawRequest(
      emulator,
      `${TEAM_C}/trustedAccessRoleBindings/aksbg-bad?api-version=2026-03-01`,
      {
        method: 'PUT',
        token,
        body: {
          properties: {
            sourceResourceId: VAULT,
            roles: ['Microsoft.RecoveryServices/vaults/backup-operator'],
          },
        },
      },
    );
    expect(put.status).toBe(400);
    expect(put.json).toMatchObject({
      error: { code: 'InvalidParameter', message: 'The value of parameter properties.roles is invalid.' },
    });
  });

  it('fails an operation on request (a transient LRO failure) and lets the retry succeed', async () => {
    emulator.writes.failNextOperations(1);
    const url = `${TEAM_C}/trustedAccessRoleBindings/aksbg-retry?api-version=2026-03-01`;
    const body = {
      properties: {
        sourceResourceId: VAULT,
        roles: ['Microsoft.DataProtection/backupVaults/backup-operator'],
      },
    };
    const first = await rawRequest(emulator, url, { method: 'PUT', token, body });
    const failed = await pollStatus(emulator, token, first.headers['azure-asyncoperation'] as string);
    expect(failed.at(-1)!.json).toMatchObject({ status: 'Failed', error: { code: 'InternalServerError' } });
    expect((await rawRequest(emulator, url, { token })).json).toMatchObject({
      properties: { provisioningState: 'Failed' },
    });
    // A PUT of the Failed binding provisions it again (what apply does to re-apply one): 200, Updating,
    // then Succeeded.
    const retry = await rawRequest(emulator, url, { method: 'PUT', token, body });
    expect(retry.status).toBe(200);
    expect(retry.json).toMatchObject({ properties: { provisioningState: 'Updating' } });
    const done = await pollStatus(emulator, token, retry.headers['azure-asyncoperation'] as string);
    expect(done.at(-1)!.json).toMatchObject({ status: 'Succeeded' });
    expect((await rawRequest(emulator, url, { token })).json).toMatchObject({
      properties: { ...body.properties, provisioningState: 'Succeeded' },
    });
    expect(emulator.writes.validator.violations).toEqual([]);
  });
});

describe('emulator writes: a backup job that fails (§4.9)', () => {
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => ({ emulator, token } = await start()));
  afterAll(() => emulator.close());
  const INSTANCE = `${VAULT}/backupInstances/aks-dev-team-a-4b5c6d7e`;

  it('starts the job (the trigger succeeds), then ends it Failed with errorDetails and no recovery point', async () => {
    const before = await rawRequest(emulator, `${INSTANCE}/recoveryPoints${DP}`, { token });
    emulator.writes.failNextJobs(1, {
      code: 'UserErrorBackupPluginPodRestartedDuringBackup',
      message: 'The backup plugin pod restarted during the backup.',
      isRetryable: true,
      isUserError: true,
    });
    const post = await rawRequest(emulator, `${INSTANCE}/backup${DP}`, {
      method: 'POST',
      token,
      body: {
        backupRuleOptions: { ruleName: 'BackupDaily', triggerOption: { retentionTagOverride: 'Default' } },
      },
    });
    expect(post.status).toBe(202);
    const status = await pollStatus(emulator, token, post.headers['azure-asyncoperation'] as string);
    const done = status.at(-1)!.json as { status: string; properties: { jobId: string } };
    expect(done.status).toBe('Succeeded');

    const job = await rawRequest(emulator, `${VAULT}/backupJobs/${done.properties.jobId}${DP}`, { token });
    expect(job.json).toMatchObject({
      properties: {
        status: 'Failed',
        isUserTriggered: true,
        operationCategory: 'Backup',
        errorDetails: [
          {
            code: 'UserErrorBackupPluginPodRestartedDuringBackup',
            message: 'The backup plugin pod restarted during the backup.',
          },
        ],
      },
    });
    expect(new SpecValidator().check(SPEC_FILES.dataProtection, 'AzureBackupJobResource', job.json)).toEqual(
      [],
    );
    const after = await rawRequest(emulator, `${INSTANCE}/recoveryPoints${DP}`, { token });
    expect((after.json as { value: unknown[] }).value).toHaveLength(
      (before.json as { value: unknown[] }).value.length,
    );

    // Only the scripted job fails: the next backup completes and adds its recovery point.
    const retry = await rawRequest(emulator, `${INSTANCE}/backup${DP}`, {
      method: 'POST',
      token,
      body: { backupRuleOptions: { ruleName: 'BackupDaily', triggerOption: {} } },
    });
    const next = (await pollStatus(emulator, token, retry.headers['azure-asyncoperation'] as string)).at(-1)!
      .json as { properties: { jobId: string } };
    const completed = await rawRequest(emulator, `${VAULT}/backupJobs/${next.properties.jobId}${DP}`, {
      token,
    });
    expect((completed.json as { properties: { status: string } }).properties.status).toBe('Completed');
    const later = await rawRequest(emulator, `${INSTANCE}/recoveryPoints${DP}`, { token });
    expect((later.json as { value: unknown[] }).value).toHaveLength(
      (before.json as { value: unknown[] }).value.length + 1,
    );
    expect(emulator.writes.validator.violations).toEqual([]);
  });
});
