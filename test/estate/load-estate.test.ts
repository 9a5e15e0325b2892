import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/config/diagnostics.js';
import { buildEstate, EstateBuilder } from '../../src/estate/build-estate.js';
import { loadEstate } from '../../src/estate/load-estate.js';
import { loadSnapshot } from '../../src/estate/load-snapshot.js';
import type { Estate } from '../../src/estate/model.js';

// loadEstate reads a file straight into the estate; loadSnapshot + buildEstate is the reference it must
// match, in the estate it builds and in every error it raises.

let dir: string;
let count = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'estate-direct-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fileWith(content: string): string {
  const file = join(dir, `s${count++}.json`);
  writeFileSync(file, content);
  return file;
}

/** Everything an estate holds, as plain data. */
function contents(estate: Estate): unknown {
  return {
    capturedAt: estate.capturedAt,
    clusters: estate.clusters,
    vaults: estate.vaults,
    policies: estate.policies,
    instances: estate.instances,
    recoveryPoints: estate.recoveryPoints,
    jobs: estate.jobs,
    extensions: estate.extensions,
    bindings: estate.bindings,
    roleAssignments: estate.roleAssignments,
    storageAccounts: estate.storageAccounts,
    otherResources: estate.otherResources,
    providers: estate.providers,
    duplicateIds: estate.duplicateIds,
    latest: estate.instances.map((instance) => estate.latestRecoveryPoint(instance.id)?.id),
    read: estate.instances.map((instance) => estate.recoveryPointsRead(instance.id)),
    jobsOf: estate.instances.map((instance) => estate.jobsOf(instance.id).map((job) => job.id)),
    counts: estate.vaults.map((vault) => estate.vaultCounts(vault.id)),
    versions: estate.clusters.map((cluster) => estate.aksVersions(cluster.location ?? '')),
  };
}

/** What loading gives: the estate's contents, or the InputError's diagnostics. */
function outcome(load: () => Estate): unknown {
  try {
    return { estate: contents(load()) };
  } catch (error) {
    if (error instanceof InputError) return { problems: error.diagnostics };
    throw error;
  }
}

function sameAsReference(file: string): void {
  expect(outcome(() => loadEstate(file))).toEqual(outcome(() => buildEstate(loadSnapshot(file))));
}

const SUBSCRIPTION = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const CLUSTER = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-a`;
const VALID = {
  schemaVersion: 1,
  capturedAt: '2026-11-20T06:00:00Z',
  resources: [{ id: CLUSTER, type: 'Microsoft.ContainerService/managedClusters' }],
  providers: { [SUBSCRIPTION]: { 'Microsoft.DataProtection': 'Registered' } },
};

describe('loadEstate builds what loadSnapshot + buildEstate build', () => {
  it.each([
    'examples/estate.json',
    'test/fixtures/estate/spec-examples.json',
    'test/fixtures/estate/each-rule/estate.json',
  ])('%s', (file) => {
    sameAsReference(file);
  });

  it('builds a sound file as it reads it, through the builder given', () => {
    const builder = new EstateBuilder();
    // A fallback to the whole-text path would build with a builder of its own.
    expect(loadEstate('examples/estate.json', { builder }).clusters).toBe(builder.clusters);
  });

  it('keeps what it reads of each document, not the document', () => {
    const estate = loadEstate('examples/estate.json');
    const views = [
      ...estate.clusters,
      ...estate.instances,
      ...estate.roleAssignments,
      ...estate.jobs,
      ...estate.recoveryPoints,
    ];
    expect(views.length).toBeGreaterThan(50);
    for (const view of views) expect(view).not.toHaveProperty('raw');
  });
});

describe('a file with a problem is refused exactly as loadSnapshot refuses it', () => {
  const cases: [string, string][] = [
    [
      'an id repeated by a document of another type',
      JSON.stringify({
        ...VALID,
        resources: [...VALID.resources, { id: CLUSTER.toUpperCase(), type: 'Microsoft.Example/things' }],
      }),
    ],
    [
      'a document nested too deep',
      JSON.stringify({
        ...VALID,
        resources: [
          { ...VALID.resources[0], properties: { deep: JSON.parse(`${'['.repeat(70)}1${']'.repeat(70)}`) } },
        ],
      }),
    ],
    [
      'a document without a type',
      JSON.stringify({ ...VALID, resources: [...VALID.resources, { id: `${CLUSTER}-b` }] }),
    ],
    ['a capturedAt that is not a date', JSON.stringify({ ...VALID, capturedAt: '2026-02-30T06:00:00Z' })],
    ['a newer schemaVersion', JSON.stringify({ ...VALID, schemaVersion: 2 })],
    ['a trailing comma in resources', JSON.stringify(VALID).replace(/\}\]/, '},]')],
  ];

  it.each(cases)('%s', (_, text) => {
    const file = fileWith(text);
    expect(() => loadSnapshot(file)).toThrow(InputError);
    sameAsReference(file);
  });

  it('for arbitrary JSON in the places a snapshot has structure', () => {
    const anyJson = fc.jsonValue({ maxDepth: 3 });
    // Mostly what a snapshot holds, sometimes anything: both the sound path and the refusals get runs.
    const mostly = <T>(usual: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: anyJson, weight: 1 });
    const resource = fc.record(
      {
        id: mostly(fc.constantFrom(CLUSTER, CLUSTER.toLowerCase(), `${CLUSTER}/x`, `${CLUSTER}/y`)),
        type: mostly(
          fc.constantFrom(
            'Microsoft.ContainerService/managedClusters',
            'Microsoft.DataProtection/backupVaults/backupJobs',
            'microsoft.dataprotection/backupvaults/backupinstances/recoverypoints',
            'Microsoft.Example/things',
          ),
        ),
        properties: mostly(fc.dictionary(fc.string({ maxLength: 3 }), anyJson, { maxKeys: 2 })),
      },
      { requiredKeys: [] },
    );
    const snapshotLike = fc.record({
      schemaVersion: mostly(fc.constant(1)),
      capturedAt: mostly(fc.constant('2026-11-20T06:00:00Z')),
      resources: mostly(fc.array(mostly(resource), { maxLength: 4 })),
      providers: mostly(fc.constant({})),
    });
    let loaded = 0;
    fc.assert(
      fc.property(snapshotLike, (value) => {
        const file = fileWith(JSON.stringify(value));
        sameAsReference(file);
        if (!('problems' in (outcome(() => loadEstate(file)) as object))) loaded++;
      }),
      { numRuns: 300, seed: 20261121 },
    );
    // Both paths were exercised: some files loaded, the others were refused.
    expect(loaded).toBeGreaterThan(30);
    expect(loaded).toBeLessThan(270);
  });
});
