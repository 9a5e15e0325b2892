// Bundles the two entry points with esbuild. `--outdir DIR` builds elsewhere so CI can
// compare a fresh build with the committed dist/ (the runner executes dist/, not src/).
import { build } from 'esbuild';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  outExtension: { '.js': '.js' },
  // Bundled CommonJS dependencies call require(); ESM output needs one defined (TOOLCHAIN.md pitfall 7).
  banner: {
    js: "import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);",
  },
  external: ['kerberos'],
  legalComments: 'none',
  logLevel: 'warning',
});
