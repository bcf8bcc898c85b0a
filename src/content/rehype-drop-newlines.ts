// Node-only MDX plugin: drops the text nodes that hold nothing but a line break between block
// elements ("\n" between two paragraphs). Browsers ignore them, yet each would be a string in
// the page's JavaScript; a reason page is leaner without them. Spaces inside text are kept.
import type { Root, RootContent } from 'hast';

type Parent = { children: RootContent[] };

const onlyLineBreaks = (node: RootContent) =>
  node.type === 'text' && /^[ \t]*\n\s*$/.test(node.value);

function drop(parent: Parent) {
  parent.children = parent.children.filter((child) => !onlyLineBreaks(child));
  for (const child of parent.children) {
    if ('children' in child) drop(child as Parent);
  }
}

export default function rehypeDropNewlines() {
  return (tree: Root) => drop(tree as Parent);
}
