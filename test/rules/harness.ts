import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { repoPath } from '../support/fixtures.js';
import {
  DEFAULT_EVALUATION_OPTIONS,
  type EvaluationContext,
  type EvaluationOptions,
} from '../../src/rules/model.js';
import type { Subject } from '../../src/rules/subjects.js';
import type { SupportMatrix } from '../../src/rules/support-matrix.js';

/** The instant every rule fixture is judged at (fixtures' timestamps are relative to it). */
export const NOW = new Date('2026-11-21T12:00:00Z');

export const FIXTURES = repoPath('test', 'fixtures', 'rules');

export interface Expected {
  message: string;
  severity?: 'error' | 'warning' | 'info';
  resourceId?: string;
}

export interface RuleCase {
  name: string;
  base: string;
  patch?: Record<string, unknown>;
  unset?: string[];
  fill?: Record<string, { count: number; prefix: string; append?: string[] }>;
  options?: Partial<EvaluationOptions>;
  expect: 'pass' | Expected[];
}

export interface CaseFile {
  rule: string;
  cases: RuleCase[];
}

const bases = parse(readFileSync(`${FIXTURES}/subjects.yaml`, 'utf8')) as Record<string, Subject>;

export function baseSubject(name: string): Subject {
  const base = bases[name];
  if (!base) throw new Error(`no base subject '${name}' in subjects.yaml`);
  return structuredClone(base);
}

export function caseFiles(): CaseFile[] {
  return readdirSync(`${FIXTURES}/cases`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(`${FIXTURES}/cases/${f}`, 'utf8')) as CaseFile);
}

/** Objects merge key by key; anything else (arrays, scalars, null) replaces. */
export function merge(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) merge(current, value);
    else target[key] = structuredClone(value);
  }
  return target;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Removes `a.b.c` (an array index removes that element). Keys may contain dots only as the last part. */
function unsetPath(document: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  let node: unknown = document;
  for (let i = 0; i < parts.length - 1; i++) {
    const next = (node as Record<string, unknown>)[parts[i]!];
    if (next === undefined) {
      // Provider namespaces contain dots: join the rest into one key.
      delete (node as Record<string, unknown>)[parts.slice(i).join('.')];
      return;
    }
    node = next;
  }
  const last = parts.at(-1)!;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete (node as Record<string, unknown>)[last];
}

function setPath(document: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = document;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

export function buildSubject(c: RuleCase): Subject {
  const subject = baseSubject(c.base) as unknown as Record<string, unknown>;
  for (const path of c.unset ?? []) unsetPath(subject, path);
  if (c.patch) merge(subject, c.patch);
  for (const [path, spec] of Object.entries(c.fill ?? {})) {
    setPath(subject, path, [
      ...Array.from({ length: spec.count }, (_, i) => `${spec.prefix}${i}`),
      ...(spec.append ?? []),
    ]);
  }
  return subject as unknown as Subject;
}

export function contextFor(
  matrix: SupportMatrix,
  options: Partial<EvaluationOptions> = {},
  ruleIds?: ReadonlySet<string>,
): EvaluationContext {
  return {
    now: NOW,
    matrix,
    options: { ...DEFAULT_EVALUATION_OPTIONS, ...options },
    ...(ruleIds ? { ruleIds } : {}),
  };
}
