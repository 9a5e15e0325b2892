/**
 * Routing of ARM writes (PUT, PATCH, POST, DELETE) to the handlers of the kinds `apply` writes. Paths
 * match case-insensitively; ids keep the casing the client sent. The request body is parsed here; what it
 * must contain is each handler's business (validated against the official definitions).
 */
import { cloudError, type Reply } from '../http.js';
import { deleteRoleAssignment, putRoleAssignment, registerProvider } from './write-authorization.js';
import {
  deleteExtension,
  deleteTrustedAccessBinding,
  patchExtension,
  putExtension,
  putTrustedAccessBinding,
} from './write-cluster.js';
import type { WriteRequest, WriteSide } from './write-context.js';
import {
  deleteInstance,
  instanceAction,
  putInstance,
  putPolicy,
  validateForBackup,
  type InstanceAction,
} from './write-data-protection.js';

export interface ArmWrite {
  reply: Reply;
  /** A stable label for counting: `put:backupinstances`, `post:register`, … */
  kind: string;
}

const SUB = String.raw`/subscriptions/[^/]+`;
const CLUSTER = String.raw`${SUB}/resourceGroups/[^/]+/providers/Microsoft\.ContainerService/managedClusters/[^/]+`;
const VAULT = String.raw`${SUB}/resourceGroups/[^/]+/providers/Microsoft\.DataProtection/backupVaults/[^/]+`;

const ROUTES: {
  pattern: RegExp;
  kind: string;
  handle: (side: WriteSide, req: WriteRequest, m: string[], body: unknown) => Reply | undefined;
}[] = [
  {
    pattern: new RegExp(String.raw`^/subscriptions/([^/]+)/providers/([^/]+)/register$`, 'i'),
    kind: 'register',
    handle: (side, req, m) => (req.method === 'POST' ? registerProvider(side, m[1]!, m[2]!) : undefined),
  },
  {
    pattern: new RegExp(
      String.raw`^(${CLUSTER})/providers/Microsoft\.KubernetesConfiguration/extensions/([^/]+)$`,
      'i',
    ),
    kind: 'extensions',
    handle: (side, req, m, body) => {
      const id = `${m[1]}/providers/Microsoft.KubernetesConfiguration/extensions/${m[2]}`;
      if (req.method === 'PUT') return putExtension(side, req, m[1]!, m[2]!, body);
      if (req.method === 'PATCH') return patchExtension(side, req, id, body);
      if (req.method === 'DELETE') return deleteExtension(side, req, id);
      return undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`^(${CLUSTER})/trustedAccessRoleBindings/([^/]+)$`, 'i'),
    kind: 'trustedaccessrolebindings',
    handle: (side, req, m, body) => {
      if (req.method === 'PUT') return putTrustedAccessBinding(side, req, m[1]!, m[2]!, body);
      if (req.method === 'DELETE')
        return deleteTrustedAccessBinding(side, req, `${m[1]}/trustedAccessRoleBindings/${m[2]}`);
      return undefined;
    },
  },
  {
    pattern: new RegExp(
      String.raw`^(${SUB}(?:/.+)?)/providers/Microsoft\.Authorization/roleAssignments/([^/]+)$`,
      'i',
    ),
    kind: 'roleassignments',
    handle: (side, req, m, body) => {
      if (req.method === 'PUT') return putRoleAssignment(side, req, m[1]!, m[2]!, body);
      if (req.method === 'DELETE') return deleteRoleAssignment(side, m[1]!, m[2]!);
      return undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`^(${VAULT})/backupPolicies/([^/]+)$`, 'i'),
    kind: 'backuppolicies',
    handle: (side, req, m, body) =>
      req.method === 'PUT' ? putPolicy(side, req, m[1]!, m[2]!, body) : undefined,
  },
  {
    pattern: new RegExp(String.raw`^(${VAULT})/backupInstances/([^/]+)$`, 'i'),
    kind: 'backupinstances',
    handle: (side, req, m, body) => {
      if (req.method === 'PUT') return putInstance(side, req, m[1]!, m[2]!, body);
      if (req.method === 'DELETE') return deleteInstance(side, req, `${m[1]}/backupInstances/${m[2]}`);
      return undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`^(${VAULT})/validateForBackup$`, 'i'),
    kind: 'validateforbackup',
    handle: (side, req, m, body) =>
      req.method === 'POST' ? validateForBackup(side, req, m[1]!, body) : undefined,
  },
  {
    pattern: new RegExp(String.raw`^(${VAULT}/backupInstances/[^/]+)/(backup|validateRestore|restore)$`, 'i'),
    kind: 'instanceaction',
    handle: (side, req, m, body) => {
      if (req.method !== 'POST') return undefined;
      const action = (['backup', 'validateRestore', 'restore'] as const).find(
        (a) => a.toLowerCase() === m[2]!.toLowerCase(),
      ) as InstanceAction;
      return instanceAction(side, req, m[1]!, action, body);
    },
  },
];

export function writeArm(side: WriteSide, req: WriteRequest, text: string): ArmWrite {
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return {
        kind: 'invalid',
        reply: cloudError(400, 'InvalidRequestContent', 'The request content was not valid JSON.'),
      };
    }
  }
  if ((req.method === 'PUT' || req.method === 'PATCH') && (body === null || typeof body !== 'object')) {
    return {
      kind: 'invalid',
      reply: cloudError(400, 'InvalidRequestContent', `${req.method} ${req.path} needs a JSON object body.`),
    };
  }
  const subscription = /^\/subscriptions\/([^/]+)/i.exec(req.path)?.[1];
  if (subscription !== undefined && !side.state.hasSubscription(subscription)) {
    return {
      kind: 'missing',
      reply: cloudError(
        404,
        'SubscriptionNotFound',
        `The subscription '${subscription}' could not be found.`,
      ),
    };
  }
  const group = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(req.path);
  if (group && !side.state.hasResourceGroup(group[1]!, group[2]!)) {
    return {
      kind: 'missing',
      reply: cloudError(404, 'ResourceGroupNotFound', `Resource group '${group[2]}' could not be found.`),
    };
  }
  for (const route of ROUTES) {
    const match = route.pattern.exec(req.path);
    if (!match) continue;
    const reply = route.handle(side, req, match as unknown as string[], body);
    if (reply === undefined) break;
    return { kind: `${req.method.toLowerCase()}:${route.kind}`, reply };
  }
  return {
    kind: 'unsupported',
    reply: cloudError(
      404,
      'NoRegisteredProviderFound',
      `The emulator serves no ${req.method} ${req.path} (not a route of the resource providers it emulates).`,
    ),
  };
}
