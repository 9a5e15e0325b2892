/**
 * `GET /subscriptions/{s}/providers/Microsoft.ContainerService/locations/{location}/kubernetesVersions`
 * (operation ManagedClusters_ListKubernetesVersions, shared/azure-specs/containerservice/2026-03-01/
 * managedClusters.json): the versions AKS offers in a region. The body is a `KubernetesVersionListResult`,
 * whose list is `values` — not ARM's usual `value` — and which is not paged (no `x-ms-pageable`).
 *
 * The snapshot's `kubernetesVersions` says what each location answers: its `{values}` verbatim, or a
 * recorded refusal (`{status, error}`) replayed as a CloudError, so a test can script a 403. A location the
 * snapshot does not name answers DEFAULT_KUBERNETES_VERSIONS, as real AKS answers for every region it is
 * in. A location that is not a location name is refused the way ARM refuses an unknown one.
 */
import type { KubernetesVersionsAnswer } from '../../../src/estate/snapshot.js';
import { cloudError, type Reply } from '../http.js';
import type { EmulatorState } from '../state.js';

const OFFICIAL = ['KubernetesOfficial'];
const LTS = ['AKSLongTermSupport'];

/**
 * The emulator's AKS when the snapshot says nothing: shaped like the official example
 * (KubernetesVersions_List.json of the 2026-03-01 AKS spec: `capabilities.supportPlan`, `patchVersions`
 * with `upgrades`, `isDefault`, `isPreview`), with the generally available minors the project's fixtures
 * and generated estates run (1.30-1.33), a preview one, and a minor offered only under long-term support
 * (https://learn.microsoft.com/azure/aks/long-term-support) so readers meet every kind.
 */
export const DEFAULT_KUBERNETES_VERSIONS: KubernetesVersionsAnswer = {
  values: [
    {
      capabilities: { supportPlan: LTS },
      patchVersions: { '1.27.100': { upgrades: ['1.27.102'] }, '1.27.102': { upgrades: [] } },
      version: '1.27',
    },
    {
      capabilities: { supportPlan: OFFICIAL },
      patchVersions: { '1.30.11': { upgrades: ['1.30.14', '1.31.7'] }, '1.30.14': { upgrades: ['1.31.7'] } },
      version: '1.30',
    },
    {
      capabilities: { supportPlan: OFFICIAL },
      patchVersions: { '1.31.7': { upgrades: ['1.31.10', '1.32.4'] }, '1.31.10': { upgrades: ['1.32.4'] } },
      version: '1.31',
    },
    {
      capabilities: { supportPlan: OFFICIAL },
      isDefault: true,
      patchVersions: {
        '1.32.4': { upgrades: ['1.32.5', '1.33.1'] },
        '1.32.5': { upgrades: ['1.33.1'] },
      },
      version: '1.32',
    },
    {
      capabilities: { supportPlan: OFFICIAL },
      patchVersions: { '1.33.1': { upgrades: ['1.33.2'] }, '1.33.2': { upgrades: [] } },
      version: '1.33',
    },
    {
      capabilities: { supportPlan: OFFICIAL },
      isPreview: true,
      patchVersions: { '1.34.0': { upgrades: [] } },
      version: '1.34',
    },
  ],
};

export function kubernetesVersions(state: EmulatorState, location: string): Reply {
  if (!/^[a-z][a-z0-9]*$/i.test(location)) {
    return cloudError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${location}' and API version '2026-03-01' for type 'locations/kubernetesVersions'.`,
    );
  }
  const answer = state.kubernetesVersions(location) ?? DEFAULT_KUBERNETES_VERSIONS;
  if ('values' in answer) return { status: 200, body: { values: answer.values } };
  return cloudError(answer.status, answer.error.code ?? 'Error', answer.error.message ?? '');
}
