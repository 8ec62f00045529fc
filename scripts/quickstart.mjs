// The README's main job on the built-in defaults: the sample profile in
// examples/profiles/anna.json -> a printed week plan and a week's .ics file.
// Runs the built CLI (pnpm start builds first), exactly as a user would.
import { mkdirSync } from 'node:fs'
import { main } from '@snackplan/cli'

const io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}
const profile = process.argv[2] ?? 'examples/profiles/anna.json'

let code = await main(['plan', '--profile', profile, '--days', '7'], io)
if (code === 0) {
  mkdirSync('out', { recursive: true })
  code = await main(
    ['plan', '--profile', profile, '--days', '7', '--format', 'ics', '--out', 'out/week.ics'],
    io,
  )
}
process.exitCode = code
