import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  DATA_PROTECTION_API_VERSION,
  DataProtectionClient,
  INSTANCE_DONE_STATES,
  jobName
} from "./chunk-OSR7MOFW.js";
import "./chunk-F623S5PB.js";
import "./chunk-OWBDLMQC.js";
import {
  jobOutcome
} from "./chunk-7EMEIYIE.js";
import "./chunk-4PGEURHB.js";
import "./chunk-GF2QCEFB.js";
import "./chunk-E45LEVXN.js";
export {
  DATA_PROTECTION_API_VERSION,
  DataProtectionClient,
  INSTANCE_DONE_STATES,
  jobName,
  jobOutcome
};
