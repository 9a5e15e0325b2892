/**
 * ARM reads: GET of one resource, lists with `nextLink` paging, provider registration
 * (`GET /subscriptions/{s}/providers/{namespace}?api-version=2021-04-01`, AZURE-FACTS.md §5.2) and the
 * Kubernetes versions AKS offers per location (kubernetes-versions.ts).
 * Paths match case-insensitively; documents are returned exactly as stored, so an official example
 * loaded into the snapshot comes back verbatim. Unknown resources get ARM's 404 CloudError.
 *
 * Collections are told from instances by the ARM id grammar: after the last `providers/{namespace}`,
 * segments alternate type/name, so an odd count ends on a type (a collection) and an even count on a
 * name (a resource).
 */
import { cloudError, type Reply } from '../http.js';
import type { EmulatorState } from '../state.js';
import { kubernetesVersions } from './kubernetes-versions.js';

export interface ArmReadOptions {
  pageSize: number;
  /** The emulator's own origin: `nextLink`s must point back at it (AZURE-FACTS.md §6.2). */
  origin: string;
}

export interface ArmRead {
  reply: Reply;
  /** A stable label for call counting: `get:<type>`, `list:<type>`, `get:provider`. */
  kind: string;
}

const SUBSCRIPTION_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readArm(state: EmulatorState, url: URL, options: ArmReadOptions): ArmRead {
  const path = url.pathname.replace(/\/+$/, '');
  const segments = path.split('/').slice(1);
  const apiVersion = url.searchParams.get('api-version') ?? '';

  if (segments[0]?.toLowerCase() !== 'subscriptions' || segments[1] === undefined) {
    return unsupported(path);
  }
  const subscriptionId = segments[1];
  if (!SUBSCRIPTION_GUID.test(subscriptionId)) {
    return {
      kind: 'invalid',
      reply: cloudError(
        400,
        'InvalidSubscriptionId',
        `The provided subscription identifier '${subscriptionId}' is malformed or invalid.`,
      ),
    };
  }
  if (!state.hasSubscription(subscriptionId)) {
    return {
      kind: 'missing',
      reply: cloudError(
        404,
        'SubscriptionNotFound',
        `The subscription '${subscriptionId}' could not be found.`,
      ),
    };
  }

  if (segments.length === 4 && segments[2]?.toLowerCase() === 'providers') {
    return { kind: 'get:provider', reply: providerRegistration(state, subscriptionId, segments[3]!) };
  }
  if (
    segments.length === 7 &&
    segments[2]?.toLowerCase() === 'providers' &&
    segments[3]?.toLowerCase() === 'microsoft.containerservice' &&
    segments[4]?.toLowerCase() === 'locations' &&
    segments[6]?.toLowerCase() === 'kubernetesversions'
  ) {
    return { kind: 'get:kubernetesversions', reply: kubernetesVersions(state, segments[5]!) };
  }

  const providersAt = lastProvidersIndex(segments);
  if (providersAt < 0) return unsupported(path);
  const afterNamespace = segments.length - (providersAt + 2);
  if (afterNamespace <= 0) return unsupported(path);

  const group = resourceGroupOf(segments);
  if (group !== undefined && !state.hasResourceGroup(subscriptionId, group)) {
    return {
      kind: 'missing',
      reply: cloudError(404, 'ResourceGroupNotFound', `Resource group '${group}' could not be found.`),
    };
  }

  if (afterNamespace % 2 === 0) {
    const type = segments.at(-2)!.toLowerCase();
    const doc = state.get(path);
    if (doc === undefined) {
      const name = segments.at(-1)!;
      return {
        kind: `get:${type}`,
        reply: cloudError(
          404,
          'ResourceNotFound',
          `The Resource '${segments[providersAt + 1]}/${segments.slice(providersAt + 2).join('/')}' under resource group '${group ?? ''}' was not found (name '${name}'). For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
        ),
      };
    }
    return { kind: `get:${type}`, reply: { status: 200, body: doc } };
  }

  const type = segments.at(-1)!.toLowerCase();
  const scopeEnd = afterNamespace === 1 ? providersAt : segments.length - 1;
  const scope = `/${segments.slice(0, scopeEnd).join('/')}`;
  let members;
  if (scopeEnd === 2) {
    // /subscriptions/{s}/providers/{ns}/{type}: every top-level resource of that type in the subscription.
    const wanted = `${segments[providersAt + 1]}/${segments.at(-1)}`.toLowerCase();
    members = state
      .armDocuments()
      .filter(
        (doc) =>
          doc.type.toLowerCase() === wanted && doc.id.toLowerCase().startsWith(`${scope.toLowerCase()}/`),
      )
      .sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1));
  } else {
    const parentIsGroup = scopeEnd === 4 && segments[2]?.toLowerCase() === 'resourcegroups';
    if (!parentIsGroup && state.get(scope) === undefined) {
      return {
        kind: `list:${type}`,
        reply: cloudError(
          404,
          'ParentResourceNotFound',
          `Can not perform requested operation on nested resource. Parent resource '${scope}' not found.`,
        ),
      };
    }
    members = state.collection(path);
  }
  return { kind: `list:${type}`, reply: page(members, url, apiVersion, options) };
}

function page(members: unknown[], url: URL, apiVersion: string, options: ArmReadOptions): Reply {
  const token = url.searchParams.get('$skiptoken') ?? url.searchParams.get('$skipToken');
  const offset = token === null ? 0 : Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10);
  if (!Number.isInteger(offset) || offset < 0) {
    return cloudError(400, 'InvalidSkipToken', `The skip token '${token}' is not valid.`);
  }
  const value = members.slice(offset, offset + options.pageSize);
  const next = offset + options.pageSize;
  const body: { value: unknown[]; nextLink?: string } = { value };
  if (next < members.length) {
    const nextToken = Buffer.from(String(next)).toString('base64url');
    body.nextLink = `${options.origin}${url.pathname}?api-version=${encodeURIComponent(apiVersion)}&$skiptoken=${nextToken}`;
  }
  return { status: 200, body };
}

function providerRegistration(state: EmulatorState, subscriptionId: string, namespace: string): Reply {
  if (!/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/.test(namespace)) {
    return cloudError(404, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
  }
  const registrationState = state.providerState(subscriptionId, namespace) ?? 'NotRegistered';
  return {
    status: 200,
    body: {
      id: `/subscriptions/${subscriptionId}/providers/${namespace}`,
      namespace,
      registrationState,
      registrationPolicy: 'RegistrationRequired',
      resourceTypes: [],
    },
  };
}

function lastProvidersIndex(segments: string[]): number {
  for (let i = segments.length - 2; i >= 2; i--) {
    if (segments[i]!.toLowerCase() === 'providers') return i;
  }
  return -1;
}

function resourceGroupOf(segments: string[]): string | undefined {
  return segments[2]?.toLowerCase() === 'resourcegroups' ? segments[3] : undefined;
}

function unsupported(path: string): ArmRead {
  return {
    kind: 'unsupported',
    reply: cloudError(400, 'UnsupportedByEmulator', `The emulator does not serve GET ${path}.`),
  };
}
