import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Addresses a fetch must never reach unless private fetching is allowed: loopback, private networks, link-local,
 * the unspecified address and other special-purpose ranges (IANA special-purpose registries), which could expose
 * services on the machine or its network to whoever writes a URL into a feed.
 */
const FORBIDDEN_V4: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified ("this network") address'],
  ['10.0.0.0', 8, 'private address'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'loopback address'],
  ['169.254.0.0', 16, 'link-local address'],
  ['172.16.0.0', 12, 'private address'],
  ['192.0.0.0', 24, 'special-purpose address'],
  ['192.0.2.0', 24, 'documentation address'],
  ['192.88.99.0', 24, 'special-purpose address'],
  ['192.168.0.0', 16, 'private address'],
  ['198.18.0.0', 15, 'benchmarking address'],
  ['198.51.100.0', 24, 'documentation address'],
  ['203.0.113.0', 24, 'documentation address'],
  ['224.0.0.0', 4, 'multicast address'],
  ['240.0.0.0', 4, 'reserved address'],
];

const FORBIDDEN_V6: Array<[string, number, string]> = [
  ['::', 128, 'unspecified address'],
  ['::1', 128, 'loopback address'],
  ['64:ff9b:1::', 48, 'special-purpose address'],
  ['100::', 64, 'discard address'],
  ['2001::', 23, 'special-purpose address'],
  ['2001:db8::', 32, 'documentation address'],
  ['fc00::', 7, 'private (unique local) address'],
  ['fe80::', 10, 'link-local address'],
  ['fec0::', 10, 'site-local address'],
  ['ff00::', 8, 'multicast address'],
];

function buildList(rules: Array<[string, number, string]>, family: 'ipv4' | 'ipv6'): Array<[BlockList, string]> {
  return rules.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return [list, reason];
  });
}

const V4_RULES = buildList(FORBIDDEN_V4, 'ipv4');
const V6_RULES = buildList(FORBIDDEN_V6, 'ipv6');

/** Expands an IPv6 address to its eight 16-bit groups, or null if it is not one. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const tail: number[] = [];
  const dotted = text.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    if (!isIPv4(dotted[2])) return null;
    const octets = dotted[2].split('.').map(Number);
    tail.push((octets[0] << 8) | octets[1], (octets[2] << 8) | octets[3]);
    text = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - rest.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...rest, ...tail];
  return groups.some((group) => Number.isNaN(group) || group < 0 || group > 0xffff) ? null : groups;
}

/** The IPv4 address embedded in an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address, if any. */
function embeddedIPv4(groups: number[]): string | null {
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const mapped = zeros(0, 5) && groups[5] === 0xffff;
  const translated = zeros(0, 4) && groups[4] === 0xffff && groups[5] === 0;
  const compatible = zeros(0, 6) && (groups[6] !== 0 || groups[7] > 1);
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6);
  if (!mapped && !translated && !compatible && !nat64) return null;
  return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
}

/** Why fetching from `address` (an IP literal) is refused, or null when it is a public address. */
export function forbiddenAddressReason(address: string): string | null {
  if (isIPv4(address)) {
    if (address === '255.255.255.255') return 'broadcast address';
    for (const [list, reason] of V4_RULES) if (list.check(address, 'ipv4')) return reason;
    return null;
  }
  if (isIPv6(address)) {
    const groups = ipv6Groups(address);
    if (!groups) return 'unparseable IPv6 address';
    const v4 = embeddedIPv4(groups);
    if (v4) return forbiddenAddressReason(v4);
    const canonical = groups.map((group) => group.toString(16)).join(':');
    for (const [list, reason] of V6_RULES) if (list.check(canonical, 'ipv6')) return reason;
    return null;
  }
  return 'not an IP address';
}
