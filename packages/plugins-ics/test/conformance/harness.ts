import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One VEVENT as a checker read it; instants in epoch seconds. */
export interface CheckedVEvent {
  uid: string
  start: number
  end: number
  summary: string
  description: string
}

/** What the Python checkers said about one file. */
export interface PythonResult {
  file: string
  icalendar: CheckedVEvent[]
  vobject: CheckedVEvent[]
  errors: string[]
}

/** Results of every checker over one batch of files. */
export interface BatchResult {
  python: PythonResult[]
  pythonExit: number
  libical: (CheckedVEvent & { file: string })[]
  libicalExit: number
  libicalStderr: string
}

const here = fileURLToPath(new URL('.', import.meta.url))
// Debian's python3-* modules load only under the system interpreter, not a pyenv python3.
const PYTHON = '/usr/bin/python3'
const APT = 'apt-get install -y python3-icalendar python3-vobject libical-dev'

function require_(ok: boolean, what: string, pkg: string): void {
  if (!ok)
    throw new Error(`conformance checker missing: ${what}. Install it with: ${APT} (needs ${pkg})`)
}

/** Fails loudly, naming the Debian package, when a checker is not installed. */
export function assertCheckersInstalled(): void {
  const py = spawnSync(PYTHON, ['-c', 'import icalendar, vobject'], { encoding: 'utf8' })
  require_(
    py.status === 0,
    `${PYTHON} with icalendar and vobject (${py.stderr ?? py.error})`,
    'python3-icalendar python3-vobject',
  )
  const pc = spawnSync('pkg-config', ['--exists', 'libical'])
  require_(pc.status === 0, 'libical headers (pkg-config libical)', 'libical-dev')
  const cc = spawnSync('cc', ['--version'])
  require_(cc.status === 0, 'a C compiler (cc)', 'gcc')
}

/** Compiles libical-check.c into a fresh temp dir and returns the binary's path. */
export function buildLibicalChecker(): string {
  const dir = mkdtempSync(join(tmpdir(), 'snackplan-libical-'))
  const out = join(dir, 'libical-check')
  const flags = execFileSync('pkg-config', ['--cflags', '--libs', 'libical'], { encoding: 'utf8' })
  execFileSync('cc', [
    '-O1',
    '-o',
    out,
    join(here, 'libical-check.c'),
    ...flags.trim().split(/\s+/),
  ])
  return out
}

/** Writes the calendars to a temp dir and runs each checker once over the whole batch. */
export function runCheckers(libicalBin: string, calendars: Record<string, string>): BatchResult {
  const dir = mkdtempSync(join(tmpdir(), 'snackplan-ics-'))
  const files = Object.entries(calendars).map(([name, text]) => {
    const file = join(dir, `${name}.ics`)
    writeFileSync(file, text, 'utf8')
    return file
  })
  const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '')
  const py = spawnSync(PYTHON, [join(here, 'check_python.py'), ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (py.status !== 0 && py.stdout === '') throw new Error(`python checker crashed: ${py.stderr}`)
  const lib = spawnSync(libicalBin, files, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return {
    python: lines(py.stdout).map((l) => JSON.parse(l) as PythonResult),
    pythonExit: py.status ?? -1,
    libical: lines(lib.stdout).map((l) => JSON.parse(l) as CheckedVEvent & { file: string }),
    libicalExit: lib.status ?? -1,
    libicalStderr: lib.stderr,
  }
}
