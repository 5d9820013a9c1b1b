// The declarative policy's `ec2_attributes.exception_message` (written `{"@@assign": "…"}`): what
// EC2 tells someone whose launch the policy refuses.

/**
 * The longest `exception_message` this product writes. UNCONFIRMED: neither AWS's declarative policy
 * guide nor aws-policy-facts.md states a limit for the message itself (the whole document is limited
 * to 10,000 characters); this is a conservative cap kept in this one constant.
 * @public
 */
export const EXCEPTION_MESSAGE_MAX_CHARS = 1024;

/**
 * The message written when `policy_config` names an `exception_request_url` and no
 * `exception_message`.
 * @public
 */
export function exceptionMessageFor(requestUrl: string): string {
  return `AMI not approved. Request an exception: ${requestUrl}`;
}

/** True for an absolute `https:` URL with a host. Browser-safe (the WHATWG `URL` global). @public */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
