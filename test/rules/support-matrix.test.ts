import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { InputError } from '../../src/config/diagnostics.js';
import { builtInMatrix } from '../../src/rules/catalogue.js';
import { matrixValue, parseSupportMatrix } from '../../src/rules/support-matrix.js';
import { readRepoFile } from '../support/fixtures.js';

const text = readRepoFile('policies', 'support-matrix.yaml');
const document = parse(text) as Record<string, unknown>;
const matrix = builtInMatrix();
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Every fact of the raw document, found independently of the loader: objects with a `value`. */
function facts(node: unknown, path: string[] = []): { path: string; fact: Record<string, unknown> }[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  if ('value' in node) return [{ path: path.join('.'), fact: node as Record<string, unknown> }];
  return Object.entries(node).flatMap(([k, v]) => facts(v, [...path, k]));
}
const all = Object.entries(document)
  .filter(([k]) => !['schemaVersion', 'asOf', 'sources'].includes(k))
  .flatMap(([k, v]) => facts(v, [k]));

type Region = { name: string; displayName: string };

describe('policies/support-matrix.yaml', () => {
  it('is valid against its schema and loads', () => {
    expect(matrix.facts.size).toBe(all.length);
    expect(matrix.asOf).toBe('2026-03-19');
  });

  it('gives every value (and every older value) an asOf date and a source that is listed under sources', () => {
    const sources = document.sources as Record<string, { url: string; date?: string }>;
    expect(all.length).toBeGreaterThan(35);
    for (const { path, fact } of all) {
      const entries = [fact, ...[fact.previous ?? []].flat()] as Record<string, unknown>[];
      for (const entry of entries) {
        expect({ path, asOf: entry.asOf, ok: DATE.test(String(entry.asOf)) }).toEqual({
          path,
          asOf: entry.asOf,
          ok: true,
        });
        for (const key of [entry.source].flat() as string[])
          expect({ path, key, listed: key in sources }).toEqual({ path, key, listed: true });
      }
    }
    for (const source of Object.values(sources)) expect(source.url).toMatch(/^https:\/\//);
  });

  it('lists the 2026 regions in ARM form with display names, and keeps the 34 regions of 2023 beside them', () => {
    const both = matrixValue<Region[]>(matrix, 'regions.vaultAndOperational')!;
    const operational = matrixValue<Region[]>(matrix, 'regions.operationalOnly')!;
    expect(both).toHaveLength(43);
    expect(operational).toHaveLength(10);
    const names = [...both, ...operational].map((r) => r.name);
    expect(new Set(names).size).toBe(53);
    for (const region of [...both, ...operational]) {
      expect(region.name).toMatch(/^[a-z][a-z0-9]+$/);
      // The ARM name is the display name, lower-cased without spaces.
      expect(region.displayName.toLowerCase().replace(/\s+/g, '')).toBe(region.name);
    }
    expect(operational.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'chinanorth3',
        'usgovvirginia',
        'israelcentral',
        'polandcentral',
        'spaincentral',
      ]),
    );
    const previous = matrix.facts.get('regions.vaultAndOperational')!.previous as {
      value: Region[];
      asOf: string;
      source: string;
    };
    expect(previous).toMatchObject({ asOf: '2023-08-17', source: 'SM23' });
    expect(previous.value).toHaveLength(34);
    // Every 2023 region is still supported in 2026.
    for (const region of previous.value) expect(names).toContain(region.name);
  });

  it('ships the newest value where 2023 and 2026 disagree, with the older value, date and source beside it', () => {
    const changed = (path: string) => {
      const fact = matrix.facts.get(path)!;
      return { value: fact.value, previous: [fact.previous].flat()[0] };
    };
    expect(changed('schedule.intervals')).toMatchObject({
      value: ['PT4H', 'PT6H', 'PT8H', 'PT12H', 'P1D'],
      previous: { value: ['PT4H', 'PT8H', 'PT12H', 'P1D'], asOf: '2023-11-14', source: 'BK23' },
    });
    expect(changed('kubernetes.minimumVersion')).toMatchObject({
      value: null,
      previous: { value: '1.22', source: 'SM23' },
    });
    expect(changed('cluster.identityTypes')).toMatchObject({
      value: ['SystemAssigned', 'UserAssigned'],
      previous: { value: ['SystemAssigned'] },
    });
    expect(changed('vault.sameSubscriptionRequired')).toMatchObject({
      value: false,
      previous: { value: true },
    });
    expect(changed('storage.sameSubscriptionRequired')).toMatchObject({
      value: false,
      previous: { value: true },
    });
    expect(changed('limits.namespacesPerInstance')).toMatchObject({ value: 800, previous: { value: null } });
    expect(changed('volumes.supportedTypes')).toMatchObject({
      value: ['AzureDisk', 'AzureFileShareSMB'],
      previous: { value: ['AzureDisk'] },
    });
  });

  it('holds the limits, retention bounds and extension facts of the matrix', () => {
    expect(matrixValue(matrix, 'limits.policiesPerVault')).toBe(5000);
    expect(matrixValue(matrix, 'limits.instancesPerVault')).toBe(5000);
    expect(matrixValue(matrix, 'limits.onDemandBackupsPerInstancePerDay')).toBe(10);
    expect(matrixValue(matrix, 'limits.restoresPerInstancePerDay')).toBe(10);
    expect(matrixValue(matrix, 'retention.operational.max')).toBe('P360D');
    expect(matrixValue(matrix, 'retention.operationalWithAzureFiles.max')).toBe('P30D');
    expect(matrixValue(matrix, 'extension.type')).toBe('microsoft.dataprotection.kubernetes');
    expect(matrixValue(matrix, 'extension.name')).toBe('azure-aks-backup');
    expect(matrixValue(matrix, 'extension.releaseTrain')).toBe('stable');
    expect(matrixValue(matrix, 'trustedAccess.role')).toBe(
      'Microsoft.DataProtection/backupVaults/backup-operator',
    );
  });

  it('has the built-in role GUIDs, and a minimal role set that is part of the recommended one', () => {
    const definitions = matrixValue<Record<string, { id: string }>>(matrix, 'roles.definitions')!;
    expect(Object.fromEntries(Object.entries(definitions).map(([k, v]) => [k, v.id]))).toEqual({
      Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
      Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
      Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
      'Storage Account Contributor': '17d1049b-9a84-46fb-8f53-869881c3d3ab',
      'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
      'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
      'Storage Blob Data Reader': '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
      'Storage File Data Privileged Contributor': '69566ab7-960f-475b-8e7c-b3118f30c6bd',
      'Disk Snapshot Contributor': '7efff54f-a5b4-42b5-a1c5-5411624893ce',
      'Data Operator for Managed Disks': '959f8984-c045-4866-89c7-12bf9737be2e',
      'Backup Contributor': '5e467623-bb1f-42f4-a55d-6e525e11384b',
    });
    type Req = { principal: string; role: string; scope: string };
    const key = (r: Req) => `${r.principal}|${r.role}|${r.scope}`;
    const recommended = matrixValue<Req[]>(matrix, 'roles.recommended')!.map(key);
    const minimal = matrixValue<Req[]>(matrix, 'roles.minimal')!.map(key);
    expect(minimal).toHaveLength(3);
    for (const requirement of minimal) expect(recommended).toContain(requirement);
    for (const req of matrixValue<Req[]>(matrix, 'roles.recommended')!)
      expect(definitions[req.role]).toBeDefined();
  });

  it('refuses a value without asOf, and a source that is not listed, with file:line:column', () => {
    const withoutDate = text.replace(
      "    value: 5000\n    asOf: '2026-01-06'\n    source: [SM26, SM23]\n  instancesPerVault:",
      '    value: 5000\n    source: [SM26, SM23]\n  instancesPerVault:',
    );
    expect(withoutDate).not.toBe(text);
    expect(() => parseSupportMatrix('m.yaml', withoutDate)).toThrow(InputError);
    try {
      parseSupportMatrix('m.yaml', withoutDate);
    } catch (error) {
      const d = (error as InputError).diagnostics[0]!;
      expect(d).toMatchObject({
        file: 'm.yaml',
        message: expect.stringContaining("missing the required key 'asOf'"),
      });
      // The fact's mapping starts on the line after its key.
      expect(text.split('\n').slice(d.line! - 2, d.line!)).toEqual([
        '  policiesPerVault:',
        '    value: 5000',
      ]);
    }
    const unknownSource = text.replace(
      'source: BK25\n    note: Registration',
      'source: NOPE\n    note: Registration',
    );
    expect(() => parseSupportMatrix('m.yaml', unknownSource)).toThrow(
      /m\.yaml:\d+:\d+: source 'NOPE' is not listed under 'sources:'/,
    );
  });
});
