/**
 * Validates JSON bodies against definitions of the official OpenAPI (Swagger 2.0) files in specs/.
 * Swagger is close to JSON Schema but not equal, so each spec is translated the way ARM's own tooling
 * reads it:
 *  - `$ref`s resolve across the copied files; refs to files not copied are mapped as SOURCES.md says;
 *  - polymorphism: a definition with `discriminator` validates as the derived definition whose
 *    `x-ms-discriminator-value` matches (AzureBackupRule vs AzureRetentionRule, …);
 *  - enums marked `modelAsString` are open (ARM returns values outside them, AZURE-FACTS.md §4.10 item 1);
 *  - a property that is not required may be null (ARM GET returns unset keys as null, §4.6), and
 *    `x-nullable: true` allows null anywhere;
 *  - `format`s are annotations only: ARM's own timestamps (.NET's seven fractional digits) are not RFC 3339.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

export const SPECS_DIR = locateSpecs(dirname(fileURLToPath(import.meta.url)));

/**
 * specs/ beside this file; or, when this module runs bundled elsewhere (the emulator started through
 * scripts/run-ts.mjs, which validates write requests with it), test/contract/specs of the enclosing
 * checkout.
 */
function locateSpecs(here: string): string {
  if (existsSync(join(here, 'specs'))) return join(here, 'specs');
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'contract', 'specs');
    if (existsSync(candidate)) return candidate;
  }
  return join(here, 'specs');
}

type Schema = Record<string, unknown>;

/** Spec files the validator loads, relative to specs/. */
export const SPEC_FILES = {
  resourceGraph: 'resourcegraph/2024-04-01/resourcegraph.json',
  dataProtection: 'dataprotection/2025-07-01/dataprotection.json',
  containerService: 'containerservice/2026-03-01/managedClusters.json',
  extensions: 'kubernetesconfiguration/2025-03-01/extensions.json',
  commonTypes: 'common-types/resource-management/v5/types.json',
} as const;

/**
 * External references whose files were not copied (SOURCES.md): common-types v2/v6 `types.json`
 * definitions have equivalents in the copied v5 file (v2 `systemData` is v5 `SystemData`); the rest are
 * replaced by the loose shape written here.
 */
const SUBSTITUTES: Record<string, Schema> = {
  'v5/managedidentity.json#/definitions/UserAssignedIdentity': { type: 'object' },
  'v6/managedidentitywithdelegation.json#/definitions/DelegatedResource': { type: 'object' },
  '2023-05-01-preview/definitions.json#/definitions/ProvisioningStateDefinition': { type: 'string' },
  '2022-03-01/definitions.json#/definitions/OperationStatusResult': { type: 'object' },
};

function readJson(relative: string): Schema {
  return JSON.parse(readFileSync(join(SPECS_DIR, relative), 'utf8')) as Schema;
}

function schemaId(file: string): string {
  return `https://specs.test/${file}`;
}

function resolveExternalRef(ref: string): Schema {
  const [path = '', fragment = ''] = ref.split('#');
  const common = /common-types\/resource-management\/v(\d+)\/types\.json$/.exec(path);
  if (common) {
    const name = fragment.replace('/definitions/', '');
    const v5Name = name === 'systemData' ? 'SystemData' : name;
    return { $ref: `${schemaId(SPEC_FILES.commonTypes)}#/definitions/${v5Name}` };
  }
  const key = Object.keys(SUBSTITUTES).find((candidate) => ref.endsWith(candidate));
  if (key !== undefined) return SUBSTITUTES[key]!;
  throw new Error(`unmapped external $ref ${ref}`);
}

