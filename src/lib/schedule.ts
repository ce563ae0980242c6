// Scheduled publication: an article or a notice dated in the future is left out of the build
// (its page, the lists, feeds, sitemap, search and open data) until the build's clock reaches its
// time. The pipeline builds every hour, so it goes out within the hour its time comes.

/** Notices carry a date only: they go out at the start of that day in Vietnam (UTC+7, which has
 * no daylight saving time). Articles carry their own time and offset. */
export const NOTICE_DAY_STARTS = 'T00:00:00+07:00';

/** The build's clock, read once per process, so every collection of one build sees the same
 * moment: BUILD_TIME (an ISO 8601 date and time with its offset, for tests and for rebuilding a
 * past state) or the time the process started. */
export function readBuildTime(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const raw = env.BUILD_TIME?.trim();
  if (!raw) return now;
  const m = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(raw);
  const at = m ? new Date(raw) : new Date(NaN);
  // The calendar day must exist (Date would roll 30 February over into March).
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (Number.isNaN(at.getTime()) || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
    throw new Error(`BUILD_TIME: expected a date and time with its offset, such as 2026-12-10T09:00:00+07:00; found ${JSON.stringify(raw)}`);
  }
  return at;
}

let processClock: Date | undefined;
export function buildTime(): Date {
  return (processClock ??= readBuildTime());
}

/** When a notice dated YYYY-MM-DD goes out. */
export function noticeTime(date: string): Date {
  return new Date(`${date}${NOTICE_DAY_STARTS}`);
}

/** Whether something dated `at` is published by a build at `now`. */
export function isDue(at: Date | string, now: Date): boolean {
  return new Date(at).getTime() <= now.getTime();
}

/** Something the build left out because its time has not come. */
export interface Scheduled {
  kind: 'article' | 'notice';
  /** The article's key or the notice's id. */
  id: string;
  /** The file that holds it (the Vietnamese original of an article). */
  file: string;
  /** When it goes out, as an ISO instant. */
  at: string;
  /** Its title in Vietnamese. */
  title: string;
}
