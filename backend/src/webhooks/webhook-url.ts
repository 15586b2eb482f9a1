import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Addresses a webhook may not reach in production: our own host and private networks.
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
PRIVATE.addAddress('::', 'ipv6');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addSubnet('fe80::', 10, 'ipv6');

export const isPrivateAddress = (address: string): boolean => {
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged by its IPv4 part. (A ::ffff:0:0/96
  // rule would not do: BlockList checks every IPv4 address against IPv6 rules in mapped form.)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) {
    return PRIVATE.check(mapped, 'ipv4');
  }
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
};

/**
 * Why a receiver URL is refused, or null when it is fine. Checked on create and again before
 * every attempt, because what a name resolves to can change after it was registered.
 */
export const refuseWebhookUrl = async (raw: string, allowPrivate: boolean): Promise<string | null> => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'only http and https URLs are allowed';
  }
  if (url.username || url.password) {
    return 'credentials in the URL are not allowed';
  }
  if (allowPrivate) {
    return null;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    return 'the host name does not resolve';
  }
  return addresses.some(isPrivateAddress)
    ? 'private, loopback and link-local addresses are not allowed'
    : null;
};
