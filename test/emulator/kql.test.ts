import { describe, expect, it } from '@jest/globals';
import { evaluateQuery, type Row } from './kql/evaluate.js';
import { KqlError } from './kql/lexer.js';
import { resolveTableName, tableSource, toRow } from './graph/tables.js';

const SUB = '11111111-1111-4111-8111-111111111111';
const docs = [
  {
    id: `/subscriptions/${SUB}/resourceGroups/RG-A/providers/Microsoft.ContainerService/managedClusters/aks-b`,
    name: 'aks-b',
    type: 'Microsoft.ContainerService/ManagedClusters',
    location: 'westeurope',
    tags: { env: 'prod' },
    properties: {
      storageProfile: { diskCSIDriver: { enabled: true } },
      agentPoolProfiles: [{ osType: 'Linux' }],
      'odd key': 'x',
    },
  },
  {
    id: `/subscriptions/${SUB}/resourceGroups/rg-a/providers/Microsoft.ContainerService/managedClusters/aks-a`,
    name: 'aks-a',
    type: 'microsoft.containerservice/managedclusters',
    location: 'northeurope',
    properties: { storageProfile: {} },
  },
  {
    id: `/subscriptions/${SUB}/resourceGroups/rg-a/providers/Microsoft.Storage/storageAccounts/sta`,
    name: 'sta',
    type: 'Microsoft.Storage/storageAccounts',
    location: 'westeurope',
    kind: 'StorageV2',
  },
];

function run(query: string): Row[] {
  return evaluateQuery(query, (name, offset) => {
    resolveTableName(name, offset);
    return tableSource(docs.map((doc) => toRow(doc, { tenantId: 't', pascalCaseExtensionKeys: false })));
  }).rows;
}

function failure(query: string): string {
  try {
    run(query);
  } catch (error) {
    expect(error).toBeInstanceOf(KqlError);
    return (error as Error).message;
  }
  throw new Error(`expected '${query}' to be refused`);
}

describe('KQL subset: what it evaluates', () => {
  it('filters on the lower-cased type with =~ and == as Resource Graph stores it', () => {
    expect(
      run("Resources | where type =~ 'Microsoft.ContainerService/managedClusters' | project name"),
    ).toHaveLength(2);
    expect(
      run("Resources | where type == 'microsoft.containerservice/managedclusters' | project name"),
    ).toHaveLength(2);
    expect(
      run("Resources | where type == 'Microsoft.ContainerService/managedClusters' | project name"),
    ).toHaveLength(0);
  });

  it('projects property paths into flat columns, null where the path does not exist', () => {
    const rows = run(
      "Resources | where name == 'aks-b' | project id, csi = properties.storageProfile.diskCSIDriver.enabled, os = properties.agentPoolProfiles[0].osType, odd = properties['odd key'], missing = properties.nope.deeper",
    );
    expect(rows).toEqual([{ id: docs[0]!.id, csi: true, os: 'Linux', odd: 'x', missing: null }]);
  });

  it('names unaliased paths the Kusto way (properties.a.b -> properties_a_b)', () => {
    const rows = run("Resources | where name == 'aks-b' | project properties.storageProfile.diskCSIDriver");
    expect(rows).toEqual([{ properties_storageProfile_diskCSIDriver: { enabled: true } }]);
  });

  it('supports in, in~, !in, !in~, !=, !~, and/or and parentheses', () => {
    expect(run("Resources | where name in ('aks-a', 'sta') | project name").map((r) => r.name)).toEqual([
      'aks-a',
      'sta',
    ]);
    expect(run("Resources | where location in~ ('WestEurope') | project name")).toHaveLength(2);
    expect(run("Resources | where name !in ('aks-a') | project name")).toHaveLength(2);
    expect(run("Resources | where location !in~ ('WESTEUROPE') | project name")).toEqual([{ name: 'aks-a' }]);
    expect(
      run(
        "Resources | where name != 'sta' and (location == 'westeurope' or location == 'nowhere') | project name",
      ),
    ).toEqual([{ name: 'aks-b' }]);
    expect(run("Resources | where location !~ 'WESTEUROPE' | project name")).toEqual([{ name: 'aks-a' }]);
  });

  it('evaluates tolower, toupper, tostring, isnotempty, isempty, contains and endswith', () => {
    expect(run("Resources | where tolower(name) == 'aks-a' | project n = toupper(name)")).toEqual([
      { n: 'AKS-A' },
    ]);
    expect(run('Resources | where isnotempty(kind) | project name')).toEqual([{ name: 'sta' }]);
    expect(run('Resources | where isempty(kind) | project name')).toHaveLength(2);
    expect(run("Resources | where name contains 'KS' | project name")).toHaveLength(2);
    expect(run("Resources | where id endswith '/STA' | project name")).toEqual([{ name: 'sta' }]);
    expect(run("Resources | where name == 'aks-b' | project t = tostring(tags)")).toEqual([
      { t: '{"env":"prod"}' },
    ]);
    expect(run("Resources | where name == 'aks-a' | project t = tostring(tags)")).toEqual([{ t: '' }]);
  });

  it('compares datetimes converted with todatetime', () => {
    const rows = evaluateQuery(
      'T | where todatetime(properties.startTime) >= datetime(2026-04-30T00:00:00Z) | project id',
      () =>
        tableSource([
          {
            ...toRow(
              { id: '/subscriptions/s/x/1', type: 't', properties: { startTime: '2026-04-30T02:00:00Z' } },
              { tenantId: '', pascalCaseExtensionKeys: false },
            ),
          },
          {
            ...toRow(
              { id: '/subscriptions/s/x/2', type: 't', properties: { startTime: '2026-04-29T02:00:00Z' } },
              { tenantId: '', pascalCaseExtensionKeys: false },
            ),
          },
        ]),
    ).rows;
    expect(rows).toEqual([{ id: '/subscriptions/s/x/1' }]);
  });

  it('extends, orders (descending by default, as Kusto does) and limits', () => {
    expect(run('Resources | extend l = tolower(location) | order by name asc | project name, l')).toEqual([
      { name: 'aks-a', l: 'northeurope' },
      { name: 'aks-b', l: 'westeurope' },
      { name: 'sta', l: 'westeurope' },
    ]);
    expect(run('Resources | order by name | project name').map((r) => r.name)).toEqual([
      'sta',
      'aks-b',
      'aks-a',
    ]);
    expect(run('Resources | order by name asc | take 1 | project name')).toEqual([{ name: 'aks-a' }]);
  });

  it('gives every ARG column, with resourceGroup and subscriptionId from the id', () => {
    const [row] = run("Resources | where name == 'sta'");
    expect(Object.keys(row!)).toEqual([
      'id',
      'name',
      'type',
      'tenantId',
      'kind',
      'location',
      'resourceGroup',
      'subscriptionId',
      'managedBy',
      'sku',
      'plan',
      'properties',
      'tags',
      'identity',
      'zones',
      'extendedLocation',
    ]);
    expect(row).toMatchObject({
      type: 'microsoft.storage/storageaccounts',
      resourceGroup: 'rg-a',
      subscriptionId: SUB,
      kind: 'StorageV2',
    });
  });
});

