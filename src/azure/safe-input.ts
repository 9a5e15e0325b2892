/**
 * Validation of every string that reaches a KQL query, a Resource Graph scope or an ARM URL
 * (DESIGN.md §3: no injection). Values are checked against the narrow grammar Azure itself accepts and
 * refused otherwise — nothing is escaped into a query, so a quote or a pipe can never change its meaning.
 *
 * Sources: subscription ids are GUIDs; management group ids are 1-90 of letters, digits, `- _ ( ) .`
 * and do not end in `.` (https://learn.microsoft.com/azure/governance/management-groups/create-management-group-portal);
 * ARM ids use the alphabet of src/config/resource-id.ts (letters, digits, `. _ - ( ) /`).
 */
export class UnsafeInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeInputError';
  }
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const MANAGEMENT_GROUP = /^[A-Za-z0-9_().-]{0,89}[A-Za-z0-9_()-]$/;
const ARM_ID =
  /^\/subscriptions\/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(\/[A-Za-z0-9._()-]+)+$/;
const PROVIDER_NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
/** ARM location names: `westeurope`, `eastus2`, `usgovvirginia` (lower-case letters and digits). */
const LOCATION = /^[a-z][a-z0-9]{1,63}$/;
/** What may appear inside a single-quoted KQL literal built by this project. */
const KQL_LITERAL = /^[A-Za-z0-9 ._()/:+-]*$/;

function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** A subscription id, lower-cased (ARM compares them case-insensitively). */
export function checkSubscriptionId(value: string): string {
  if (!GUID.test(value)) throw new UnsafeInputError(`${show(value)} is not a subscription id (a GUID)`);
  return value.toLowerCase();
}

export function checkManagementGroupId(value: string): string {
  if (!MANAGEMENT_GROUP.test(value)) {
    throw new UnsafeInputError(
      `${show(value)} is not a management group id (1-90 letters, digits, '-', '_', '(', ')' or '.', not ending in '.')`,
    );
  }
  return value;
}

/** An ARM resource id under a subscription, safe to put in a URL path or a KQL literal. */
export function checkArmId(value: string): string {
  if (!ARM_ID.test(value) || value.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new UnsafeInputError(`${show(value)} is not an Azure resource id under /subscriptions/<guid>/...`);
  }
  return value;
}

export function checkProviderNamespace(value: string): string {
  if (!PROVIDER_NAMESPACE.test(value)) {
    throw new UnsafeInputError(
      `${show(value)} is not a resource provider namespace such as Microsoft.DataProtection`,
    );
  }
  return value;
}

/** An ARM location name for a URL path; display names (`West Europe`) are folded to it first. */
export function checkLocation(value: string): string {
  const folded = value.replace(/\s+/g, '').toLowerCase();
  if (!LOCATION.test(folded))
    throw new UnsafeInputError(`${show(value)} is not an Azure location name such as westeurope`);
  return folded;
}

/** Whether a value read from Azure is a location name that may go into a URL path as it is. */
export function isLocationName(value: string): boolean {
  return LOCATION.test(value);
}

/**
 * A single-quoted KQL string literal. Only for values from a closed alphabet (types, GUIDs, ids that
 * passed the checks above): quotes, backslashes, pipes, semicolons and line breaks are refused.
 */
export function kqlString(value: string): string {
  if (!KQL_LITERAL.test(value))
    throw new UnsafeInputError(`${show(value)} cannot be used in a Resource Graph query`);
  return `'${value}'`;
}

/** A KQL datetime literal for an instant, e.g. datetime(2026-01-31T00:00:00.000Z). */
export function kqlDatetime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new UnsafeInputError('invalid date for a Resource Graph query');
  return `datetime(${instant.toISOString()})`;
}
