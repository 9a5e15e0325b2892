import { statSync } from 'node:fs';
import type { Diagnostic } from '../config/diagnostics.js';
import { InputError } from '../config/diagnostics.js';
import { formatBytes, readTextFile } from '../config/read-file.js';
import { idKey } from './arm-id.js';
import { findJsonSyntaxError, JsonLocator, positionAt } from './json-text.js';
import { findTooDeep, MAX_NESTING } from './nesting.js';
import { readSnapshotInPieces, type ResourceConsumer } from './read-in-pieces.js';
import {
  formatJsonPath,
  isValidResourceShape,
  isValidSnapshotShape,
  MAX_SCHEMA_DIAGNOSTICS,
  validateSnapshotSchema,
} from './schema-validate.js';
import {
  ESTATE_SCHEMA_VERSION,
  type ArmResource,
  type EstateSnapshot,
  type SnapshotEnvelope,
} from './snapshot.js';
import { parseInstant } from './time.js';

/**
 * The largest snapshot read. A generated estate of 10,000 clusters in 300 subscriptions — each cluster
 * with its backup instance, extension, trusted-access binding, role assignments, four recent recovery
 * points and six recent jobs (test/support/generate-estate.ts defaults) — serialises to about 215 MiB.
 * 384 MiB leaves three quarters again of headroom for fuller documents, and stays below V8's longest
 * string (2^29 - 24 UTF-16 units, about 512 MiB), past which reading would fail with a RangeError
 * instead of this message. Memory is the other bound: a sound file is read in pieces, so its text is
 * never whole in memory, and planning those 10,000 clusters peaks near 500 MB (BENCHMARKS.md); Node's
 * default heap limit is about a quarter of physical memory (capped near 4 GB), so the very largest
 * estates on a small runner may need `NODE_OPTIONS=--max-old-space-size=…`.
 */
export const MAX_SNAPSHOT_BYTES = 384 * 1024 * 1024;

export const WHAT = 'estate snapshot';

export interface LoadSnapshotOptions {
  /** Defaults to MAX_SNAPSHOT_BYTES; tests pass a small one. */
  maxBytes?: number;
}

/**
 * file → bounded UTF-8 text → JSON → version check → schema → snapshot. Throws InputError with
 * file:line:column for every problem found, and nothing else, whatever the file holds.
 *
 * A sound file is read in pieces (read-in-pieces.ts), which keeps its text out of memory; a file with
 * any problem is read again whole, the only way to say where each problem is.
 */
export function loadSnapshot(file: string, options: LoadSnapshotOptions = {}): EstateSnapshot {
  const maxBytes = options.maxBytes ?? MAX_SNAPSHOT_BYTES;
  refuseOversize(file, maxBytes);
  const resources: ArmResource[] = [];
  const envelope = readSnapshotInPieces(file, {
    consume: soundDocuments((resource) => {
      resources.push(resource);
      return idKey(resource.id);
    }),
  });
  if (envelope !== undefined && isSoundEnvelope(envelope)) {
    envelope.resources = resources;
    return envelope as unknown as EstateSnapshot;
  }
  return parseSnapshot(file, readTextFile(file, WHAT, maxBytes));
}

/**
 * What readSnapshotInPieces hands each document to: parseSnapshot's checks of it, yes or no — its
 * nesting (counted from the snapshot's top, two levels up), its shape, and its id against every id
 * before it, ignoring case. A sound document goes to `keep`, which returns the key it is filed under.
 */
export function soundDocuments(keep: (resource: ArmResource) => string): ResourceConsumer {
  const keys = new Set<string>();
  return (element) => {
    if (findTooDeep(element, MAX_NESTING - 2) !== undefined || !isValidResourceShape(element)) return false;
    const key = keep(element as ArmResource);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  };
}

/** parseSnapshot's checks of everything but the resources (`resources` is empty here), yes or no. */
export function isSoundEnvelope(value: Record<string, unknown>): boolean {
  if (findTooDeep(value) !== undefined) return false;
  if (value.schemaVersion !== ESTATE_SCHEMA_VERSION || !isValidSnapshotShape(value)) return false;
  return parseInstant((value as unknown as SnapshotEnvelope).capturedAt) !== undefined;
}

/**
 * Checked here first so the message fits a snapshot (readTextFile's own check, which still runs as a
 * backstop, speaks of desired-state files).
 */
