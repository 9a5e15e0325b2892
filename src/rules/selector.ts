import type { ClusterSelector } from '../config/model.js';
import type { SubjectScope } from './subjects.js';
import { normaliseText } from './values.js';

/**
 * Whether a subject's scope satisfies a desired-state selector: every given criterion must hold, and
 * within a criterion any listed value will do. A criterion the scope has no fact for does not match, so
 * an exemption never reaches further than its author could see.
 */
export function matchesSelector(selector: ClusterSelector, scope: SubjectScope | undefined): boolean {
  if (!scope) return false;
  const anyOf = (list: readonly string[] | undefined, value: string | undefined): boolean =>
    list === undefined ||
    (value !== undefined && list.some((item) => normaliseText(item) === normaliseText(value)));
  if (!anyOf(selector.subscriptions, scope.subscriptionId)) return false;
  if (!anyOf(selector.resourceGroups, scope.resourceGroup)) return false;
  if (!anyOf(selector.locations, scope.location)) return false;
  if (!anyOf(selector.names, scope.name)) return false;
  if (selector.tags) {
    const tags = Object.entries(scope.tags ?? {});
    for (const [key, value] of Object.entries(selector.tags)) {
      // Azure tag names are case-insensitive; values are compared as written.
      if (!tags.some(([k, v]) => k.toLowerCase() === key.toLowerCase() && v === value)) return false;
    }
  }
  return true;
}
