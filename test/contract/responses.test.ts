/**
 * Fidelity of the emulator (DESIGN.md §5): official example responses are served verbatim, and every
 * response body the emulator produces for the project's reads — and every request body the project
 * sends to Resource Graph — validates against the official OpenAPI definitions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ArmResource, EstateSnapshot } from '../../src/estate/snapshot.js';
import { readEstate } from '../../src/azure/read-estate.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { armToken, connect, loadFixture, loadManagementGroups, rawRequest } from '../emulator/testing.js';
import { generateEstate } from '../support/generate-estate.js';
import { SPEC_FILES, SpecValidator, readExample } from './openapi.js';

const validator = new SpecValidator();
const DP = SPEC_FILES.dataProtection;
const CS = SPEC_FILES.containerService;
const EXT = SPEC_FILES.extensions;

/** Official GET examples whose bodies the emulator must return byte for byte, and their definitions. */
const VERBATIM: [string, string, string][] = [
  [
    'dataprotection/2025-07-01/examples/BackupInstanceOperations/GetBackupInstance.json',
    DP,
    'BackupInstanceResource',
  ],
  ['dataprotection/2025-07-01/examples/VaultCRUD/GetBackupVault.json', DP, 'BackupVaultResource'],
  ['dataprotection/2025-07-01/examples/JobCRUD/GetJob.json', DP, 'AzureBackupJobResource'],
  ['dataprotection/2026-03-01/examples/PolicyCRUD/GetBackupPolicy.json', DP, 'BaseBackupPolicyResource'],
  [
    'dataprotection/2026-03-01/examples/BackupInstanceOperations/GetRecoveryPoint.json',
    DP,
    'AzureBackupRecoveryPointResource',
  ],
  ['containerservice/2026-03-01/examples/TrustedAccessRoleBindings_Get.json', CS, 'TrustedAccessRoleBinding'],
];

/** Which definition describes a GET or a list of each kind the project reads. */
const DEFINITIONS: Record<string, [string, string, string]> = {
  'microsoft.containerservice/managedclusters': [CS, 'ManagedCluster', 'ManagedClusterListResult'],
  'microsoft.containerservice/managedclusters/trustedaccessrolebindings': [
    CS,
    'TrustedAccessRoleBinding',
    'TrustedAccessRoleBindingListResult',
  ],
  'microsoft.dataprotection/backupvaults': [DP, 'BackupVaultResource', 'BackupVaultResourceList'],
  'microsoft.dataprotection/backupvaults/backuppolicies': [
    DP,
    'BaseBackupPolicyResource',
    'BaseBackupPolicyResourceList',
  ],
  'microsoft.dataprotection/backupvaults/backupinstances': [
    DP,
    'BackupInstanceResource',
    'BackupInstanceResourceList',
  ],
  'microsoft.dataprotection/backupvaults/backupinstances/recoverypoints': [
    DP,
    'AzureBackupRecoveryPointResource',
    'AzureBackupRecoveryPointResourceList',
  ],
  'microsoft.dataprotection/backupvaults/backupjobs': [
    DP,
    'AzureBackupJobResource',
    'AzureBackupJobResourceList',
  ],
  'microsoft.kubernetesconfiguration/extensions': [EXT, 'Extension', 'ExtensionsList'],
};

const API_VERSION: Record<string, string> = { [CS]: '2026-03-01', [DP]: '2025-07-01', [EXT]: '2025-03-01' };

function exampleBody(path: string): ArmResource {
  return readExample(path).responses['200']!.body as ArmResource;
}

describe('official examples served verbatim', () => {
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => {
    const snapshot: EstateSnapshot = {
      schemaVersion: 1,
      capturedAt: '2026-05-01T00:00:00Z',
      resources: VERBATIM.map(([path]) => exampleBody(path)),
      providers: {},
    };
    emulator = await startEmulator({ snapshot });
    token = await armToken(connect(emulator));
  });
  afterAll(async () => {
    await emulator.close();
  });

  it.each(VERBATIM)('%s', async (path, file, definition) => {
    const body = exampleBody(path);
    const response = await rawRequest(emulator, `${body.id}?api-version=${API_VERSION[file]}`, { token });
    expect(response.status).toBe(200);
    expect(response.text).toBe(JSON.stringify(body));
    expect(validator.check(file, definition, response.json)).toEqual([]);
  });
});

