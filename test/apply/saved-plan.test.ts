import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { configDigestOf, readPlanFile, refusalFor } from '../../src/apply/saved-plan.js';
import { toPlanFile, type PlanFile } from '../../src/plan/plan-file.js';
import type { Emulator } from '../emulator/server.js';
import { CONFIG_FILE, harness, startExampleEmulator, tempDir, writeJson, type Harness } from './harness.js';

/**
 * apply executes only the reviewed plan: it refuses (nothing written) when the desired state or Azure
 * changed since the plan was saved, or when the plan replaces without allow-replace; it executes the saved
 * changes exactly when nothing changed.
 */
jest.setTimeout(20_000);

let emulator: Emulator;
let h: Harness;
beforeEach(async () => {
  emulator = await startExampleEmulator();
  h = harness(emulator);
});
afterEach(() => emulator.close());

async function savedPlan(allowReplace: boolean): Promise<{ file: string; plan: PlanFile }> {
  const { plan, estateDigest } = await h.planWithDigest(allowReplace);
  const file = join(tempDir('aksbg-saved-'), 'plan.json');
  writeJson(
    file,
    toPlanFile(plan, estateDigest, { file: CONFIG_FILE, text: h.configText }, new Date(), {
      allowReplace,
      prune: false,
    }),
  );
  return { file, plan: readPlanFile(file) };
}

describe('apply --plan-file', () => {
  it('executes the saved plan when nothing changed', async () => {
    const saved = await savedPlan(true);
    const outcome = await h.apply({ allowReplace: true, saved });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.results.map((r) => r.change.id)).toEqual(saved.plan.changes.map((c) => c.id));
    expect(outcome.results.every((r) => r.status === 'done')).toBe(true);
  });

  it('refuses, writing nothing, when Azure changed since the plan was made', async () => {
    const saved = await savedPlan(false);
    // Someone deletes a role assignment the plan counted on, between review and apply.
    const assignment = emulator.state
      .armDocuments()
      .find((doc) => doc.type === 'Microsoft.Authorization/roleAssignments')!;
    emulator.remove(assignment.id);
    const outcome = await h.apply({ allowReplace: false, saved });
    expect(outcome).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('Azure changed since the plan'),
    });
    expect(emulator.writes.log).toEqual([]);
  });

  it('refuses when the desired-state file changed since the plan was made', async () => {
    const saved = await savedPlan(false);
    const current = (await h.planWithDigest(false)).estateDigest;
    expect(refusalFor(saved.plan, saved.file, `${h.configText}\n# edited after review\n`, current)).toContain(
      'the desired-state file changed since the plan',
    );
    expect(refusalFor(saved.plan, saved.file, h.configText, current)).toBeUndefined();
    expect(saved.plan.configDigest).toBe(configDigestOf(h.configText));
  });

  it.each(['sha256', 'views-sha256'])(
    'refuses a plan whose estate digest an earlier version made (%s), saying to plan again',
    async (scheme) => {
      const saved = await savedPlan(false);
      const current = (await h.planWithDigest(false)).estateDigest;
      const older = { ...saved.plan, toolVersion: '0.9.0', estateDigest: `${scheme}:${'0'.repeat(64)}` };
      expect(refusalFor(older, saved.file, h.configText, current)).toBe(
        `the plan in ${saved.file} was made by aks-backup-guard 0.9.0, which digests the estate another way (${scheme}, now views2-sha256): run plan again with this version, review it, then apply the new plan`,
      );
    },
  );

  it('refuses a plan that replaces instances unless allow-replace is given at apply too', async () => {
    const saved = await savedPlan(true);
    expect(saved.plan.changes.some((c) => c.action === 'replace')).toBe(true);
    const outcome = await h.apply({ allowReplace: false, saved });
    expect(outcome).toMatchObject({ kind: 'refused', reason: expect.stringContaining('give allow-replace') });
    expect(emulator.writes.log).toEqual([]);
  });

  it('refuses a file that is not a plan, naming the file', () => {
    const file = join(tempDir('aksbg-saved-'), 'not-a-plan.json');
    writeFileSync(file, JSON.stringify({ kind: 'something-else', changes: 3 }));
    expect(() => readPlanFile(file)).toThrow(/not a plan file of this tool[\s\S]*no changes list/);
  });

  it('keeps the re-apply of a Failed extension a PUT, and refuses a write method it does not know', async () => {
    const saved = await savedPlan(false);
    const repair = saved.plan.changes.find((c) => c.kind === 'extension' && c.action === 'update')!;
    expect(repair).toMatchObject({ method: 'PUT', cluster: 'aks-prod-neu' });
    (repair as { method?: string }).method = 'DELETE';
    writeFileSync(saved.file, JSON.stringify(saved.plan));
    expect(() => readPlanFile(saved.file)).toThrow(/is not a planned change/);
  });

  it('reports a created instance whose protection fails (sent without dataSourceSetInfo) as failed', async () => {
    const saved = await savedPlan(false);
    const create = saved.plan.changes.find((c) => c.kind === 'backupInstance' && c.action === 'create')!;
    delete (create.body as { properties: Record<string, unknown> }).properties.dataSourceSetInfo;
    const outcome = await h.apply({ allowReplace: false, saved });
    if (outcome.kind !== 'applied') throw new Error(`unexpected ${outcome.kind}`);
    const result = outcome.results.find((r) => r.change.id === create.id)!;
    expect(result.status).toBe('failed');
    expect(result.note).toContain(
      'protection failed: ProtectionError, ScenarioPluginInvalidWorkflowDataRequest',
    );
    // Independent changes still went ahead.
    expect(outcome.results.filter((r) => r.status === 'done').length).toBe(outcome.results.length - 1);
  });
});
