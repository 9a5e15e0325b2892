import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS } from '../../src/settings/inputs.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

/**
 * The README's generated sections are current (the same check CI runs), say what their sources say, and
 * the example workflows it points to are workflows that would run: valid YAML, only inputs and outputs
 * action.yml declares, and the OIDC permission wherever they sign in with OIDC.
 */
const readme = readRepoFile('README.md');
const action = parse(readRepoFile('action.yml')) as {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, unknown>;
};
const inputNames = Object.keys(action.inputs);
const outputNames = Object.keys(action.outputs);

function section(name: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  expect(from).toBeGreaterThan(-1);
  expect(to).toBeGreaterThan(from);
  return readme.slice(from + start.length, to);
}

/** The first cell of each body row of the Markdown tables in `text`. */
function firstCells(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, line.indexOf(' |', 2)));
}

describe('README generated sections', () => {
  it('are current: `node scripts/generate.mjs --check` passes', () => {
    const run = spawnSync(process.execPath, [repoPath('scripts', 'generate.mjs'), '--check'], {
      cwd: repoPath(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 90_000);

  it('list exactly the rules of policies/rules, each linked to its page', () => {
    const files = readdirSync(repoPath('policies', 'rules')).filter((f) => f.endsWith('.yaml'));
    const ids = files.map((f) => (parse(readRepoFile('policies', 'rules', f)) as { id: string }).id).sort();
    const rows = firstCells(section('rules')).filter((cell) => cell !== 'id');
    const listed = rows.map((cell) => /^\[([^\]]+)\]\(([^)]+)\)$/.exec(cell)?.[1]);
    expect(listed).toEqual(ids);
    for (const cell of rows) {
      const href = /\]\(([^)]+)\)$/.exec(cell)![1]!;
      expect(() => readRepoFile(href)).not.toThrow();
    }
  });

  it('list every input and output of action.yml', () => {
    const cells = firstCells(section('inputs'));
    for (const name of [...inputNames, ...outputNames]) expect(cells).toContain(`\`${name}\``);
  });

  it('list every top-level key of the desired-state schema', () => {
    const schema = JSON.parse(readRepoFile('schema', 'aks-backup.schema.json')) as {
      properties: Record<string, unknown>;
    };
    const cells = firstCells(section('schema'));
    for (const key of Object.keys(schema.properties)) expect(cells).toContain(`\`${key}\``);
  });
});

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: unknown;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: Record<string, string>;
  jobs?: Record<string, Job>;
}

const ACTION = /^aks-backup-guard\/aks-backup-guard@/;
const COMMANDS: readonly string[] = INPUTS.find((input) => input.name === 'command')!.values;
const workflowFiles = readdirSync(repoPath('examples', 'workflows')).filter((f) => /\.ya?ml$/.test(f));

describe('examples/workflows', () => {
  it('exist and are each referenced from the README', () => {
    expect(workflowFiles.length).toBeGreaterThanOrEqual(5);
    for (const file of workflowFiles) expect(readme).toContain(`](examples/workflows/${file})`);
  });

  it.each(workflowFiles)('%s is a workflow that uses only inputs and outputs action.yml declares', (file) => {
    const text = readRepoFile('examples', 'workflows', file);
    const workflow = parse(text, { uniqueKeys: true }) as Workflow;
    expect(typeof workflow.name).toBe('string');
    expect(workflow.on).toBeDefined();
    expect(Object.keys(workflow.jobs ?? {}).length).toBeGreaterThan(0);

    let uses = 0;
    for (const [jobName, job] of Object.entries(workflow.jobs!)) {
      expect(job['runs-on']).toBeDefined();
      expect(Array.isArray(job.steps)).toBe(true);
      for (const step of job.steps!) {
        if (!ACTION.test(step.uses ?? '')) continue;
        uses++;
        const given = step.with ?? {};
        for (const key of Object.keys(given)) expect(inputNames).toContain(key);
        expect(COMMANDS).toContain(given.command);
        if (given.auth === 'oidc') {
          const permissions = job.permissions ?? workflow.permissions ?? {};
          expect({ job: jobName, 'id-token': permissions['id-token'] }).toEqual({
            job: jobName,
            'id-token': 'write',
          });
        }
        // The audit issue is written with the job's token (docs.github.com/actions/reference/authentication-in-a-workflow).
        if (given['audit-issue'] === true || given['audit-issue'] === 'true') {
          const permissions = job.permissions ?? workflow.permissions ?? {};
          expect({ job: jobName, issues: permissions.issues }).toEqual({ job: jobName, issues: 'write' });
        }
      }
    }
    expect(uses).toBeGreaterThan(0);

    // Outputs read from the action's steps (steps.<id>.outputs.<name>) are outputs it declares.
    const actionStepIds = new Set(
      Object.values(workflow.jobs!)
        .flatMap((job) => job.steps ?? [])
        .filter((step) => ACTION.test(step.uses ?? '') && step.id !== undefined)
        .map((step) => step.id!),
    );
    for (const match of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (actionStepIds.has(match[1]!)) expect(outputNames).toContain(match[2]);
    }
  });

  it('include a sharded matrix whose shard input matches the matrix size', () => {
    const sharded = workflowFiles
      .map((file) => parse(readRepoFile('examples', 'workflows', file)) as Workflow)
      .flatMap((workflow) => Object.values(workflow.jobs ?? {}))
      .filter((job) => (job.steps ?? []).some((step) => typeof step.with?.shard === 'string'));
    expect(sharded.length).toBeGreaterThan(0);
    for (const job of sharded) {
      const matrix = (job as { strategy?: { matrix?: { shard?: number[] } } }).strategy?.matrix?.shard ?? [];
      const shard = job.steps!.find((step) => typeof step.with?.shard === 'string')!.with!.shard as string;
      expect(shard).toBe(`\${{ matrix.shard }}/${matrix.length}`);
      expect(matrix).toEqual(Array.from({ length: matrix.length }, (_, i) => i + 1));
    }
  });
});

describe('docs/custom-role.json', () => {
  it('is a custom role definition without wildcards, deletes or role-assignment writes', () => {
    const role = JSON.parse(readRepoFile('docs', 'custom-role.json')) as {
      Name: string;
      IsCustom: boolean;
      Actions: string[];
      AssignableScopes: string[];
    };
    expect(role.IsCustom).toBe(true);
    expect(role.AssignableScopes.length).toBeGreaterThan(0);
    expect(new Set(role.Actions).size).toBe(role.Actions.length);
    for (const action of role.Actions) {
      expect(action).toMatch(/^Microsoft\.[A-Za-z]+(\/[A-Za-z]+)+$/);
      expect(action).not.toMatch(/\/delete$|^Microsoft\.Authorization\/roleAssignments\/write$/);
    }
    expect(readme).toContain(role.Name);
  });
});
