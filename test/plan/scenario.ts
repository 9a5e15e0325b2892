import { parseDesiredState } from '../../src/config/load.js';
import type { DesiredState } from '../../src/config/model.js';
import { buildEstate } from '../../src/estate/build-estate.js';
import type { Estate } from '../../src/estate/model.js';
import type { ArmResource, EstateSnapshot } from '../../src/estate/snapshot.js';
import { computePlan } from '../../src/plan/diff.js';
import { estateDigest } from '../../src/plan/digest.js';
import type { Plan, PlannedChange } from '../../src/plan/model.js';
import { builtInMatrix } from '../../src/rules/catalogue.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

/**
 * Plan scenarios start from the shipped example (examples/aks-backup.yaml + examples/estate.json) and
 * change one thing, so each test says exactly what differs from a known state.
 */
export const EXAMPLE_CONFIG = readRepoFile('examples', 'aks-backup.yaml');
const EXAMPLE_ESTATE = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;

export interface Scenario {
  state: DesiredState;
  estate: Estate;
  snapshot: EstateSnapshot;
  plan: Plan;
  /** The estate digest a saved plan would carry. */
  estateDigest: string;
}

export function scenario(
  options: {
    config?: (text: string) => string;
    estate?: (snapshot: EstateSnapshot) => void;
    allowReplace?: boolean;
    prune?: boolean;
  } = {},
): Scenario {
  const snapshot = structuredClone(EXAMPLE_ESTATE);
  options.estate?.(snapshot);
  const text = options.config ? options.config(EXAMPLE_CONFIG) : EXAMPLE_CONFIG;
  const state = parseDesiredState(repoPath('examples', 'aks-backup.yaml'), text);
  const estate = buildEstate(snapshot);
  const plan = computePlan(state, estate, {
    allowReplace: options.allowReplace ?? false,
    prune: options.prune ?? false,
    matrix: builtInMatrix(),
  });
  return { state, estate, snapshot, plan, estateDigest: estateDigest(estate, plan.bindings) };
}

/** The resource whose id ends with this suffix (case-insensitive); fails loudly when there is none. */
export function resource(snapshot: EstateSnapshot, suffix: string): ArmResource {
  const found = snapshot.resources.find((r) => r.id.toLowerCase().endsWith(suffix.toLowerCase()));
  if (!found) throw new Error(`no resource ends with ${suffix}`);
  return found;
}

// Tests reach deep into ARM documents to change one field; typing every path would only add noise.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function props(r: ArmResource): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return r.properties as Record<string, any>;
}

/** `action kind name` lines for every change that does something: what a reviewer reads. */
export function summary(plan: Plan): string[] {
  return plan.changes.filter((c) => c.action !== 'noop').map(line);
}

export function line(change: PlannedChange): string {
  const name = change.id.slice(change.id.lastIndexOf('/') + 1);
  return `${change.action} ${change.kind} ${change.cluster ?? '-'}/${name}`;
}

export function changesFor(plan: Plan, kind: PlannedChange['kind'], cluster?: string): PlannedChange[] {
  return plan.changes.filter((c) => c.kind === kind && (cluster === undefined || c.cluster === cluster));
}

/** Role definition GUIDs the plan tests grant (Azure built-in roles). */
export const ROLE = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
};

/** A role assignment document as Resource Graph lists it: `role` granted to `principalId` at `scope`. */
export function roleAssignment(scope: string, name: string, principalId: string, role: string): ArmResource {
  const subscription = scope.split('/')[2];
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
      principalId,
      principalType: 'ServicePrincipal',
      scope,
    },
  };
}
