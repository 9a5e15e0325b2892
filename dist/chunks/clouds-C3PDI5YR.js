import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import "./chunk-E45LEVXN.js";

// src/azure/clouds.ts
var BUILT_IN = {
  AzureCloud: { arm: "https://management.azure.com", authority: "https://login.microsoftonline.com" },
  AzureUSGovernment: {
    arm: "https://management.usgovcloudapi.net",
    authority: "https://login.microsoftonline.us"
  },
  AzureChinaCloud: {
    arm: "https://management.chinacloudapi.cn",
    authority: "https://login.chinacloudapi.cn"
  }
};
var CloudConfigurationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CloudConfigurationError";
  }
};
function httpsOrigin(value, label) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new CloudConfigurationError(`${label} must be an https:// URL; got '${value}'`);
  }
  if (url.protocol !== "https:") {
    throw new CloudConfigurationError(
      `${label} must use https (Azure refuses bearer tokens over http); got '${value}'`
    );
  }
  if (url.pathname !== "/" && url.pathname !== "" || url.search !== "" || url.hash !== "" || url.username !== "") {
    throw new CloudConfigurationError(
      `${label} must be an origin such as https://host:port, without a path; got '${value}'`
    );
  }
  return url.origin;
}
function resolveCloud(settings) {
  if (settings.cloud === "custom") {
    if (settings.armEndpoint === void 0 || settings.authorityHost === void 0) {
      throw new CloudConfigurationError('cloud "custom" needs both arm-endpoint and authority-host');
    }
    const armEndpoint = httpsOrigin(settings.armEndpoint, "arm-endpoint");
    return {
      name: "custom",
      armEndpoint,
      authorityHost: httpsOrigin(settings.authorityHost, "authority-host"),
      tokenScope: `${armEndpoint}/.default`,
      disableInstanceDiscovery: true
    };
  }
  const builtIn = BUILT_IN[settings.cloud];
  if (builtIn === void 0) throw new CloudConfigurationError(`unknown cloud '${String(settings.cloud)}'`);
  const authorityHost = settings.authorityHost === void 0 ? builtIn.authority : httpsOrigin(settings.authorityHost, "authority-host");
  return {
    name: settings.cloud,
    armEndpoint: settings.armEndpoint === void 0 ? builtIn.arm : httpsOrigin(settings.armEndpoint, "arm-endpoint"),
    authorityHost,
    tokenScope: `${builtIn.arm}/.default`,
    // MSAL's instance discovery calls login.microsoftonline.com about the authority: only sensible for
    // the built-in hosts, which it validates from hard-coded metadata anyway.
    disableInstanceDiscovery: authorityHost !== builtIn.authority
  };
}
export {
  CloudConfigurationError,
  resolveCloud
};
