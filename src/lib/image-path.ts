// Kept apart from src/lib/images.ts (which reads files) so the schemas can use it anywhere.

/** Whether an image path is relative to its file (not an address or a path from the root): the
 * only kind the build optimizes. */
export function isRelativePath(src: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/)/i.test(src);
}
