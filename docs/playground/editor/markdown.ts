// Stands in for codemirror-json-schema's `utils/markdown` (aliased in
// .vitepress/config.ts). The original renders schema descriptions with
// markdown-it and a shiki highlighter that loads WebAssembly, which is a
// large download and needs 'wasm-unsafe-eval' in the page's CSP. Our schemas'
// descriptions are plain sentences with `code` spans, so escaped text with
// code spans and fenced blocks is all the hover and completion need.

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function inlineCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>')
}

/** Escaped HTML for a schema description or type hint: code spans and fenced blocks only. */
export function renderMarkdown(markdown: string, inline = true): string {
  if (inline) return inlineCode(markdown)
  return markdown
    .split(/```[a-z]*\n?/)
    .map((part, i) =>
      i % 2 === 1 ? `<pre><code>${escapeHtml(part.trim())}</code></pre>` : inlineCode(part),
    )
    .join('')
}
