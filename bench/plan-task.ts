/**
 * Worker side of the evaluate + plan benchmark: what `plan --estate FILE` does (src/commands/plan.ts),
 * one phase at a time so a slow phase names itself. Parsing the file is timed apart: the target is
 * about planning an estate already read, and a live `plan` never parses a file. The file is read
 * straight into the estate (load-estate.ts), so building the estate happens during the read: a builder
 * that times its own work counts it as the build phase, and only the rest of the read as the load.
 */
import { loadDesiredState } from '../src/config/load.js';
import { EstateBuilder } from '../src/estate/build-estate.js';
import { loadEstate } from '../src/estate/load-estate.js';
import type { Estate } from '../src/estate/model.js';
import type { ArmResource, SnapshotEnvelope } from '../src/estate/snapshot.js';
import { computePlan } from '../src/plan/diff.js';
import { estateDigest } from '../src/plan/digest.js';
import { buildReport } from '../src/report/build.js';
import { evaluate, exemptionSubjects, loadCatalogue } from '../src/rules/index.js';
import { subjectsOfPlan } from '../src/subjects/from-estate.js';
import { maxRssMb, type PlanPhases, type PlanResult, type PlanTask } from './tasks.js';

export function runPlanTask(task: PlanTask): PlanResult {
  const timed = <T>(work: () => T): [T, number] => {
    const started = performance.now();
    const value = work();
    return [value, performance.now() - started];
  };
  const builder = new TimedEstateBuilder();
  const [estate, readMs] = timed(() => loadEstate(task.snapshotFile, { builder }));
  const buildEstateMs = builder.ms;
  const loadSnapshotMs = readMs - buildEstateMs;
  const rssAfterLoadMb = maxRssMb();

  const [state, loadConfigMs] = timed(() => loadDesiredState(task.configFile));
  const [catalogue, catalogueMs] = timed(() => loadCatalogue());
  const [plan, diffMs] = timed(() =>
    computePlan(state, estate, { allowReplace: false, prune: false, matrix: catalogue.matrix }),
  );
  const rssAfterDiffMb = maxRssMb();
  // The snapshot's capture time, as plan.ts judges an estate read from a file.
  const now = new Date(estate.capturedAt);
  const options = {
    roleSet: state.options.roleSet,
    allowAzureFiles: state.options.allowAzureFiles,
    allowReplace: false,
  };
  // As plan.ts runs them: each subject is judged as it is made. The generator's own work is timed as the
  // subjects phase, the rest of the evaluation as the rules phase.
  const subjects = new TimedIterable(subjectsOfPlan(state, estate, plan, now));
  const [findings, evaluationMs] = timed(() => [
    ...evaluate(catalogue, subjects, {
      now,
      matrix: catalogue.matrix,
      options,
      exemptions: state.exemptions,
    }),
    ...evaluate(catalogue, exemptionSubjects(state), {
      now,
      matrix: catalogue.matrix,
      options,
      exemptions: state.exemptions,
    }),
  ]);
  const subjectsMs = subjects.ms;
  const rulesMs = evaluationMs - subjectsMs;
  const [, reportMs] = timed(() =>
    buildReport({
      command: 'plan',
      failOn: 'error',
      now,
      config: task.configFile,
      changes: plan.changes.map((c) => ({ action: c.action, kind: c.kind, id: c.id, reasons: c.reasons })),
      findings: [...plan.findings, ...findings],
      stats: {
        clusters: plan.bindings.length,
        clustersInEstate: estate.clusters.length,
        backupInstances: estate.instances.length,
      },
    }),
  );
  // The peak of the plan as `plan` runs it, before the diagnostic below can add to it.
  const peakRssMb = maxRssMb();
  // The estate digest only `plan --plan-file` and `apply` compute: timed apart, and last, so its own
  // garbage cannot raise the peak of the plan reported above.
  const [, digestMs] = timed(() => estateDigest(estate, plan.bindings));
  const phases: PlanPhases = {
    loadSnapshotMs,
    loadConfigMs,
    buildEstateMs,
    catalogueMs,
    diffMs,
    digestMs,
    subjectsMs,
    rulesMs,
    reportMs,
  };
  return {
    phases,
    planMs: loadConfigMs + buildEstateMs + catalogueMs + diffMs + subjectsMs + rulesMs + reportMs,
    clusters: estate.clusters.length,
    changes: plan.changes.filter((c) => c.action !== 'noop').length,
    subjects: subjects.count,
    findings: findings.length,
    rssAfterLoadMb,
    rssAfterDiffMb,
    maxRssMb: peakRssMb,
  };
}

/** The estate builder, adding up the time its own work takes while the file is read around it. */
class TimedEstateBuilder extends EstateBuilder {
  ms = 0;

  override add(resource: ArmResource): string {
    const started = performance.now();
    const key = super.add(resource);
    this.ms += performance.now() - started;
    return key;
  }

  override finish(snapshot: SnapshotEnvelope): Estate {
    const started = performance.now();
    const estate = super.finish(snapshot);
    this.ms += performance.now() - started;
    return estate;
  }
}

/** An iterable that adds up the time its source takes to produce each item, and counts them. */
class TimedIterable<T> implements Iterable<T> {
  ms = 0;
  count = 0;

  constructor(private readonly source: Iterator<T>) {}

  *[Symbol.iterator](): Iterator<T> {
    for (;;) {
      const started = performance.now();
      const next = this.source.next();
      this.ms += performance.now() - started;
      if (next.done) return;
      this.count++;
      yield next.value;
    }
  }
}
