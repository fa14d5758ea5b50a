// The lines of a unified diff (published version first, current state second)
// by what they say, so the view can tint them.

export type DiffLineKind = "header" | "hunk" | "added" | "removed" | "context";

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

/**
 * Splits a unified diff into classed lines. `---`/`+++` name the two sides
 * only before the first hunk; inside one they are a removed "--" line or an
 * added "++" line of the Markdown.
 */
export function diffLines(unified: string): DiffLine[] {
  const lines = unified.split("\n");
  if (lines.at(-1) === "") lines.pop();
  let inHunk = false;
  return lines.map((text) => {
    if (text.startsWith("@@")) {
      inHunk = true;
      return { kind: "hunk", text };
    }
    if (!inHunk && (text.startsWith("---") || text.startsWith("+++"))) return { kind: "header", text };
    if (text.startsWith("+")) return { kind: "added", text };
    if (text.startsWith("-")) return { kind: "removed", text };
    return { kind: "context", text };
  });
}
