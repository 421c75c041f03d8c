// Markdown written by contributors is Markdown only: raw HTML shows as text, and links or images that
// could run script or load from another origin are neutralised. Applied to every Markdown render.
import type { MdastPluginDefinition } from 'satteri';

const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;
const SAME_ORIGIN_IMAGE = /^(\/|\.{0,2}\/|[^:]*$)/;

export const safeMarkdown: MdastPluginDefinition = {
  name: 'cdc-safe-markdown',
  // Raw HTML (`<script>`, `<iframe onload=…>`) becomes literal text.
  html: (node) => ({ type: 'text', value: node.value }),
  // javascript:, data: and other schemes are not links.
  link: (node, ctx) => (SAFE_LINK.test(node.url.trim()) ? undefined : { type: 'text', value: ctx.textContent(node) }),
  // An image from another origin would be a request to it: it becomes a link instead.
  image: (node) =>
    SAME_ORIGIN_IMAGE.test(node.url.trim())
      ? undefined
      : SAFE_LINK.test(node.url.trim())
        ? { type: 'link', url: node.url, children: [{ type: 'text', value: node.alt || node.url }] }
        : { type: 'text', value: node.alt ?? '' },
};
