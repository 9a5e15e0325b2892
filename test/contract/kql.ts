/**
 * Microsoft's own KQL parser and semantic checker (@kusto/language-service-next) with a Resource Graph
 * schema: every query the project sends must parse and bind with zero errors, so a misspelt table,
 * column or function fails a test even where the emulator's subset would have accepted it.
 *
 * Tables and their columns follow the Resource Graph table reference (AZURE-FACTS.md §5.2, ARGTAB):
 * every resource table has the same standard columns; `properties` and the other objects are dynamic.
 */
import { createRequire } from 'node:module';

export interface KqlDiagnostic {
  severity: string;
  message: string;
  start: number;
  length: number;
}

export const ARG_TABLES = [
  'Resources',
  'ResourceContainers',
  'RecoveryServicesResources',
  'KubernetesConfigurationResources',
  'AuthorizationResources',
  'AdvisorResources',
  'PolicyResources',
  'SecurityResources',
  'HealthResources',
  'ExtendedLocationResources',
] as const;

const STANDARD_COLUMNS: [string, string][] = [
  ['id', 'string'],
  ['name', 'string'],
  ['type', 'string'],
  ['tenantId', 'string'],
  ['kind', 'string'],
  ['location', 'string'],
  ['resourceGroup', 'string'],
  ['subscriptionId', 'string'],
  ['managedBy', 'string'],
  ['sku', 'dynamic'],
  ['plan', 'dynamic'],
  ['properties', 'dynamic'],
  ['tags', 'dynamic'],
  ['identity', 'dynamic'],
  ['zones', 'dynamic'],
  ['extendedLocation', 'dynamic'],
];

/** A schema string such as (['id']:string, ...): names are quoted, as `kind` is a KQL keyword. */
const SCHEMA = `(${STANDARD_COLUMNS.map(([name, type]) => `['${name}']:${type}`).join(', ')})`;

/* The bridge is a Bridge.NET build without TypeScript-friendly module exports: typed loosely here. */
interface KustoDiagnostics {
  Count: number;
  getItem(index: number): { Severity: string; Message: string; Start: number; Length: number };
}
interface KustoLanguage {
  GlobalState: { Default: { WithDatabase(db: unknown): unknown } };
  KustoCode: { ParseAndAnalyze(text: string, globals: unknown): { GetDiagnostics(): KustoDiagnostics } };
  Symbols: {
    TableSymbol: { $ctor7: new (name: string, schema: string, description: string | null) => unknown };
    DatabaseSymbol: {
      $ctor2: new (name: string, alternateName: string | null, members: unknown[]) => unknown;
    };
  };
}

let globals: unknown;
let language: KustoLanguage | undefined;

function load(): { language: KustoLanguage; globals: unknown } {
  if (language === undefined) {
    const require = createRequire(import.meta.url);
    // bridge.js defines the Bridge runtime (and returns it); the language library then registers
    // `Kusto` on Bridge's global object.
    const bridge = require('@kusto/language-service-next/bridge.min.js') as {
      global: { Kusto: { Language: KustoLanguage } };
    };
    require('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
    language = bridge.global.Kusto.Language;
    const tables = ARG_TABLES.map((name) => new language!.Symbols.TableSymbol.$ctor7(name, SCHEMA, null));
    const database = new language.Symbols.DatabaseSymbol.$ctor2('ResourceGraph', null, tables);
    globals = language.GlobalState.Default.WithDatabase(database);
  }
  return { language, globals };
}

export function kqlDiagnostics(query: string): KqlDiagnostic[] {
  const { language: kusto, globals: state } = load();
  const diagnostics = kusto.KustoCode.ParseAndAnalyze(query, state).GetDiagnostics();
  const result: KqlDiagnostic[] = [];
  for (let i = 0; i < diagnostics.Count; i++) {
    const d = diagnostics.getItem(i);
    result.push({ severity: d.Severity, message: d.Message, start: d.Start, length: d.Length });
  }
  return result;
}

/** Error-severity diagnostics, formatted with the offending text; empty for a valid query. */
export function kqlErrors(query: string): string[] {
  return kqlDiagnostics(query)
    .filter((d) => d.severity === 'Error')
    .map((d) => `${d.message} at ${d.start}: '${query.slice(d.start, d.start + Math.max(d.length, 1))}'`);
}
