import * as z from 'zod/v4/mini';

/**
 * A link that reports and help print: an absolute `http:` or `https:` URL. Anything else
 * (`javascript:`, `data:`, `file:`, a relative path) is refused when the rules or configuration
 * are loaded, so no rendered report can carry a script link.
 */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be an http:// or https:// URL, such as https://example.com/docs',
});
