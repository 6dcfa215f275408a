import { z } from 'zod'

/**
 * A web address a page shows as a link: http(s) only, so `javascript:` or `data:` never
 * reaches an `href` (offering links, provider websites).
 *
 * @example webUrlSchema.parse('https://archiefacademie.nl/cursus')
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'invalid' })

/** `urn:<namespace>:<specific part>` (RFC 8141), e.g. `urn:nbn:nl:ui:13-abc`. */
const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i

/**
 * An identifier of something outside Routekaart that is shown as a link and exported in CASE
 * (crosswalks): a web address as `webUrlSchema`, or a URN. No other scheme.
 *
 * @example linkUriSchema.parse('urn:isbn:9789012345678')
 */
export const linkUriSchema = z
  .url({ protocol: /^(https?|urn)$/, error: 'invalid' })
  .refine((uri) => !/^urn:/i.test(uri) || URN.test(uri), { error: 'invalid' })
