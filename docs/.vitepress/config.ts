import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { type DefaultTheme, defineConfig } from 'vitepress'

const DOCS = fileURLToPath(new URL('..', import.meta.url))

// The site runs the packages from their sources through the workspace's
// "@snackplan/source" export condition (as the tests do), so a fresh clone
// needs no package build before `pnpm docs:dev`; the imports stay the
// packages' public entry points.
const CONDITIONS = ['@snackplan/source', 'browser', 'module', 'import', 'default']

const guides: DefaultTheme.SidebarItem[] = [
  { text: 'Getting started', link: '/getting-started' },
  { text: 'Writing rule sets', link: '/rules' },
  { text: 'The default program', link: '/default-program' },
  { text: 'Plugins', link: '/plugins' },
  { text: 'ICS files and feeds', link: '/ics-and-feeds' },
  { text: 'The catalog', link: '/catalog' },
  { text: 'Time zones', link: '/time-zones' },
  { text: 'Health', link: '/health' },
  { text: 'About these docs', link: '/README' },
]

/** The TypeDoc markdown reference (`pnpm docs:api`), one entry per module, when it has been built. */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const root = `${DOCS}api/@snackplan`
  if (!existsSync(root)) return []
  const modules: string[] = []
  for (const name of readdirSync(root).sort()) {
    modules.push(name)
    if (existsSync(`${root}/${name}/testing/README.md`)) modules.push(`${name}/testing`)
  }
  return [
    {
      text: 'API reference',
      collapsed: true,
      items: [
        { text: 'Overview', link: '/api/README' },
        ...modules.map((m) => ({ text: `@snackplan/${m}`, link: `/api/@snackplan/${m}/README` })),
      ],
    },
  ]
}

// Inline scripts VitePress writes into each page (dark-mode check, hash map)
// are allowed by their hashes, so the policy needs neither 'unsafe-inline'
// for scripts nor 'unsafe-eval' anywhere: the precompiled validators must
// run without code generation. Styles stay inline-able (FullCalendar and
// Vue inject them).
function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((code) => code.length > 0)
    .map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`)
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
}

// Two modules of codemirror-json-schema are swapped for small ones of ours
// (see their comments): its markdown renderer (markdown-it plus shiki, which
// loads WebAssembly: a large download and 'wasm-unsafe-eval') and its
// parser table (which bundles YAML and JSON5 parsers we never use).
function slimJsonSchemaEditor(): Plugin {
  const swaps: [RegExp, string][] = [
    [/\/utils\/markdown(\.js)?$/, `${DOCS}playground/editor/markdown.ts`],
    [/^\.\.\/parsers(\/index(\.js)?)?$/, `${DOCS}playground/editor/parsers.ts`],
  ]
  return {
    name: 'snackplan:slim-json-schema-editor',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('codemirror-json-schema/dist/features/')) return null
      return swaps.find(([pattern]) => pattern.test(source))?.[1] ?? null
    },
  }
}

export default defineConfig({
  title: 'snackplan',
  description:
    'Exercise snacks from declarative JSON rules: plans, calendar events, ICS files and feeds.',
  lang: 'en',
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  cleanUrls: false,
  // Guides link to package READMEs and sources beside docs/ (they read well
  // on the repository host); the site itself holds only docs/.
  ignoreDeadLinks: [/^\.\.\//, /^\.\/\.\.\//],
  srcExclude: ['test/**', 'examples/**', 'scripts/**', 'typedoc/**', 'playground/**'],
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/getting-started' },
      { text: 'Playground', link: '/playground' },
      { text: 'API', link: '/api/README' },
    ],
    sidebar: [
      { text: 'Guides', items: guides },
      { text: 'Try it', items: [{ text: 'Playground', link: '/playground' }] },
      ...apiSidebar(),
    ],
    search: { provider: 'local' },
    outline: { level: [2, 3] },
  },
  vite: {
    plugins: [slimJsonSchemaEditor()],
    // The dev server pre-bundles dependencies without plugins; leave
    // codemirror-json-schema to the swap above there too, and pre-bundle the
    // CommonJS and many-file packages it imports instead.
    optimizeDeps: {
      exclude: ['codemirror-json-schema'],
      include: [
        'codemirror-json-schema > best-effort-json-parser',
        'codemirror-json-schema > json-schema-library',
        'codemirror-json-schema > loglevel',
      ],
    },
    resolve: { conditions: CONDITIONS },
    ssr: { resolve: { conditions: CONDITIONS, externalConditions: ['@snackplan/source'] } },
    worker: { format: 'es' },
    // The manifest tells the browser suite which chunks the first view needs
    // (static imports) and which load later (dynamic ones: the editors).
    build: { chunkSizeWarningLimit: 1500, manifest: true },
  },
  transformHtml(html) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`
    return html.replace(/<head>/, `<head>\n    ${meta}`)
  },
})
