import type { CSSProperties } from 'react';

/** Table cell styles that keep every cell short, so a table fits its card at 1024 px. */

/** IDs and short values stay on one line. */
export const nowrap: CSSProperties = { whiteSpace: 'nowrap' };

/** A long ID breaks anywhere rather than widen its table past the card. */
export const breakAnywhere: CSSProperties = { overflowWrap: 'anywhere' };

/** A long name takes at most `lines` lines, cut with an ellipsis (the whole of it in a title). */
export function clampLines(lines: number): CSSProperties {
  return {
    display: '-webkit-box',
    WebkitLineClamp: lines,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  };
}
