/**
 * Escapes text for HTML element content and quoted attribute values alike: the one escaping
 * helper of the HTML report, through which every value from a search or report passes.
 */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
