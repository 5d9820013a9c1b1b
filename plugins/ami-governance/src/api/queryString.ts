/** `?a=1&b=x%20y` from the parameters that are set, or `''` when none is. */
export function queryString(
  params: Record<string, string | number | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  // Spaces as %20, not +: the backend's OpenAPI validation refuses + as a reserved character.
  const text = search.toString().replace(/\+/g, '%20');
  return text ? `?${text}` : '';
}
