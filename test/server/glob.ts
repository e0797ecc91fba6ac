// The `filter` parameter of GET /orgs is a glob over the whole name: `*` is any run of
// characters, `?` exactly one, matching is case-insensitive and every other character is
// literal. A hand-written matcher (not a RegExp) keeps regex characters literal for free and
// avoids catastrophic backtracking on patterns like `*a*a*a*a*b`.

function codePoints(text: string): string[] {
  return Array.from(text.toLowerCase());
}

/** Returns a predicate telling whether a name matches the glob. */
export function compileGlob(glob: string): (name: string) => boolean {
  const pattern = codePoints(glob);
  return (name) => wildcardMatch(codePoints(name), pattern);
}

/** Classic greedy wildcard matching with backtracking to the last `*`: O(n·m) worst case. */
function wildcardMatch(text: string[], pattern: string[]): boolean {
  let t = 0;
  let p = 0;
  let starAt = -1;
  let resumeText = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starAt = p++;
      resumeText = t;
    } else if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      t = ++resumeText;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
