// Astro logs a line for every page it writes: at a department's size, thousands of lines that
// bury the one a staff member needs. This drops exactly those lines (the path of each page and
// its render time) and lets everything else through: warnings, errors, each step's summary.
import type { AstroIntegration } from 'astro';

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
}
interface Destination {
  write(event: LogEvent): boolean;
}

/** "  ├─ /du-an/index.html" and " (+2ms)", as Astro writes them while generating pages, and
 * "  ▶ /_astro/x.avif (before: 7303kB, after: 48kB) (+3.02s) (59/69)" for each optimized image. */
export function isPerPageLine(e: LogEvent): boolean {
  if (e.level !== 'info') return false;
  // eslint-disable-next-line no-control-regex
  const text = e.message.replace(/\x1b\[[0-9;]*m/g, '');
  if (/^\s*▶ \/\S+ .*\(\d+\/\d+\)\s*$/.test(text)) return true;
  return (e.label === null && /^\s+[├└]─ \S/.test(text)) || (e.label === 'SKIP_FORMAT' && /^\s*\(\+[\d.]+\s?m?s\)\s*$/.test(text));
}

export function quietLog(): AstroIntegration {
  return {
    name: 'quiet-log',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        // The integration logger shares its options (and so its destination) with Astro's own.
        const options = (logger as unknown as { options?: { destination?: Destination } }).options;
        const dest = options?.destination;
        if (!options || !dest) return;
        const filtered = Object.create(dest) as Destination;
        filtered.write = (e) => (isPerPageLine(e) ? true : dest.write(e));
        options.destination = filtered;
      },
    },
  };
}
