import type { EvaluationContext, RuleFailure } from '../model.js';
import type { Subject, SubjectKind } from '../subjects.js';

/**
 * A named TypeScript check, for what a JSON Schema cannot say (counting within a time window, set
 * arithmetic over role assignments, severity that depends on options). Pure: subject, context and the
 * rule's `params` in, failures out. A rule file names it with `check:`.
 */
export interface CheckDefinition {
  name: string;
  /** One line for the catalogue and the policy README. */
  description: string;
  subjects: readonly SubjectKind[];
  /** Failure codes it emits; the rule's `messages:` must cover each, or its `message` is used. */
  codes: readonly string[];
  /** JSON Schema of the `params` a rule may pass (validated when the rule loads). */
  params?: Record<string, unknown>;
  /** Support-matrix paths it reads, given its params (verified when the rule loads). */
  matrixPaths(params: Record<string, unknown>): string[];
  run(subject: Subject, context: EvaluationContext, params: Record<string, unknown>): RuleFailure[];
}

export const NO_FAILURES: RuleFailure[] = [];

/** At most `max` items, then "and N more": messages stay readable on large estates. */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join('; ');
  return `${items.slice(0, max).join('; ')}; and ${items.length - max} more`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
