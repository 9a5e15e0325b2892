// Entry point of the action (action.yml `main: dist/index.js`); all logic is in main.ts.
import { run } from './main.js';

await run();
