import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries
} from "./chunk-4PGEURHB.js";
import "./chunk-E45LEVXN.js";
export {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries
};
