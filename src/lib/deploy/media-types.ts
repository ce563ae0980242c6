// Media types the hosts' own tables may not know, by file extension. Debian's nginx (1.22) maps
// neither .jsonld nor .csv and sends them as application/octet-stream; Caddy's built-in table has
// neither (it reads the system's /etc/mime.types if there is one, else sniffs text/plain). A data
// portal's harvester picks its parser by the type (ckanext-dcat reads application/ld+json as
// JSON-LD), so the nginx, Caddy, Apache and Vercel configurations send these themselves, and
// deploy/cloudfront.json lists them for the upload to S3 (which sends the type a file was
// uploaded with). _headers sets none: Netlify and Cloudflare Pages type files by their own tables.
export const MEDIA_TYPES: Record<string, string> = { csv: 'text/csv', jsonld: 'application/ld+json' };

/** [extension, media type] pairs, in a stable order. */
export const mediaTypes = (): [string, string][] => Object.entries(MEDIA_TYPES).sort(([a], [b]) => a.localeCompare(b));
