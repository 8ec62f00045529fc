import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { arbitraryHostileDocument } from '../../../../fuzz/arbitraries/json'
import { arbitraryHostileString, arbitraryOddText } from '../../../../fuzz/arbitraries/text'
import { defineFuzzTarget } from '../../../../fuzz/harness'
import { serveCommand } from '../../src/commands/serve'
import { main } from '../../src/main'
import { ROOT } from '../run'

const anna = JSON.parse(readFileSync(join(ROOT, 'examples/profiles/anna.json'), 'utf8'))
const someRules = {
  id: 'some',
  version: '1.0.0',
  rules: [
    {
      name: 'one-more-snack',
      conditions: { all: [{ fact: 'day.type', operator: 'notEqual', value: 'rest' }] },
      event: { type: 'bounds', params: { maxSnacks: 3 } },
    },
  ],
}

/** JSON text of a value; one nested too deep for JSON.stringify is written as the deep text it is. */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return `${'['.repeat(100_000)}${']'.repeat(100_000)}`
  }
}

/** A file's content as written to disk: hostile JSON values as text, text as it is. */
const fileText = (doc: unknown) =>
  arbitraryHostileDocument(doc).map((v) => (typeof v === 'string' ? v : jsonText(v)))

// Flag values a careless user or a script types; none asks for hours of work.
const flagValue = fc.oneof(
  fc.constantFrom('', '0', '-1', '1', '7', '366', '367', '1e3', 'NaN', '0x10', ' 7', '7days'),
  fc.constantFrom('2026-11-23', '2026-02-30', '99999-01-01', 'today', 'sv', 'da', 'xx', 'json'),
  fc.constantFrom('ics', 'table', 'ICS', '--days', '-', '\u202E7'),
  arbitraryOddText(12),
)
const FLAGS = ['--profile', '--rules', '--catalog', '--from', '--days', '--format', '--locale']

