// Page addresses as the background compares them (tab state, mute, auth loops, reloads).

/** The host of `url`, lower case; '' for anything that is not a URL. */
export function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The same site for a reload loop: the same host, any path or query (a kit may move to a new
 *  address each time); a page without a host (a file opened from disk) by its path. */
export function sameSite(a, b) {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    return x.host ? x.host.toLowerCase() === y.host.toLowerCase() : x.protocol === y.protocol && x.pathname === y.pathname;
  } catch {
    return false;
  }
}
