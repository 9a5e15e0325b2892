// Preloaded with `node --import` by test/e2e/lazy-loading.test.ts: appends the URL of every module the
// process loads (ESM import, import() and require alike) to the file AKSBG_RECORD_LOADS names, as it
// loads, so the record is complete however the process ends. Plain JavaScript: Node runs it directly.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const record = process.env.AKSBG_RECORD_LOADS;
if (record) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(record, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
