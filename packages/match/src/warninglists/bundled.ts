/**
 * @module warninglists/bundled
 * The MISP warning lists shipped with coopsec (data/*.json, copied unchanged apart from
 * whitespace from the MISP project's misp-warninglists, CC0 1.0: see LICENCE.md). Each is
 * loaded only when asked for, so a matcher without warning lists pays nothing.
 *
 * Chosen: the lists of address space that never belongs in an indicator (RFC 1918, 3849,
 * 5735, 6598, 6761, multicast, link-local), public DNS resolvers, sinkholes, CRL/OCSP hosts,
 * the large providers' own names and ranges (Google, Microsoft, Cloudflare), the top sites
 * (Cisco top 1000, Moz top 500), TLDs, URL shorteners, "what is my IP" services, captive
 * portal checks, security vendors' blogs and sandboxes, hashes of empty files and EICAR, and
 * common contact mailboxes. Lists above 2 MiB and the long-tail top-N lists are left out.
 *
 * @example
 * const lists = new WarningLists();
 * for (const id of BUNDLED_WARNING_LIST_IDS) lists.add(id, await loadBundledWarningList(id));
 */
import { parseWarningList } from './warninglist.ts';
import type { WarningListData } from './warninglist.ts';

const LOADERS = {
  'automated-malware-analysis': () =>
    import('./data/automated-malware-analysis.json', { with: { type: 'json' } }),
  'captive-portals': () => import('./data/captive-portals.json', { with: { type: 'json' } }),
  cisco_top1000: () => import('./data/cisco_top1000.json', { with: { type: 'json' } }),
  cloudflare: () => import('./data/cloudflare.json', { with: { type: 'json' } }),
  'common-contact-emails': () =>
    import('./data/common-contact-emails.json', { with: { type: 'json' } }),
  'common-ioc-false-positive': () =>
    import('./data/common-ioc-false-positive.json', { with: { type: 'json' } }),
  'crl-hostname': () => import('./data/crl-hostname.json', { with: { type: 'json' } }),
  'crl-ip': () => import('./data/crl-ip.json', { with: { type: 'json' } }),
  'eicar.com': () => import('./data/eicar.com.json', { with: { type: 'json' } }),
  'empty-hashes': () => import('./data/empty-hashes.json', { with: { type: 'json' } }),
  google: () => import('./data/google.json', { with: { type: 'json' } }),
  'ipv6-linklocal': () => import('./data/ipv6-linklocal.json', { with: { type: 'json' } }),
  microsoft: () => import('./data/microsoft.json', { with: { type: 'json' } }),
  'moz-top500': () => import('./data/moz-top500.json', { with: { type: 'json' } }),
  multicast: () => import('./data/multicast.json', { with: { type: 'json' } }),
  'public-dns-v4': () => import('./data/public-dns-v4.json', { with: { type: 'json' } }),
  'public-dns-v6': () => import('./data/public-dns-v6.json', { with: { type: 'json' } }),
  rfc1918: () => import('./data/rfc1918.json', { with: { type: 'json' } }),
  rfc3849: () => import('./data/rfc3849.json', { with: { type: 'json' } }),
  rfc5735: () => import('./data/rfc5735.json', { with: { type: 'json' } }),
  rfc6598: () => import('./data/rfc6598.json', { with: { type: 'json' } }),
  rfc6761: () => import('./data/rfc6761.json', { with: { type: 'json' } }),
  'security-provider-blogpost': () =>
    import('./data/security-provider-blogpost.json', { with: { type: 'json' } }),
  sinkholes: () => import('./data/sinkholes.json', { with: { type: 'json' } }),
  tlds: () => import('./data/tlds.json', { with: { type: 'json' } }),
  'url-shortener': () => import('./data/url-shortener.json', { with: { type: 'json' } }),
  'whats-my-ip': () => import('./data/whats-my-ip.json', { with: { type: 'json' } }),
} satisfies Record<string, () => Promise<{ default: unknown }>>;

export type BundledWarningListId = keyof typeof LOADERS;

export const BUNDLED_WARNING_LIST_IDS = Object.keys(LOADERS) as readonly BundledWarningListId[];

export function isBundledWarningList(id: string): id is BundledWarningListId {
  return Object.hasOwn(LOADERS, id);
}

/** One bundled list, checked against the format. */
export async function loadBundledWarningList(id: BundledWarningListId): Promise<WarningListData> {
  const module = await LOADERS[id]();
  return parseWarningList(module.default, `bundled warning list ${id}`);
}
