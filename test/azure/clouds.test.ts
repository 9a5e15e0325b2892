import { describe, expect, it } from '@jest/globals';
import { CloudConfigurationError, resolveCloud } from '../../src/azure/clouds.js';

describe('clouds', () => {
  it.each([
    ['AzureCloud', 'https://management.azure.com', 'https://login.microsoftonline.com'],
    ['AzureUSGovernment', 'https://management.usgovcloudapi.net', 'https://login.microsoftonline.us'],
    ['AzureChinaCloud', 'https://management.chinacloudapi.cn', 'https://login.chinacloudapi.cn'],
  ] as const)('%s has its ARM endpoint, authority and token scope', (cloud, arm, authority) => {
    expect(resolveCloud({ cloud })).toEqual({
      name: cloud,
      armEndpoint: arm,
      authorityHost: authority,
      tokenScope: `${arm}/.default`,
      disableInstanceDiscovery: false,
    });
  });

  it('overrides endpoints of a built-in cloud but keeps its token scope, and skips instance discovery', () => {
    expect(
      resolveCloud({
        cloud: 'AzureCloud',
        armEndpoint: 'https://127.0.0.1:8443/',
        authorityHost: 'https://127.0.0.1:8443',
      }),
    ).toEqual({
      name: 'AzureCloud',
      armEndpoint: 'https://127.0.0.1:8443',
      authorityHost: 'https://127.0.0.1:8443',
      tokenScope: 'https://management.azure.com/.default',
      disableInstanceDiscovery: true,
    });
  });

  it('custom takes both endpoints and asks for tokens for its ARM endpoint', () => {
    expect(
      resolveCloud({
        cloud: 'custom',
        armEndpoint: 'https://management.local.azurestack.external',
        authorityHost: 'https://adfs.local.azurestack.external',
      }),
    ).toMatchObject({
      tokenScope: 'https://management.local.azurestack.external/.default',
      disableInstanceDiscovery: true,
    });
    expect(() => resolveCloud({ cloud: 'custom', armEndpoint: 'https://arm.example' })).toThrow(
      'needs both arm-endpoint and authority-host',
    );
  });

  it.each([
    ['http://127.0.0.1:8443', 'must use https'],
    ['https://arm.example/path', 'without a path'],
    ['https://arm.example/?x=1', 'without a path'],
    ['not a url', 'must be an https:// URL'],
  ])('refuses arm-endpoint %s', (armEndpoint, message) => {
    expect(() => resolveCloud({ cloud: 'AzureCloud', armEndpoint })).toThrow(CloudConfigurationError);
    expect(() => resolveCloud({ cloud: 'AzureCloud', armEndpoint })).toThrow(message);
  });
});
