/** Renders one run as plain-text tables (the default output) or JSON (`--json`). */
import { checkTargets, compareReads, growth, seconds } from './analysis.js';
import type { BenchResults } from './results.js';

export function renderJson(results: BenchResults): string {
  return JSON.stringify(
    {
      ...results,
      comparisons: compareReads(results.reads),
      growth: growth(results),
      // null rather than a missing key for a target this run did not measure.
      targets: checkTargets(results).map((t) => ({ ...t, met: t.met ?? null })),
    },
    null,
    2,
  );
}

export function renderText(results: BenchResults): string {
  const m = results.machine;
  const s = results.settings;
  const out: string[] = [
    `AKS Backup Guard benchmark, ${results.date}${s.quick ? ' (--quick)' : ''}, commit ${results.source.commit}` +
      (results.source.uncommittedChanges ? ' with uncommitted changes' : ''),
    `machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB, Node ${m.node} on ${m.platform}; ` +
      `load average ${loadAverage(m.loadAverageStart)} at start, ${loadAverage(m.loadAverageEnd)} at end`,
    `emulator: ${s.latencyMs} ms per response, Resource Graph quota ${s.quota.limit} per ${s.quota.windowMs / 1000} s, ` +
      `no ARM token buckets (replayed afterwards); concurrency ${s.concurrency}; ${s.subscriptions} subscriptions, seed ${s.seed}`,
    '',
  ];
  if (results.reads.length > 0) {
    out.push(
      'Read (wall time from the first request to the snapshot in memory; each read in its own process)',
    );
    out.push(
      table(
        [
          'clusters',
          'reader',
          'wall',
          'floor',
          'x floor',
          'RG pages',
          'RG 429',
          'ARM calls',
          'calls',
          'peak RSS',
          'emulator CPU',
          'ARM buckets',
        ],
        results.reads.map((r) => [
          count(r.clusters),
          r.reader,
          seconds(r.wallMs),
          seconds(r.floor.totalMs),
          `${(r.wallMs / r.floor.totalMs).toFixed(2)}x`,
          count(r.graphPages),
          count(r.graphRateLimited),
          count(r.armCalls),
          count(r.calls),
          `${r.maxRssMb.toFixed(0)} MB`,
          seconds(r.emulatorCpuMs),
          buckets(r.requests.subscriptionBuckets),
        ]),
      ),
    );
    out.push('');
    out.push(
      'Phases, measured (first request to last response) against their floor; "overlapped": the floor if ARM reads ran during the quota waits',
    );
    out.push(
      table(
        [
          'clusters',
          'reader',
          'RG',
          'RG floor',
          'ARM',
          'ARM floor',
          'floor',
          'overlapped',
          'ARM calls by kind',
        ],
        results.reads.map((r) => [
          count(r.clusters),
          r.reader,
          span(r.requests.graphSpan),
          seconds(r.floor.graphMs),
          span(r.requests.armSpan),
          seconds(r.floor.armMs),
          seconds(r.floor.totalMs),
          seconds(r.floor.overlappedMs),
          Object.entries(r.armByKind)
            .map(([kind, n]) => `${kind} ${count(n)}`)
            .join(', '),
        ]),
      ),
    );
    out.push('');
    const comparisons = compareReads(results.reads);
    if (comparisons.length > 0) {
      out.push('Naive per-resource reader against the project reader');
      out.push(
        table(
          [
            'clusters',
            'calls naive/project',
            'same without recovery points',
            'ARG-indexed kinds: GETs per page',
            'wall naive/project',
          ],
          comparisons.map((c) => [
            count(c.clusters),
            `${c.callsRatio.toFixed(1)}x`,
            `${c.callsRatioLikeForLike.toFixed(1)}x`,
            `${c.graphIndexedGetsPerPage.toFixed(0)}`,
            `${c.wallRatio.toFixed(2)}x`,
          ]),
        ),
      );
      out.push('');
    }
  }
  if (results.plans.length > 0) {
    out.push(
      `Evaluate + plan from an exported snapshot (each run in its own process; of ${s.planRuns} run(s) per size, the one with the median total is shown, and the range of all; "total" excludes parsing the file, not building the estate from it)`,
    );
    out.push(
      table(
        [
          'clusters',
          'total',
          'runs: total',
          'runs: peak RSS',
          'config',
          'build',
          'catalogue',
          'diff',
          '+ plan-file digest',
          'subjects',
          'rules',
          'report',
          'file parse',
          'peak RSS',
          'RSS after read',
          'after diff',
          'changes',
          'findings',
        ],
        results.plans.map((p) => [
          count(p.clusters),
          seconds(p.planMs),
          range(
            p.runs.map((r) => r.planMs / 1000),
            (v) => `${v.toFixed(2)}`,
            ' s',
          ),
          range(
            p.runs.map((r) => r.maxRssMb),
            (v) => v.toFixed(0),
            ' MB',
          ),
          ms(p.phases.loadConfigMs),
          ms(p.phases.buildEstateMs),
          ms(p.phases.catalogueMs),
          ms(p.phases.diffMs),
          ms(p.phases.digestMs),
          ms(p.phases.subjectsMs),
          ms(p.phases.rulesMs),
          ms(p.phases.reportMs),
          ms(p.phases.loadSnapshotMs),
          `${p.maxRssMb.toFixed(0)} MB`,
          `${p.rssAfterLoadMb.toFixed(0)} MB`,
          `${p.rssAfterDiffMb.toFixed(0)} MB`,
          count(p.changes),
          count(p.findings),
        ]),
      ),
    );
    out.push('');
  }
  if (results.startup.length > 0) {
    out.push(
      `Cold start (new process per run, median of ${s.startupRuns} after one warm-up run; load average ${loadAverage(m.loadAverageAtStartup ?? [])} when it began)`,
    );
    out.push(
      table(
        ['entry', 'command', 'median', 'min'],
        results.startup.map((r) =>
          r.error ? [r.entry, r.command, r.error, ''] : [r.entry, r.command, ms(r.medianMs), ms(r.minMs)],
        ),
      ),
    );
    out.push('');
  }
  const apply = results.apply;
  if (apply) {
    out.push(
      `Apply: ${count(apply.instances)} backup instances to create over ${apply.subscriptions} subscription(s), ` +
        `${s.concurrency} in flight per subscription, LRO ${s.lro.steps} steps × ${s.lro.stepMs} ms, polls every ${s.pollIntervalMs} ms`,
    );
    out.push(
      table(
        [
          'instances',
          'writes',
          'ideal',
          'x ideal',
          'one alone',
          'busiest subscription',
          'apply total',
          'done',
          'failed',
          'ARM requests',
          'write buckets',
          'peak RSS',
          'emulator CPU',
        ],
        [
          [
            count(apply.instances),
            seconds(apply.executeMs),
            seconds(apply.idealMs),
            `${(apply.executeMs / apply.idealMs).toFixed(2)}x`,
            apply.singleMs.map((v) => ms(v)).join(' / '),
            count(apply.busiestSubscription),
            seconds(apply.wallMs),
            count(apply.done),
            count(apply.failed),
            `${count(apply.requests.arm)} (${count(apply.requests.armWrites)} writes)`,
            `${apply.requests.writeBuckets.wouldThrottle} would 429; busiest ${count(apply.requests.writeBuckets.busiestBucket?.requests ?? 0)} writes`,
            `${apply.maxRssMb.toFixed(0)} MB`,
            seconds(apply.emulatorCpuMs),
          ],
        ],
      ),
    );
    if (apply.firstFailure) out.push(`first failure: ${apply.firstFailure}`);
    out.push('');
  }
  if (results.failures.length > 0) {
    out.push('Failed measurements');
    out.push(
      table(
        ['what', 'clusters', 'error'],
        results.failures.map((f) => [f.what, count(f.clusters), f.error.split('\n')[0] ?? '']),
      ),
    );
    out.push('');
  }
  const rows = growth(results);
  if (rows.length > 0) {
    out.push(
      'Growth (exponent k in cost ∝ clusters^k; per cluster: extra cost per extra cluster, smallest to largest)',
    );
    out.push(
      table(
        ['what', 'exponent', 'per cluster'],
        rows.map((g) => [
          g.what,
          g.steps
            .map((step) => `${count(step.from)}→${count(step.to)}: ${step.exponent.toFixed(2)}`)
            .join('  '),
          `${g.perCluster.toFixed(g.perCluster < 10 ? 3 : 1)} ${g.unit}`,
        ]),
      ),
    );
    out.push('');
  }
  out.push('Targets (issue 9)');
  out.push(
    table(
      ['target', 'measured', 'met', 'note'],
      checkTargets(results).map((t) => [
        t.target,
        t.measured,
        t.met === undefined ? '-' : t.met ? 'yes' : 'NO',
        t.note ?? '',
      ]),
    ),
  );
  return out.join('\n');
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function span(value: { firstStartMs: number; lastEndMs: number } | undefined): string {
  return value ? seconds(value.lastEndMs - value.firstStartMs) : '-';
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function loadAverage(values: number[]): string {
  return values.map((v) => v.toFixed(2)).join(' / ');
}

function buckets(replay: {
  wouldThrottle: number;
  busiestBucket?: { requests: number } | undefined;
}): string {
  return `${replay.wouldThrottle} would 429; busiest subscription ${count(replay.busiestBucket?.requests ?? 0)} reads`;
}

/** `low-high unit` of several runs, or the one value. */
function range(values: readonly number[], format: (value: number) => string, unit: string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${format(low)}${unit}` : `${format(low)}-${format(high)}${unit}`;
}