export function refuseOversize(file: string, maxBytes: number): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // readTextFile reports a missing or unreadable file in its own words.
  }
  if (size > maxBytes) {
    throw new InputError([
      {
        file,
        message: `the ${WHAT} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}. Check that the right file was given.`,
      },
    ]);
  }
}

/** The same from text already in memory (the emulator, tests). */
export function parseSnapshot(file: string, text: string): EstateSnapshot {
  const value = parseJson(file, text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError([
      {
        file,
        ...positionAt(text, Math.max(0, text.search(/\S/))),
        message: `a ${WHAT} is a JSON object with schemaVersion, capturedAt, resources and providers; found ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}`,
      },
    ]);
  }
  refuseDeepNesting(file, text, value);
  refuseUnknownVersion(file, text, value as Record<string, unknown>);
  const schemaProblems = validateSnapshotSchema(file, text, value);
  if (schemaProblems.length > 0) throw new InputError(schemaProblems);
  const snapshot = value as EstateSnapshot;
  const problems = [...checkCapturedAt(file, text, snapshot), ...findDuplicateIds(file, text, snapshot)];
  if (problems.length > 0) throw new InputError(problems);
  return snapshot;
}

function parseJson(file: string, text: string): unknown {
  if (text.trim() === '') {
    throw new InputError([
      { file, line: 1, column: 1, message: `the file is empty: expected a ${WHAT} written by 'export'` },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const message = found?.message ?? (error as Error).message;
    const position = positionAt(text, found?.offset ?? 0);
    throw new InputError([{ file, ...position, message: `the file is not valid JSON: ${message}` }]);
  }
}

function refuseDeepNesting(file: string, text: string, value: unknown): void {
  const path = findTooDeep(value);
  if (path === undefined) return;
  throw new InputError([
    {
      file,
      ...new JsonLocator(text).position(path),
      message: `${formatJsonPath(path)} is nested more than ${MAX_NESTING} levels deep; ARM documents nest about ten`,
    },
  ]);
}

/**
 * Before the schema, so a snapshot from a newer tool gets one clear sentence instead of a list of
 * schema errors about fields this version does not know.
 */
function refuseUnknownVersion(file: string, text: string, value: Record<string, unknown>): void {
  if (!Object.hasOwn(value, 'schemaVersion')) return; // the schema names the missing key
  const version = value.schemaVersion;
  if (version === ESTATE_SCHEMA_VERSION) return;
  const shown = typeof version === 'string' ? `'${version}'` : JSON.stringify(version);
  const hint =
    typeof version === 'number' && version > ESTATE_SCHEMA_VERSION
      ? 'it was written by a newer aks-backup-guard: upgrade this one, or export the estate again with it'
      : `write it as the number ${ESTATE_SCHEMA_VERSION}`;
  throw new InputError([
    {
      file,
      ...new JsonLocator(text).position(['schemaVersion']),
      message: `schemaVersion ${shown} is not supported: this version reads schemaVersion ${ESTATE_SCHEMA_VERSION}; ${hint}`,
    },
  ]);
}

/** The schema checks the shape; this checks the date exists (2026-02-30 has the shape). */
function checkCapturedAt(file: string, text: string, snapshot: EstateSnapshot): Diagnostic[] {
  if (parseInstant(snapshot.capturedAt) !== undefined) return [];
  return [
    {
      file,
      ...new JsonLocator(text).position(['capturedAt']),
      message: `capturedAt '${snapshot.capturedAt}' is not a real date and time`,
    },
  ];
}

/** ARM ids are unique ignoring case; a repeat means two readers' outputs were merged by mistake. */
function findDuplicateIds(file: string, text: string, snapshot: EstateSnapshot): Diagnostic[] {
  const firstIndex = new Map<string, number>();
  const locator = new JsonLocator(text);
  const diagnostics: Diagnostic[] = [];
  snapshot.resources.forEach((resource, index) => {
    const key = idKey(resource.id);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    if (diagnostics.length >= MAX_SCHEMA_DIAGNOSTICS) return;
    diagnostics.push({
      file,
      ...locator.position(['resources', index, 'id']),
      message: `${formatJsonPath(['resources', index])} repeats the id of ${formatJsonPath(['resources', first])} (ids compare ignoring case): ${resource.id}`,
    });
  });
  return diagnostics;
}
