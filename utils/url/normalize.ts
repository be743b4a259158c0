/**
 * Page identity for notes: two visits to the same article must find the same notes,
 * whatever tracking parameters or fragment the link carried.
 */

const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|cmpid|smid|s_cid|_ga|_gl|ito|ocid)$/i;

/**
 * Lowercases the host, drops the fragment, default ports and tracking parameters, keeps
 * every other query parameter in its order. A string that is not an absolute URL is
 * returned unchanged (trimmed), so callers never lose what they stored.
 */
export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  u.search = kept.length ? `?${new URLSearchParams(kept)}` : '';
  return u.href;
}

/** The site a page belongs to: its host without a leading `www.`; '' for non-URLs. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
