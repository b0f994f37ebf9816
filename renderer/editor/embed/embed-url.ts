import { checkLinkUrl } from '../../../shared/content/link-policy';

/** Why an address cannot be embedded, or null when it can (http and https pages only). */
export function embedUrlProblem(raw: string): string | null {
  const check = checkLinkUrl(raw);
  if (!check.ok) return check.reason;
  if (!/^https?:/i.test(check.url)) return 'An embed needs a web address starting with http:// or https://.';
  return null;
}
