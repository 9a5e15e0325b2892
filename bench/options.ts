/** Command-line options of `npm run bench -- [options]`. */
import { parseArgs } from 'node:util';

export type Section = 'read' | 'plan' | 'apply' | 'startup';

export interface BenchOptions {
  quick: boolean;
  json: boolean;
  sizes: number[];
  sections: Section[];
  startupRuns: number;
  /** Evaluate + plan runs per size, each a new process: the median is reported, with the range. */
  planRuns: number;
  applyInstances: number;
  applyCalibrationRuns: number;
}

export const USAGE = `usage: npm run bench -- [--quick] [--json] [--sizes 100,1000] [--only read,plan,apply,startup]
  --quick   100 and 1,000 clusters, 200 instances to apply, fewer start-up runs (under two minutes)
  --json    print the results as JSON on stdout (progress stays on stderr)
  --sizes   cluster counts to measure (default 100,1000,10000; quick 100,1000)
  --plan-runs N  evaluate + plan runs per size, median reported (default 5; quick 3)
  --only    measure only these sections`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      only: { type: 'string' },
      'plan-runs': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = values.sizes
    ? values.sizes.split(',').map((text) => {
        const size = Number(text.trim());
        if (!Number.isInteger(size) || size < 1) throw new Error(`--sizes: '${text}' is not a cluster count`);
        return size;
      })
    : values.quick
      ? [100, 1000]
      : [100, 1000, 10_000];
  const all: Section[] = ['read', 'plan', 'apply', 'startup'];
  const sections = values.only
    ? values.only.split(',').map((name) => {
        if (!all.includes(name.trim() as Section))
          throw new Error(`--only: '${name}' is not one of ${all.join(', ')}`);
        return name.trim() as Section;
      })
    : all;
  return {
    quick: values.quick,
    json: values.json,
    sizes,
    sections,
    startupRuns: values.quick ? 3 : 9,
    planRuns: planRuns(values['plan-runs'], values.quick),
    applyInstances: values.quick ? 200 : 1000,
    applyCalibrationRuns: values.quick ? 2 : 3,
  };
}

function planRuns(text: string | undefined, quick: boolean): number {
  if (text === undefined) return quick ? 3 : 5;
  const runs = Number(text.trim());
  if (!Number.isInteger(runs) || runs < 1 || runs > 50)
    throw new Error(`--plan-runs: '${text}' is not a number of runs from 1 to 50`);
  return runs;
}
