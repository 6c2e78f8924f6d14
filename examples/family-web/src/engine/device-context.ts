/**
 * What the app knows about the device without asking: the time zone and region from the browser's own
 * settings (Intl), read once. Nothing here touches the network.
 */

/** The device's IANA time zone, or null when the browser does not say. */
export function deviceTimeZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === 'string' && zone.length > 0 ? zone : null;
}

/**
 * The ISO 3166-1 region of the browser's language (e.g. "en-GB" → "GB"), or undefined when it names none:
 * the SDK then falls back to 911 and says "or your local emergency number".
 */
export function deviceRegion(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): string | undefined {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region !== undefined && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // A malformed language tag names no region; try the next one.
    }
  }
  return undefined;
}
