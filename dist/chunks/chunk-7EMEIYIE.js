import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);

// src/estate/arm-id.ts
function idKey(id) {
  let key = id.trim().toLowerCase();
  if (!key.startsWith("/")) key = `/${key}`;
  while (key.length > 1 && key.endsWith("/")) key = key.slice(0, -1);
  return key;
}
function normaliseId(id) {
  const trimmed = id.trim();
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}
function typeKey(type) {
  return type.trim().toLowerCase();
}
function parentKey(key, childSegment) {
  const at = key.lastIndexOf(needleOf(childSegment));
  return at > 0 ? key.slice(0, at) : void 0;
}
var needles = /* @__PURE__ */ new Map();
function needleOf(segment) {
  let needle = needles.get(segment);
  if (needle === void 0) needles.set(segment, needle = `/${segment}/`);
  return needle;
}
function lastSegment(id) {
  const trimmed = id.trim().replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function idParts(id) {
  const path2 = normaliseId(id);
  const parts = {};
  const [first, second, third, fourth] = leadingSegments(path2, 4);
  if (first?.toLowerCase() === "subscriptions" && second) {
    parts.subscriptionId = second.toLowerCase();
    if (third?.toLowerCase() === "resourcegroups" && fourth) parts.resourceGroup = fourth;
  }
  return parts;
}
function leadingSegments(path2, count) {
  const segments = [];
  let start = 1;
  while (segments.length < count && start <= path2.length) {
    const end = path2.indexOf("/", start);
    segments.push(path2.slice(start, end === -1 ? path2.length : end));
    if (end === -1) break;
    start = end + 1;
  }
  return segments;
}
function locationKey(location) {
  return location.replace(/\s+/g, "").toLowerCase();
}
var RESOURCE_TYPES = {
  managedCluster: "microsoft.containerservice/managedclusters",
  trustedAccessBinding: "microsoft.containerservice/managedclusters/trustedaccessrolebindings",
  backupVault: "microsoft.dataprotection/backupvaults",
  backupPolicy: "microsoft.dataprotection/backupvaults/backuppolicies",
  backupInstance: "microsoft.dataprotection/backupvaults/backupinstances",
  recoveryPoint: "microsoft.dataprotection/backupvaults/backupinstances/recoverypoints",
  backupJob: "microsoft.dataprotection/backupvaults/backupjobs",
  extension: "microsoft.kubernetesconfiguration/extensions",
  roleAssignment: "microsoft.authorization/roleassignments",
  storageAccount: "microsoft.storage/storageaccounts"
};

// src/estate/shared-values.ts
var MAX_ENTRIES = 1 << 16;
var SHARED_BY_PARSER = 9;
var strings = /* @__PURE__ */ new Map();
var lists = /* @__PURE__ */ new Map();
var maps = /* @__PURE__ */ new Map();
function sharedString(value) {
  if (value === void 0 || value.length <= SHARED_BY_PARSER) return value;
  const known = strings.get(value);
  if (known !== void 0) return known;
  if (strings.size < MAX_ENTRIES) strings.set(value, value);
  return value;
}
var EMPTY_LIST = Object.freeze([]);
function sharedList(values) {
  if (values.length === 0) return EMPTY_LIST;
  if (values.some((value) => value.includes("\0"))) return Object.freeze([...values]);
  const key = values.join("\0");
  const known = lists.get(key);
  if (known !== void 0) return known;
  const list = Object.freeze(values.map(sharedString));
  if (lists.size < MAX_ENTRIES) lists.set(key, list);
  return list;
}
function sharedMap(key, make) {
  const known = maps.get(key);
  if (known !== void 0) return known;
  const map = make();
  for (const name of Object.keys(map)) map[name] = sharedString(map[name]);
  Object.freeze(map);
  if (maps.size < MAX_ENTRIES) maps.set(key, map);
  return map;
}

// src/estate/read-fields.ts
function asObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function field(object, name) {
  if (object === null || typeof object !== "object" || Array.isArray(object)) return void 0;
  const record = object;
  const direct = record[name];
  if (direct !== void 0 || Object.hasOwn(record, name)) return direct;
  for (const key in record) {
    if (key.length === name.length && sameIgnoringCase(key, name) && Object.hasOwn(record, key))
      return record[key];
  }
  return void 0;
}
function sameIgnoringCase(a, b) {
  for (let at = 0; at < a.length; at++) {
    const x = a.charCodeAt(at);
    const y = b.charCodeAt(at);
    if (x === y) continue;
    if (x > 127 || y > 127) return a.toLowerCase() === b.toLowerCase();
    if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
  }
  return true;
}
function path(object, ...names) {
  let current = object;
  for (const name of names) {
    current = field(current, name);
    if (current === void 0 || current === null) return void 0;
  }
  return current;
}
function asString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function stringAt(object, first, second, third) {
  let value = field(object, first);
  if (second !== void 0) value = field(value, second);
  if (third !== void 0) value = field(value, third);
  return asString(value);
}
function asBoolean(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    if (lower === "true") return true;
    if (lower === "false") return false;
  }
  return void 0;
}
function asNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : void 0;
  }
  return void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function asStrings(value) {
  return sharedList(asArray(value).filter((item) => typeof item === "string"));
}
function asStringMap(value) {
  const record = asObject(value);
  if (!record) return NO_STRINGS;
  return sharedMap(JSON.stringify(record), () => {
    const entries = [];
    for (const [key, item] of Object.entries(record)) {
      if (item === null || item === void 0) continue;
      entries.push([key, typeof item === "string" ? item : JSON.stringify(item)]);
    }
    return Object.fromEntries(entries);
  });
}
var NO_STRINGS = Object.freeze({});
function asErrorSummary(value) {
  const record = asObject(value);
  if (!record) return void 0;
  const code = stringAt(record, "code");
  const message = stringAt(record, "message");
  if (code === void 0 && message === void 0) return void 0;
  return { ...code !== void 0 ? { code } : {}, ...message !== void 0 ? { message } : {} };
}