/** Translates one spec file's definitions into JSON Schema with polymorphic dispatch. */
function translate(file: string, spec: Schema): Schema {
  const definitions = (spec.definitions ?? {}) as Record<string, Schema>;
  const polymorphic = new Map<string, { property: string; derived: { name: string; value: string }[] }>();
  for (const [name, definition] of Object.entries(definitions)) {
    if (typeof definition.discriminator === 'string')
      polymorphic.set(name, { property: definition.discriminator, derived: [] });
  }
  const baseOf = (definition: Schema): string[] =>
    ((definition.allOf as Schema[] | undefined) ?? [])
      .map((part) => /^#\/definitions\/(.+)$/.exec(String(part.$ref ?? ''))?.[1])
      .filter((name): name is string => name !== undefined);
  // Derived definitions, transitively: AzureBackupDiscreteRecoveryPoint -> AzureBackupRecoveryPoint.
  for (const [name, definition] of Object.entries(definitions)) {
    const seen = new Set<string>();
    const queue = baseOf(definition);
    while (queue.length > 0) {
      const base = queue.shift()!;
      if (seen.has(base)) continue;
      seen.add(base);
      const poly = polymorphic.get(base);
      if (poly) poly.derived.push({ name, value: String(definition['x-ms-discriminator-value'] ?? name) });
      queue.push(...baseOf(definitions[base] ?? {}));
    }
  }

  const convert = (node: unknown, inBaseOfDerived = false): unknown => {
    if (Array.isArray(node)) return node.map((item) => convert(item));
    if (node === null || typeof node !== 'object') return node;
    const source = node as Schema;
    if (typeof source.$ref === 'string') {
      const ref = source.$ref;
      if (!ref.startsWith('#')) return resolveExternalRef(ref);
      const local = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
      if (local !== undefined && polymorphic.has(local) && !inBaseOfDerived)
        return { $ref: `#/definitions/${local}__poly` };
      return { $ref: ref };
    }
    const out: Schema = {};
    for (const [key, value] of Object.entries(source)) {
      if (key.startsWith('x-') || key === 'discriminator' || key === 'example' || key === 'format') continue;
      if (
        key === 'enum' &&
        (source['x-ms-enum'] as { modelAsString?: boolean } | undefined)?.modelAsString !== false
      )
        continue;
      if (key === 'allOf') {
        out.allOf = (value as unknown[]).map((part) => convert(part, true));
      } else if (key === 'properties' && value !== null && typeof value === 'object') {
        const required = new Set((source.required as string[] | undefined) ?? []);
        out.properties = Object.fromEntries(
          Object.entries(value as Record<string, Schema>).map(([name, property]) => {
            const converted = convert(property) as Schema;
            const nullable =
              property['x-nullable'] === true || (!required.has(name) && property['x-nullable'] !== false);
            return [name, nullable ? { anyOf: [{ type: 'null' }, converted] } : converted];
          }),
        );
      } else {
        out[key] = convert(value);
      }
    }
    if (source['x-nullable'] === true && typeof out.type === 'string') out.type = [out.type, 'null'];
    return out;
  };

  const translated: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(definitions)) translated[name] = convert(definition);
  for (const [name, { property, derived }] of polymorphic) {
    translated[`${name}__poly`] = {
      allOf: [
        { $ref: `#/definitions/${name}` },
        ...derived.map(({ name: derivedName, value }) => ({
          if: { properties: { [property]: { const: value } }, required: [property] },
          then: { $ref: `#/definitions/${derivedName}` },
        })),
      ],
    };
  }
  void file;
  return { $id: schemaId(file), definitions: translated };
}

export class SpecValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    for (const file of Object.values(SPEC_FILES)) this.ajv.addSchema(translate(file, readJson(file)));
  }

  /** Problems found validating `value` as `definition` of `file` (empty when valid). */
  check(file: string, definition: string, value: unknown): string[] {
    const key = `${schemaId(file)}#/definitions/${definition}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const found = this.ajv.getSchema(key);
      if (found === undefined) throw new Error(`no definition ${definition} in ${file}`);
      validate = found;
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }
}

/** An official example file (specs/<path>). */
export function readExample(relative: string): {
  parameters: Record<string, unknown>;
  responses: Record<string, { body?: unknown }>;
} {
  return readJson(posix.normalize(relative)) as never;
}
