// S3 + CloudFront: one response headers policy per class, and the cache behaviours that attach
// them. CloudFront takes the first behaviour whose path pattern matches ("*" there spans "/" too),
// and the default behaviour serves the pages, as the table's last class.
import type { HeaderTable } from '../headers.ts';
import { mediaTypes } from './media-types.ts';

const SECURITY: Record<string, string> = {
  'strict-transport-security': 'StrictTransportSecurity',
  'x-content-type-options': 'ContentTypeOptions',
  'x-frame-options': 'FrameOptions',
  'referrer-policy': 'ReferrerPolicy',
  'content-security-policy': 'ContentSecurityPolicy',
};

function securityConfig(name: string, value: string): [string, unknown] {
  switch (SECURITY[name.toLowerCase()]) {
    case 'StrictTransportSecurity': {
      const age = Number(/max-age=(\d+)/.exec(value)![1]);
      return ['StrictTransportSecurity', { Override: true, AccessControlMaxAgeSec: age, IncludeSubdomains: /includeSubDomains/i.test(value), Preload: /preload/i.test(value) }];
    }
    case 'ContentTypeOptions':
      return ['ContentTypeOptions', { Override: true }];
    case 'FrameOptions':
      return ['FrameOptions', { Override: true, FrameOption: value }];
    case 'ReferrerPolicy':
      return ['ReferrerPolicy', { Override: true, ReferrerPolicy: value }];
    default:
      return ['ContentSecurityPolicy', { Override: true, ContentSecurityPolicy: value }];
  }
}

/** A policy in the form `aws cloudfront create-response-headers-policy` takes. CORS headers go
 * in CorsConfig (CloudFront refuses them as custom headers); the security headers it knows in
 * SecurityHeadersConfig; the rest as custom headers. */
export function responseHeadersPolicy(name: string, comment: string, headers: Record<string, string>): Record<string, unknown> {
  const security: Record<string, unknown> = {};
  const custom: { Header: string; Value: string; Override: boolean }[] = [];
  let cors: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(headers)) {
    if (SECURITY[k.toLowerCase()]) {
      const [key, conf] = securityConfig(k, v);
      security[key] = conf;
    } else if (k.toLowerCase() === 'access-control-allow-origin') {
      cors = {
        AccessControlAllowOrigins: { Quantity: 1, Items: [v] },
        AccessControlAllowHeaders: { Quantity: 1, Items: ['*'] },
        AccessControlAllowMethods: { Quantity: 2, Items: ['GET', 'HEAD'] },
        AccessControlAllowCredentials: false,
        OriginOverride: true,
      };
    } else custom.push({ Header: k, Value: v, Override: true });
  }
  return {
    Name: name,
    Comment: comment.slice(0, 128),
    SecurityHeadersConfig: security,
    CustomHeadersConfig: { Quantity: custom.length, Items: custom },
    ...(cors ? { CorsConfig: cors } : {}),
  };
}

export function cloudfrontConfig(table: HeaderTable, prefix = 'investment-site'): string {
  const policies = table.classes.map((c) => ({
    name: `${prefix}-${c.name}`,
    config: responseHeadersPolicy(`${prefix}-${c.name}`, c.note, { ...table.common, ...c.headers }),
  }));
  const behaviours = table.classes.slice(0, -1).flatMap((c) => c.paths.map((p) => ({ PathPattern: p, ResponseHeadersPolicy: `${prefix}-${c.name}` })));
  return `${JSON.stringify(
    {
      comment: 'Generated from src/lib/headers.ts by `npm run deploy:config`. Create each policy with `aws cloudfront create-response-headers-policy --response-headers-policy-config` and attach it to the cache behaviour with the same path pattern, in this order; the default behaviour gets the last policy. Upload the files of contentTypes with that --content-type (aws s3 cp). README, "Deploy".',
      policies: Object.fromEntries(policies.map((p) => [p.name, p.config])),
      cacheBehaviours: behaviours,
      // S3 sends the Content-Type an object was uploaded with; `aws s3 sync` guesses it from the
      // machine's type table, which may lack these.
      contentTypes: Object.fromEntries(mediaTypes().map(([ext, type]) => [`*.${ext}`, type])),
      defaultCacheBehaviour: { ResponseHeadersPolicy: `${prefix}-${table.classes.at(-1)!.name}` },
    },
    null,
    2,
  )}\n`;
}
