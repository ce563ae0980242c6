// mailto: links with a prefilled subject and body. Spaces must be %20, not "+", which mail
// programs show literally; URLSearchParams would write "+".
export function enquiryMailto(email: string, { subject, body }: { subject: string; body: string }): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${email}?subject=${enc(subject)}&body=${enc(body)}`;
}