describe('KQL subset: summarize and extract', () => {
  it('counts per group, the by columns first, then the aggregations (long)', () => {
    const rows = run(
      "Resources | summarize clusters = countif(type =~ 'microsoft.containerservice/managedclusters'), count() by location | order by location asc",
    );
    expect(rows).toEqual([
      { location: 'northeurope', clusters: 1, count_: 1 },
      { location: 'westeurope', clusters: 1, count_: 2 },
    ]);
    expect(Object.keys(rows[0]!)).toEqual(['location', 'clusters', 'count_']);
  });

  it('gives one row of zeros without by, and no rows for an empty input with by', () => {
    expect(run("Resources | where name == 'none' | summarize n = count()")).toEqual([{ n: 0 }]);
    expect(run("Resources | where name == 'none' | summarize n = count() by type")).toEqual([]);
  });

  it('extract takes a capture group of the first match, and the empty string without one', () => {
    expect(
      run(
        "Resources | summarize n = count() by id = extract('^(/subscriptions/[^/]+/resourcegroups/[^/]+)/', 1, tolower(id))",
      ),
    ).toEqual([{ id: `/subscriptions/${SUB}/resourcegroups/rg-a`, n: 3 }]);
    expect(
      run(
        "Resources | where name == 'sta' | project x = extract('^(x)', 1, name), y = extract('t', 0, name)",
      ),
    ).toEqual([{ x: '', y: 't' }]);
  });
});

describe('KQL subset: what it refuses, naming the construct', () => {
  it.each([
    ['Resourcez | project id', "unknown table 'Resourcez'"],
    [
      'ResourceContainers | project id',
      "table 'ResourceContainers' is a Resource Graph table the emulator does not hold",
    ],
    ['Resources | summarize dcount(name) by type', "unsupported aggregation 'dcount'"],
    ['Resources | summarize countif(name) by type', "'countif' needs a true/false expression"],
    ['Resources | summarize n = count() by n = type', "column 'n' is produced twice"],
    [
      'Resources | summarize count() by type | project name',
      "the name 'name' does not refer to any known column",
    ],
    ["Resources | project x = extract('(a', 1, name)", "'extract': invalid regular expression"],
    ["Resources | project x = extract('a(?=b)', 0, name)", "'extract': RE2 has no lookaround"],
    ["Resources | project x = extract('a', 1, name)", "'extract': the regex has no capture group 1"],
    ['Resources | project x = extract(name, 1, name)', "'extract' takes its regex as a string literal"],
    ["Resources | project x = extract('(a)', 1)", "'extract' takes 3 arguments"],
    ['Resources | mv-expand properties.agentPoolProfiles', "unsupported query operator 'mv-expand'"],
    ['Resources | join (Resources) on id', "unsupported query operator 'join'"],
    ['Resources | where nmae == "x"', "the name 'nmae' does not refer to any known column"],
    [
      'Resources | where name.first == "x"',
      'a property path needs a dynamic value, but the value here is string',
    ],
    [
      'Resources | where properties.startTime > datetime(2026-01-01)',
      "'>' compares two numbers or two datetimes",
    ],
    ['Resources | where strlen(name) == 3', "unsupported function 'strlen'"],
    ['Resources | where name has "x"', "unsupported operator 'has'"],
    ['Resources | project tostring(properties.x)', 'name this expression in the projection'],
    ['Resources | project id, id', "column 'id' is projected twice"],
    ["Resources | where name == 'x", 'unterminated string literal'],
    ['Resources | where name = "x"', "expected '|' but found '='"],
    ['Resources | where name', "'where' needs a true/false expression"],
    ['Resources | project id | where name == "x"', "the name 'name' does not refer to any known column"],
    ['Resources | order by nope asc', "the name 'nope' does not refer to any known column"],
    ['Resources; Resources', "unsupported character ';'"],
  ])('%s', (query, reason) => {
    expect(failure(query)).toContain(reason);
  });
});
