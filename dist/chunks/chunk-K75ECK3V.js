import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);

// src/estate/snapshot.ts
var ESTATE_SCHEMA_VERSION = 1;

export {
  ESTATE_SCHEMA_VERSION
};
