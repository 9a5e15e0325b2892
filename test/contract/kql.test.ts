import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { familyQuery } from '../../src/azure/graph-projection.js';
import { familyContext, readEstate } from '../../src/azure/read-estate.js';
import { RESOURCE_FAMILIES, VAULT_COUNTS_QUERY } from '../../src/azure/resource-families.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { connect, loadFixture } from '../emulator/testing.js';
import { kqlErrors } from './kql.js';
import { readExample } from './openapi.js';

const CLUSTER =
  '/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod-weu';
const ctx = familyContext({}, new Date('2026-05-01T06:00:00Z'));

describe('KQL checker (Microsoft’s Kusto parser with a Resource Graph schema)', () => {
  it.each(RESOURCE_FAMILIES.map((family) => [family.key, familyQuery(family, ctx)]))(
    'accepts the %s query the reader sends',
    (_key, query) => {
      expect(kqlErrors(query)).toEqual([]);
    },
  );

  it('accepts the per-vault counts query the reader sends', () => {
    expect(kqlErrors(VAULT_COUNTS_QUERY)).toEqual([]);
  });

  it('accepts the cluster query narrowed to given ids', () => {
    const clusters = RESOURCE_FAMILIES.find((family) => family.key === 'managedClusters')!;
    expect(kqlErrors(familyQuery(clusters, ctx, [CLUSTER, CLUSTER.replace('prod', 'dev')]))).toEqual([]);
  });

  it.each(['ResourcesBasicQuery.json', 'ResourcesFirstPageQuery.json', 'ResourcesNextPageQuery.json'])(
    'accepts the official example query in %s',
    (file) => {
      const query = (
        readExample(`resourcegraph/2024-04-01/examples/${file}`).parameters.query as { query: string }
      ).query;
      expect(kqlErrors(query)).toEqual([]);
    },
  );

  it('accepts the documented samples of AZURE-FACTS.md §5.3', () => {
    expect(
      kqlErrors(
        "KubernetesConfigurationResources | where type =~ 'microsoft.kubernetesconfiguration/extensions'\n" +
          "| extend p = parse_json(tolower(tostring(properties))) | where tostring(p.extensiontype) == 'microsoft.dataprotection.kubernetes'\n" +
          "| parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/extensions' *\n" +
          '| project id, clusterId, state = tostring(p.provisioningstate), principal = tostring(p.aksassignedidentity.principalid)',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a misspelt table',
      'RecoveryServiceResources | project id',
      "The name 'RecoveryServiceResources' does not refer to any known table",
    ],
    [
      'a misspelt column',
      "Resources | where typ =~ 'x' | project id",
      "The name 'typ' does not refer to any known column",
    ],
    [
      'a misspelt function',
      'Resources | project id, x = tolowercase(name)',
      "The name 'tolowercase' does not refer to any known function",
    ],
    ['a syntax error', 'Resources | wher type', 'Query operator expected'],
    [
      'a column dropped by project',
      'Resources | project id | where name == "x"',
      "The name 'name' does not refer to any known column",
    ],
  ])('rejects %s', (_what, query, message) => {
    expect(kqlErrors(query).join('\n')).toContain(message);
  });
});

describe('every query sent during a live read passes the checker', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      snapshot: loadFixture('small-estate.json'),
      quota: { limit: 1000, windowMs: 5000 },
    });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('checks what the emulator received', async () => {
    const snapshot = loadFixture('small-estate.json');
    await readEstate(
      { scope: { subscriptions: Object.keys(snapshot.providers) } },
      { ...connect(emulator), now: () => new Date(snapshot.capturedAt) },
    );
    const queries = new Set((emulator.graphRequests as { query: string }[]).map((request) => request.query));
    // One query per family, and the per-vault counts.
    expect(queries.size).toBe(RESOURCE_FAMILIES.length + 1);
    expect(queries).toContain(VAULT_COUNTS_QUERY);
    for (const query of queries) expect({ query, errors: kqlErrors(query) }).toEqual({ query, errors: [] });
  });
});
