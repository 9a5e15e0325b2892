import { matrixValue } from '../support-matrix.js';
import type { ClusterSubject } from '../subjects.js';
import { sameText } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';

/** AKSB012. Looks namespaces up case-insensitively; a namespace the read did not report is unknown, not a failure. */
export const providersRegistered: CheckDefinition = {
  name: 'providers-registered',
  description: "the resource providers AKS backup needs are registered in the cluster's subscription",
  subjects: ['cluster'],
  codes: ['unregistered'],
  matrixPaths: () => ['providers.required'],
  run(subject, { matrix }) {
    const s = subject as ClusterSubject;
    if (!s.providers) return NO_FAILURES;
    const providers = s.providers;
    const namespaces = Object.keys(providers);
    // Lower-cased once per cluster rather than once per comparison.
    const lowered = namespaces.map((ns) => ns.toLowerCase());
    const planned = s.plan?.registersProviders ?? [];
    const missing: string[] = [];
    for (const namespace of matrixValue<string[]>(matrix, 'providers.required') ?? []) {
      // The first namespace that matches in any case, as Azure compares them.
      const at = typeof namespace === 'string' ? lowered.indexOf(namespace.toLowerCase()) : -1;
      const state = at === -1 ? undefined : providers[namespaces[at]!];
      if (state === undefined || sameText(state, 'Registered')) continue;
      if (planned.some((p) => sameText(p, namespace))) continue;
      missing.push(`${namespace} (${state})`);
    }
    return missing.length > 0 ? [{ code: 'unregistered', values: { missing } }] : NO_FAILURES;
  },
};