let dirCount = 0
// Inside the harness's scratch folder, which it removes however the child
// ends (killed on a hang included).
const base = mkdtempSync(join(process.env.FUZZ_TMPDIR ?? tmpdir(), 'snackplan-fuzz-cli-'))
// The harness disconnects when the run ends: the folder goes, and with it a serve.
process.once('disconnect', () => {
  rmSync(base, { recursive: true, force: true })
  process.exit(0)
})
/** A fresh folder holding the hostile files, so no input sees another's. */
function folderWith(files: Record<string, string>): string {
  const dir = join(base, String(dirCount++))
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

/** Runs the CLI in-process: an exit code of the contract, and never a stack trace. */
async function runCli(argv: string[], cwd: string): Promise<void> {
  let err = ''
  const code = await main(argv, { out: () => {}, err: (t) => (err += t), cwd })
  if (code !== 0 && code !== 1 && code !== 2) throw new Error(`exit code ${code}`)
  // main's last resort prints the stack of an error that is not a SnackplanError.
  if (/\n\s+at /.test(err)) throw new Error(`an unexpected error: ${err.slice(0, 600)}`)
}

/** `snackplan plan` with hostile profile, rules and catalog files and hostile flags. */
export const cliPlanTarget = defineFuzzTarget({
  arbitrary: fc.record({
    profile: fileText(anna),
    rules: fc.option(fileText(someRules), { nil: undefined }),
    flags: fc.array(fc.tuple(fc.constantFrom(...FLAGS), flagValue), { maxLength: 4 }),
    format: fc.constantFrom('table', 'json', 'ics'),
  }),
  run: async ({ profile, rules, flags, format }) => {
    const dir = folderWith({ 'p.json': profile, ...(rules ? { 'r.json': rules } : {}) })
    const argv = ['plan', '--profile', 'p.json', '--days', '3', '--format', format]
    if (rules) argv.push('--rules', 'r.json')
    for (const [flag, value] of flags) argv.push(flag, value)
    await runCli(argv, dir)
  },
  budgetMs: 2000,
})

/** `snackplan check` on hostile files of each kind, missing files and folders. */
export const cliCheckTarget = defineFuzzTarget({
  arbitrary: fc.record({
    files: fc.array(fc.oneof(fileText(anna), fileText(someRules), arbitraryHostileString()), {
      minLength: 1,
      maxLength: 3,
    }),
    extra: fc.constantFrom([], ['missing.json'], ['.'], ['--nope'], ['--']),
  }),
  run: async ({ files, extra }) => {
    const named = Object.fromEntries(files.map((text, i) => [`f${i}.json`, text]))
    await runCli(['check', ...Object.keys(named), ...extra], folderWith(named))
  },
  budgetMs: 2000,
})

/** `snackplan test-rules` on hostile rule sets, with a few runs. */
export const cliTestRulesTarget = defineFuzzTarget({
  arbitrary: fc.record({
    rules: fileText(someRules),
    runs: fc.constantFrom('1', '2', '0', '-3', 'x', ''),
    seed: fc.constantFrom('1', '-1', '1.5', 'seed'),
  }),
  run: async ({ rules, runs, seed }) => {
    const dir = folderWith({ 'r.json': rules })
    await runCli(['test-rules', 'r.json', '--runs', runs, '--seed', seed], dir)
  },
  budgetMs: 10_000,
})

// One `snackplan serve` for the whole run, over a folder of good and bad
// profiles, started on 127.0.0.1 and a free port.
let served: Promise<string> | undefined
function server(): Promise<string> {
  served ??= new Promise((resolve, reject) => {
    const dir = folderWith({
      'anna.json': JSON.stringify(anna),
      'broken.json': '{"id": "broken",',
      'other.json': JSON.stringify({ ...anna, id: 'other', timeZone: 'Mars/Olympus' }),
    })
    const io = { out: () => {}, err: () => {}, cwd: dir }
    serveCommand(['--profiles', '.', '--port', '0'], io, (url) => resolve(url)).catch(reject)
  })
  return served
}

/** Sends raw bytes; resolves with the status line's code (0 when the server closed without one). */
function rawRequest(port: number, bytes: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let head = ''
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')))
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1')
      if (head.includes('\r\n')) socket.end()
    })
    socket.on('error', (e) =>
      (e as { code?: string }).code === 'ECONNRESET' ? resolve(0) : reject(e),
    )
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)))
    socket.end(bytes, 'latin1')
  })
}

const SERVE_STATUSES = new Set([0, 200, 304, 400, 404, 405, 413, 414, 431])

/** `snackplan serve`'s request path: raw, malformed and oversized HTTP requests. */
export const cliServeTarget = defineFuzzTarget({
  arbitrary: fc.record({
    method: fc.constantFrom('GET', 'HEAD', 'POST', 'TRACE', 'CONNECT', 'BREW', 'G\u00C9T', ''),
    target: fc.oneof(
      fc.constantFrom('/anna.ics', '/broken.ics', '/other.ics', '/nobody.ics', '/', '*'),
      fc.constantFrom('/../../etc/passwd', '/anna.ics?%', 'http://evil/anna.ics', '/%00.ics'),
      arbitraryOddText(20).map((t) => `/${t.replace(/[\r\n ]/g, '')}.ics`),
    ),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', ''),
    headers: fc.array(
      fc.oneof(
        fc.constantFrom('Host: localhost', 'Host:', 'If-None-Match: *', 'If-None-Match: "x", W/'),
        fc.constantFrom('Content-Length: 5', 'Transfer-Encoding: chunked', 'Connection: close'),
        fc.constantFrom(`X-Big: ${'a'.repeat(20_000)}`, 'Bad Header', ': empty', 'X: \u00FF'),
      ),
      { maxLength: 4 },
    ),
  }),
  run: async ({ method, target, version, headers }) => {
    const port = Number(new URL(await server()).port)
    const status = await rawRequest(
      port,
      `${method} ${target} ${version}\r\n${headers.join('\r\n')}\r\n\r\n`,
    )
    if (!SERVE_STATUSES.has(status)) throw new Error(`status ${status}`)
  },
  budgetMs: 6000,
})