// src/estate/time.ts
var INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}:?\d{2})$/;
function parseInstant(text) {
  if (typeof text !== "string") return void 0;
  return parseCanonicalInstant(text) ?? parseAnyInstant(text);
}
function parseCanonicalInstant(text) {
  const length = text.length;
  if (length < 20 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return void 0;
  if (text.charCodeAt(10) !== UPPER_T || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) {
    return void 0;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return void 0;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === DOT) {
    const from = ++at;
    while (at < length && isDigit(text.charCodeAt(at))) at++;
    if (at === from) return void 0;
    millis = Math.floor(Number(`0.${text.slice(from, at)}`) * 1e3);
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(at);
  if (zone === UPPER_Z && at + 1 === length) {
    offsetMinutes = 0;
  } else if ((zone === PLUS || zone === DASH) && at + 6 === length && text.charCodeAt(at + 3) === COLON) {
    const hours = digitsAt(text, at + 1, 2);
    const minutes = digitsAt(text, at + 4, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return void 0;
    offsetMinutes = (zone === DASH ? -1 : 1) * (hours * 60 + minutes);
  } else {
    return void 0;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 6e4;
}
var DASH = 45;
var COLON = 58;
var DOT = 46;
var PLUS = 43;
var UPPER_T = 84;
var UPPER_Z = 90;
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function digitsAt(text, from, count) {
  let value = 0;
  for (let at = from; at < from + count; at++) {
    const code = text.charCodeAt(at);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}
function parseAnyInstant(text) {
  const match = INSTANT.exec(text.trim());
  if (!match) return void 0;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  const millis = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1e3) : 0;
  const zone = match[8] ?? "Z";
  let offsetMinutes = 0;
  if (zone !== "Z" && zone !== "z") {
    const digits = zone.replace(":", "");
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 23 || minutes > 59) return void 0;
    offsetMinutes = (digits.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 6e4;
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1] ?? 31;
}
var NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
var ISO_DURATION = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
  "i"
);
var SECONDS_PER = { W: 604800, D: 86400, H: 3600, M: 60, S: 1 };
function parseIsoDuration(text) {
  const trimmed = text.trim();
  const match = ISO_DURATION.exec(trimmed);
  if (!match || /^P$|T$/i.test(trimmed)) return void 0;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => part === void 0 ? void 0 : Number(part.replace(",", ".")));
  if (years || months) return { text };
  const total = (weeks ?? 0) * SECONDS_PER.W + (days ?? 0) * SECONDS_PER.D + (hours ?? 0) * SECONDS_PER.H + (minutes ?? 0) * SECONDS_PER.M + (seconds ?? 0) * SECONDS_PER.S;
  return { text, seconds: total };
}

// src/estate/views/base.ts
function baseView(raw) {
  const id = normaliseId(raw.id);
  return { id, key: idKey(id), name: asString(raw.name) ?? lastSegment(id) };
}
function propertiesOf(raw) {
  return asObject(field(raw, "properties")) ?? {};
}
function identityView(raw) {
  const identity = field(raw, "identity");
  const userAssigned = asObject(field(identity, "userAssignedIdentities")) ?? {};
  const userAssignedPrincipalIds = Object.values(userAssigned).map((value) => stringAt(value, "principalId")).filter((id) => id !== void 0);
  return {
    type: stringAt(identity, "type"),
    principalId: stringAt(identity, "principalId"),
    tenantId: stringAt(identity, "tenantId"),
    userAssignedPrincipalIds
  };
}
function objectsOf(value) {
  const objects = [];
  for (const item of asArray(value)) {
    const object = asObject(item);
    if (object !== void 0) objects.push(object);
  }
  return objects;
}

// src/estate/views/job.ts
var NO_ERRORS = Object.freeze([]);
function jobView(raw) {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const status = sharedString(stringAt(properties, "status"));
  const startTime = stringAt(properties, "startTime");
  const endTime = stringAt(properties, "endTime");
  const startMs = parseInstant(startTime);
  const instanceId = stringAt(properties, "backupInstanceId");
  const errorDetails = asArray(field(properties, "errorDetails"));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    vaultKey: parentKey(base.key, "backupjobs"),
    instanceKey: instanceId === void 0 ? void 0 : idKey(instanceId),
    operation: sharedString(stringAt(properties, "operation")),
    operationCategory: sharedString(stringAt(properties, "operationCategory")),
    status,
    outcome: jobOutcome(status),
    isUserTriggered: asBoolean(field(properties, "isUserTriggered")),
    startTime,
    startMs,
    endTime,
    duration: stringAt(properties, "duration"),
    policyName: sharedString(stringAt(properties, "policyName")),
    // Most jobs have none: one shared empty list instead of two new ones each.
    errors: errorDetails.length === 0 ? NO_ERRORS : errorDetails.map(asErrorSummary).filter((error) => error !== void 0)
  };
}
var SUCCEEDED = /* @__PURE__ */ new Set(["completed", "completedwithwarnings", "succeeded"]);
var FAILED = /* @__PURE__ */ new Set(["failed", "cancelled", "canceled"]);
function jobOutcome(status) {
  const lower = status?.trim().toLowerCase() ?? "";
  if (SUCCEEDED.has(lower)) return "succeeded";
  if (FAILED.has(lower)) return "failed";
  return "running";
}

export {
  idKey,
  normaliseId,
  typeKey,
  parentKey,
  lastSegment,
  idParts,
  locationKey,
  RESOURCE_TYPES,
  sharedString,
  sharedList,
  field,
  path,
  asString,
  stringAt,
  asBoolean,
  asNumber,
  asArray,
  asStrings,
  asStringMap,
  asErrorSummary,
  baseView,
  propertiesOf,
  identityView,
  objectsOf,
  parseInstant,
  parseIsoDuration,
  jobView,
  jobOutcome
};
