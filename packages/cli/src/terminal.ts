/** The width vikno's readable output keeps to: a 100-column terminal shows every line whole. */
export const WIDTH = 100;

// East Asian wide and fullwidth characters and emoji take two columns; combining marks take none.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const MARK = /\p{M}/u;

/** How many terminal columns a line takes (no colour codes in it). */
export function columns(line: string): number {
  let width = 0;
  for (const character of line) width += WIDE.test(character) ? 2 : MARK.test(character) ? 0 : 1;
  return width;
}

/**
 * Text broken at spaces into lines of at most {@link WIDTH} columns: the first line starts with `first`, the
 * next ones with `rest` (an indent). A word wider than a line (a long link) is cut.
 */
export function wrap(text: string, first = '', rest = first): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const push = () => {
    lines.push(line.trimEnd());
    line = rest;
    empty = true;
  };
  for (const paragraph of text.split('\n')) {
    for (let word of paragraph.split(' ')) {
      if (!empty && columns(line) + 1 + columns(word) > WIDTH) push();
      while (columns(line) + columns(word) > WIDTH) {
        const room = WIDTH - columns(line) - (empty ? 0 : 1);
        const head = [...word].slice(0, Math.max(room, 1)).join('');
        line += empty ? head : ` ${head}`;
        word = word.slice(head.length);
        push();
      }
      line += empty ? word : ` ${word}`;
      empty = false;
    }
    push();
  }
  return lines.join('\n');
}

/**
 * Whether to colour what vikno prints: only on a terminal (a TTY), and never when `NO_COLOR` is set to anything
 * but the empty string (https://no-color.org).
 */
export function colourWanted(stream: {
  readonly isTTY: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}): boolean {
  return stream.isTTY === true && !stream.env.NO_COLOR;
}
