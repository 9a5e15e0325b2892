import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Emulator } from '../emulator/server.js';
import { exampleEstate, graphSettled, harness, startExampleEmulator, type Harness } from './harness.js';

/**
 * A trusted-access binding in provisioningState Failed (AKSB011 reports it): plan proposes a PUT of the same
 * binding, apply sends it, the binding's provisioning runs again and ends Succeeded, and afterwards the
 * plan has nothing left to do for it and AKSB011 is silent because the binding itself is Succeeded. The
 * estate is the example's, with aks-dev-team-a's (otherwise healthy) binding set to Failed.
 */
jest.setTimeout(20_000);

const EXAMPLE_TIME = new Date(exampleEstate().capturedAt);
const BINDING =
  '/subscriptions/0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d/resourceGroups/rg-dev-team-a/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-a/trustedAccessRoleBindings/tarb-71a21da4622c41ea';

let emulator: Emulator;
let h: Harness;
let before: { sourceResourceId: string; roles: string[] };
beforeAll(async () => {
  emulator = await startExampleEmulator();
  h = harness(emulator, { now: () => EXAMPLE_TIME });
  const binding = structuredClone(emulator.state.get(BINDING)!);
  const properties = binding.properties as {
    provisioningState: string;
    sourceResourceId: string;
    roles: string[];
  };
  properties.provisioningState = 'Failed';
  before = { sourceResourceId: properties.sourceResourceId, roles: [...properties.roles] };
  emulator.state.write(binding);
});
afterAll(() => emulator.close());

const stateOf = (): string | undefined =>
  (emulator.state.get(BINDING)?.properties as { provisioningState?: string } | undefined)?.provisioningState;

describe('apply re-applies a Failed trusted-access binding', () => {
  it('plans a PUT of the same binding, with the reason', async () => {
    const plan = await h.plan(false);
    const changes = plan.changes.filter(
      (c) => c.kind === 'trustedAccessBinding' && c.cluster === 'aks-dev-team-a',
    );
    expect(changes.map((c) => [c.action, c.method, c.reasons])).toEqual([
      ['update', 'PUT', ['provisioningState Failed: re-apply the trusted-access binding']],
    ]);
    expect(changes[0]!.body).toEqual({ properties: before });
  });

  it('PUTs it (a body valid against the official definition), and ARM then reports it Succeeded', async () => {
    expect(stateOf()).toBe('Failed');
    const outcome = await h.apply({ allowReplace: false });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(
      outcome.results.filter((r) => r.status !== 'done').map((r) => `${r.change.id}: ${r.note}`),
    ).toEqual([]);
    expect(outcome.results.find((r) => r.change.id === BINDING)).toMatchObject({
      status: 'done',
      change: { action: 'update', method: 'PUT' },
    });

    const writes = emulator.writes.log.filter((w) => w.kind.endsWith(':trustedaccessrolebindings'));
    expect(writes.filter((w) => w.path.toLowerCase() === BINDING.toLowerCase()).map((w) => w.method)).toEqual(
      ['PUT'],
    );
    // Nothing deleted (without allow-replace nothing else could be either).
    expect(emulator.writes.log.filter((w) => w.method === 'DELETE')).toEqual([]);
    expect(emulator.writes.validator.violations).toEqual([]);
    expect(stateOf()).toBe('Succeeded');
    expect(emulator.state.get(BINDING)?.properties).toMatchObject(before);
  });

  it('afterwards the plan leaves the binding as it is and AKSB011 no longer fires', async () => {
    await graphSettled(emulator);
    const plan = await h.plan(false);
    expect(
      plan.changes
        .filter((c) => c.kind === 'trustedAccessBinding' && c.cluster === 'aks-dev-team-a')
        .map((c) => c.action),
    ).toEqual(['noop']);
    const report = await h.planReport(false);
    expect(report.findings.filter((f) => f.ruleId === 'AKSB011')).toEqual([]);
  });
});
