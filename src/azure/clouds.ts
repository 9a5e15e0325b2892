/**
 * Azure clouds: where ARM lives, where Entra issues tokens, and which scope an ARM token is for.
 * Built-in clouds use the endpoints of @azure/arm-resourcegraph's cloud settings and @azure/identity's
 * AzureAuthorityHosts; the token scope is `<ARM endpoint>/.default`, an audience ARM accepts in each cloud
 * (hashicorp/go-azure-sdk `sdk/environments` lists both the management.core and management hosts).
 * `armEndpoint` / `authorityHost` override a built-in cloud's endpoints (that is how tests and the demo
 * point at the emulator) and keep its token scope; `custom` takes both and derives the scope from ARM.
 */
export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud' | 'custom';

export interface CloudEndpoints {
  name: CloudName;
  /** ARM origin without a trailing slash, e.g. https://management.azure.com */
  armEndpoint: string;
  /** Entra authority host without a trailing slash, e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** OAuth scope of ARM tokens, e.g. https://management.azure.com/.default */
  tokenScope: string;
  /** False for the built-in hosts MSAL knows; true where instance discovery would leave the cloud. */
  disableInstanceDiscovery: boolean;
}

export interface CloudSettings {
  cloud: CloudName;
  armEndpoint?: string;
  authorityHost?: string;
}

const BUILT_IN: Record<Exclude<CloudName, 'custom'>, { arm: string; authority: string }> = {
  AzureCloud: { arm: 'https://management.azure.com', authority: 'https://login.microsoftonline.com' },
  AzureUSGovernment: {
    arm: 'https://management.usgovcloudapi.net',
    authority: 'https://login.microsoftonline.us',
  },
  AzureChinaCloud: {
    arm: 'https://management.chinacloudapi.cn',
    authority: 'https://login.chinacloudapi.cn',
  },
};

export class CloudConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CloudConfigurationError';
  }
}

/** An https origin (scheme, host, optional port), without path, query or trailing slash. */
function httpsOrigin(value: string, label: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CloudConfigurationError(`${label} must be an https:// URL; got '${value}'`);
  }
  if (url.protocol !== 'https:') {
    throw new CloudConfigurationError(
      `${label} must use https (Azure refuses bearer tokens over http); got '${value}'`,
    );
  }
  if (
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search !== '' ||
    url.hash !== '' ||
    url.username !== ''
  ) {
    throw new CloudConfigurationError(
      `${label} must be an origin such as https://host:port, without a path; got '${value}'`,
    );
  }
  return url.origin;
}

export function resolveCloud(settings: CloudSettings): CloudEndpoints {
  if (settings.cloud === 'custom') {
    if (settings.armEndpoint === undefined || settings.authorityHost === undefined) {
      throw new CloudConfigurationError('cloud "custom" needs both arm-endpoint and authority-host');
    }
    const armEndpoint = httpsOrigin(settings.armEndpoint, 'arm-endpoint');
    return {
      name: 'custom',
      armEndpoint,
      authorityHost: httpsOrigin(settings.authorityHost, 'authority-host'),
      tokenScope: `${armEndpoint}/.default`,
      disableInstanceDiscovery: true,
    };
  }
  const builtIn = BUILT_IN[settings.cloud];
  if (builtIn === undefined) throw new CloudConfigurationError(`unknown cloud '${String(settings.cloud)}'`);
  const authorityHost =
    settings.authorityHost === undefined
      ? builtIn.authority
      : httpsOrigin(settings.authorityHost, 'authority-host');
  return {
    name: settings.cloud,
    armEndpoint:
      settings.armEndpoint === undefined ? builtIn.arm : httpsOrigin(settings.armEndpoint, 'arm-endpoint'),
    authorityHost,
    tokenScope: `${builtIn.arm}/.default`,
    // MSAL's instance discovery calls login.microsoftonline.com about the authority: only sensible for
    // the built-in hosts, which it validates from hard-coded metadata anyway.
    disableInstanceDiscovery: authorityHost !== builtIn.authority,
  };
}
