// Page addresses as the background compares them (tab state, mute, auth loops).

/** The host of `url`, lower case; '' for anything that is not a URL. */
export function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