describe('the official Resource Graph example, evaluated', () => {
  it('ResourcesBasicQuery.json: the same rows, count and resultTruncated', async () => {
    const example = readExample('resourcegraph/2024-04-01/examples/ResourcesBasicQuery.json');
    const request = example.parameters.query as { query: string; subscriptions: string[] };
    const expected = example.responses['200']!.body as {
      data: ArmResource[];
      count: number;
      totalRecords: number;
      resultTruncated: string;
    };
    const emulator = await startEmulator({
      snapshot: {
        schemaVersion: 1,
        capturedAt: '2026-05-01T00:00:00Z',
        resources: expected.data,
        providers: {},
      },
    });
    try {
      const token = await armToken(connect(emulator));
      const response = await rawRequest(
        emulator,
        '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01',
        {
          method: 'POST',
          token,
          body: request,
        },
      );
      const body = response.json as typeof expected;
      const byId = (a: ArmResource, b: ArmResource): number => (a.id < b.id ? -1 : 1);
      expect([...body.data].sort(byId)).toEqual([...expected.data].sort(byId));
      expect({
        count: body.count,
        totalRecords: body.totalRecords,
        resultTruncated: body.resultTruncated,
      }).toEqual({
        count: expected.count,
        totalRecords: expected.totalRecords,
        resultTruncated: expected.resultTruncated,
      });
      expect(validator.check(SPEC_FILES.resourceGraph, 'QueryResponse', body)).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

describe('emulator responses validate against the official definitions', () => {
  for (const [label, load] of [
    ['the small estate fixture', () => loadFixture('small-estate.json')],
    [
      'the generated large-estate documents',
      () =>
        generateEstate({ clusters: 12, subscriptions: 2, recoveryPointsPerInstance: 2, jobsPerInstance: 2 }),
    ],
  ] as const) {
    describe(label, () => {
      let emulator: Emulator;
      let snapshot: EstateSnapshot;
      let token: string;
      beforeAll(async () => {
        snapshot = load();
        emulator = await startEmulator({
          snapshot,
          managementGroups: loadManagementGroups(),
          armPageSize: 2,
          quota: { limit: 1000, windowMs: 5000 },
        });
        token = await armToken(connect(emulator));
      });
      afterAll(async () => {
        await emulator.close();
      });

      it('every GET and every list page of every kind', async () => {
        const checked = new Set<string>();
        for (const doc of snapshot.resources) {
          const kind = doc.type.toLowerCase();
          const spec = DEFINITIONS[kind];
          if (spec === undefined) continue;
          const [file, single, list] = spec;
          const get = await rawRequest(emulator, `${doc.id}?api-version=${API_VERSION[file]}`, { token });
          expect({ id: doc.id, errors: validator.check(file, single, get.json) }).toEqual({
            id: doc.id,
            errors: [],
          });
          if (checked.has(kind)) continue;
          checked.add(kind);
          let next: string | undefined =
            `${doc.id.slice(0, doc.id.lastIndexOf('/'))}?api-version=${API_VERSION[file]}`;
          while (next !== undefined) {
            const page = await rawRequest(emulator, next.replace(emulator.url, ''), { token });
            expect({ kind, errors: validator.check(file, list, page.json) }).toEqual({ kind, errors: [] });
            next = (page.json as { nextLink?: string }).nextLink;
          }
        }
        expect(checked.size).toBe(Object.keys(DEFINITIONS).length);
      }, 30_000);

      it('Resource Graph pages, and the request bodies the reader sent', async () => {
        await readEstate(
          { scope: { subscriptions: Object.keys(snapshot.providers) } },
          { ...connect(emulator), now: () => new Date(snapshot.capturedAt) },
        );
        const sent = [...emulator.graphRequests]; // replaying below records more
        expect(sent.length).toBeGreaterThanOrEqual(8);
        for (const request of sent) {
          expect(validator.check(SPEC_FILES.resourceGraph, 'QueryRequest', request)).toEqual([]);
          const response = await rawRequest(
            emulator,
            '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01',
            {
              method: 'POST',
              token,
              body: request,
            },
          );
          expect(response.status).toBe(200);
          expect(validator.check(SPEC_FILES.resourceGraph, 'QueryResponse', response.json)).toEqual([]);
        }
      }, 30_000);

      it('Kubernetes versions per location (ManagedClusters_ListKubernetesVersions): KubernetesVersionListResult, or a CloudError', async () => {
        const locations = new Set(['swedencentral', ...Object.keys(snapshot.kubernetesVersions ?? {})]);
        for (const doc of snapshot.resources) {
          if (doc.type === 'Microsoft.ContainerService/managedClusters') locations.add(doc.location!);
        }
        const subscription = Object.keys(snapshot.providers)[0]!;
        const statuses: number[] = [];
        for (const location of [...locations].sort()) {
          const response = await rawRequest(
            emulator,
            `/subscriptions/${subscription}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions?api-version=2026-03-01`,
            { token },
          );
          statuses.push(response.status);
          if (response.status === 200) {
            expect({
              location,
              errors: validator.check(CS, 'KubernetesVersionListResult', response.json),
            }).toEqual({
              location,
              errors: [],
            });
            // `values`, not ARM's usual `value`, and no paging: the spec declares no x-ms-pageable here.
            expect(Object.keys(response.json as object)).toEqual(['values']);
          } else {
            expect(validator.check(SPEC_FILES.commonTypes, 'ErrorResponse', response.json)).toEqual([]);
          }
        }
        expect(statuses).toContain(200);
        const unknown = await rawRequest(
          emulator,
          `/subscriptions/${subscription}/providers/Microsoft.ContainerService/locations/not-a-region/kubernetesVersions?api-version=2026-03-01`,
          { token },
        );
        expect(unknown.status).toBe(400);
        expect(validator.check(SPEC_FILES.commonTypes, 'ErrorResponse', unknown.json)).toEqual([]);
      });

      it('error bodies: ARM CloudError and Resource Graph ErrorResponse', async () => {
        const cluster = snapshot.resources.find(
          (doc) => doc.type.toLowerCase() === 'microsoft.containerservice/managedclusters',
        )!;
        const missing = await rawRequest(emulator, `${cluster.id}-missing?api-version=2026-03-01`, { token });
        expect(missing.status).toBe(404);
        expect(validator.check(DP, 'CloudError', missing.json)).toEqual([]);
        expect(validator.check(SPEC_FILES.commonTypes, 'ErrorResponse', missing.json)).toEqual([]);
        const refused = await rawRequest(
          emulator,
          '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01',
          {
            method: 'POST',
            token,
            body: {
              query: 'Resources | mv-expand properties',
              subscriptions: Object.keys(snapshot.providers),
            },
          },
        );
        expect(refused.status).toBe(400);
        expect(validator.check(SPEC_FILES.resourceGraph, 'ErrorResponse', refused.json)).toEqual([]);
      });
    });
  }
});
