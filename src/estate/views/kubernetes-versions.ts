import { locationKey } from '../arm-id.js';
import type { AksVersionsView, AksVersionView } from '../model.js';
import { asBoolean, asNumber, asStrings, field, path, stringAt } from '../read-fields.js';
import type { KubernetesVersionsAnswer } from '../snapshot.js';
import { objectsOf } from './base.js';

/**
 * One region's answer to ManagedClusters_ListKubernetesVersions (AKSSPEC `KubernetesVersionListResult`:
 * `values[]` of `{version, isPreview, isDefault, capabilities.supportPlan[], patchVersions}`), or the
 * refusal the reader recorded instead. Entries without a `version` are skipped.
 */
export function aksVersionsView(location: string, answer: KubernetesVersionsAnswer): AksVersionsView {
  const where = locationKey(location);
  if ('values' in answer && Array.isArray(answer.values)) {
    return { location: where, versions: objectsOf(answer.values).flatMap(versionView) };
  }
  const status = asNumber(field(answer, 'status'));
  const code = stringAt(answer, 'error', 'code');
  const message = stringAt(answer, 'error', 'message');
  return {
    location: where,
    unavailable: [`HTTP ${status ?? '?'}`, code].filter(Boolean).join(' ') + (message ? `: ${message}` : ''),
  };
}

function versionView(entry: unknown): AksVersionView[] {
  const version = stringAt(entry, 'version');
  if (version === undefined) return [];
  return [
    {
      version,
      isPreview: asBoolean(field(entry, 'isPreview')) ?? false,
      supportPlans: asStrings(path(entry, 'capabilities', 'supportPlan')),
    },
  ];
}
