import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import {
  addDays,
  createPlanner,
  defaultRules,
  explainSnack,
  formatZoned,
  type Plan,
  type Profile,
} from '@snackplan/engine'
import { toCalendarEvents } from '@snackplan/plugins-calendar'
import { toICS } from '@snackplan/plugins-ics'
import axe from 'axe-core'
import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { initialState } from '../playground/lib/samples'
import { decodeState } from '../playground/lib/share'
import { launchChromium, type TestBrowser } from './browser'
import { type SiteServer, serveSite } from './server'

const DOCS = fileURLToPath(new URL('..', import.meta.url))
const SITE = `${DOCS}.vitepress/dist`
const SHOTS = process.env.SNACKPLAN_SCREENSHOTS ?? `${DOCS}e2e/.screenshots`
const read = (path: string) => readFileSync(`${DOCS}${path}`, 'utf8')
const ANNA_TEXT = read('../examples/profiles/anna.json')
const ANNA = JSON.parse(ANNA_TEXT) as Profile
const OFFICE_EXTRAS = read('examples/office-extras.rules.json')
const PLANTED = read('e2e/fixtures/long-warmup.rules.json')

// What the page should show, made here in Node with the public API: the
// default program with the office extras on top, a week from programStart,
// seed 1 (the CLI's default).
const planner = createPlanner({ rules: [defaultRules, JSON.parse(OFFICE_EXTRAS)] })
const planFor = (profile: Profile, week = 0): Promise<Plan> =>
  planner.plan({
    profile,
    from: addDays(profile.programStart, 7 * week),
    days: 7,
    seed: 1,
  })

/**
 * `date HH:MM title` per calendar event of the plan, as the page should show
 * them: a snack at its planned local start; anything else a plan may grow
 * (pauses, longer sessions) at its event's start in the plan's zone.
 */
function expectedBlocks(plan: Plan, locale: 'en' | 'sv' | 'da' = 'en'): string[] {
  const starts = new Map(plan.days.flatMap((d) => d.snacks.map((s) => [s.id, s.start] as const)))
  return toCalendarEvents(plan, { locale }).map((e) => {
    const start = starts.get(e.snackId) ?? formatZoned(Date.parse(e.start), plan.timeZone)
    return `${start.slice(0, 16)} ${e.summary}`
  })
}

// Runs as a same-origin script file, as the site's own code does: under the
// page's CSP, eval and new Function must both be refused.
const EVAL_TRIES = `[() => eval('1 + 1'), () => new Function('return 1')()]
  .map((t) => { try { t(); return 'allowed' } catch (e) { return e instanceof EvalError ? 'refused' : String(e) } })
  .join(',')`
const EVAL_PROBE = `document.documentElement.dataset.evalProbe = ${EVAL_TRIES}`
// The same in a worker served like the test-rules worker (see server.ts).
const EVAL_PROBE_WORKER = `postMessage(${EVAL_TRIES})`

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
}

/**
 * The scripts the playground's first view needs, from the build manifest:
 * the app entry, the page and the playground chunk, with everything they
 * import statically. The editors, .ics import/export and the test worker are
 * dynamic imports and load after the week is on screen.
 */
function firstViewFiles(): string[] {
  const manifest = JSON.parse(readFileSync(`${SITE}/.vite/manifest.json`, 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const roots = Object.entries(manifest).filter(
    ([key, c]) =>
      (c.isEntry && (c.file.startsWith('assets/app.') || key === 'playground.md')) ||
      c.file.startsWith('assets/chunks/Playground.'),
  )
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]!
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    for (const next of chunk.imports ?? []) visit(next)
  }
  for (const [key] of roots) visit(key)
  return [...files].filter((f) => f.endsWith('.js')).sort()
}

let browser: TestBrowser
let site: SiteServer
let page: Page
const problems: string[] = []
let shot = 0

function watch(p: Page) {
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`)
  })
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
}

/** A full-page screenshot, or with `viewport` what is on screen now (an open popup stays open). */
async function screenshot(name: string, p: Page = page, viewport = false) {
  shot++
  const path = `${SHOTS}/${String(shot).padStart(2, '0')}-${name}.png`
  if (viewport) return void (await p.screenshot({ path }))
  // CodeMirror measures its lines only once an editor has been on screen:
  // show each one, as a person scrolling down would, before the full page.
  for (const editor of await p.locator('.cm-editor').all()) await editor.scrollIntoViewIfNeeded()
  await p.evaluate(() => window.scrollTo(0, 0))
  await p.screenshot({ path, fullPage: true })
}

/** The snack blocks on screen: `date HH:MM title`, in time order. */
async function shownBlocks(p: Page = page): Promise<string[]> {
  const blocks = await p.$$eval('[data-snack-id]', (els) =>
    els.map((el) => ({
      start: (el as HTMLElement).dataset.start ?? '',
      title:
        el.querySelector('.snack-title')?.textContent ??
        el.querySelector('.fc-list-event-title')?.textContent ??
        '',
    })),
  )
  return blocks.map((b) => `${b.start} ${b.title.trim()}`).sort()
}

async function waitForBlocks(expected: string[], p: Page = page) {
  await expect.poll(() => shownBlocks(p), { timeout: 20_000 }).toEqual([...expected].sort())
}

/** Replaces an editor's whole text, as a person selecting all and pasting would. */
async function setEditor(label: string, text: string) {
  const editor = page.getByRole('textbox', { name: label, exact: true })
  await editor.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}

/** The state behind the page, read back through its own share link. */
async function sharedState(p: Page = page) {
  await p.getByRole('button', { name: 'Share link' }).click()
  const url = await p.getByRole('textbox', { name: 'Share link' }).inputValue()
  const state = await decodeState(new URL(url).hash, initialState())
  return { url, state: state! }
}

async function openPlayground(p: Page, hash = '') {
  await p.goto(`${site.origin}/playground.html${hash}`)
  await p
    .locator('.fc-timegrid-event.snack, .fc-list-event.snack')
    .first()
    .waitFor({ timeout: 30_000 })
  await p.locator('.cm-editor').nth(1).waitFor({ timeout: 30_000 })
}

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true })
  mkdirSync(SHOTS, { recursive: true })
  console.log(`screenshots: ${SHOTS}`)
  site = await serveSite(SITE, {
    '/__e2e/eval-probe.js': EVAL_PROBE,
    '/__e2e/eval-probe.worker.js': EVAL_PROBE_WORKER,
  })
  browser = await launchChromium()
  page = await browser.context.newPage()
  watch(page)
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

describe('the playground in Chromium', () => {
  it('loads small enough: JS for the first view within 400 kB gzipped', async () => {
    const responses: import('playwright-core').Response[] = []
    const onResponse = (r: import('playwright-core').Response) => {
      if (r.request().resourceType() === 'script' && r.ok()) responses.push(r)
    }
    page.on('response', onResponse)
    await openPlayground(page)
    await page.waitForLoadState('networkidle')
    page.off('response', onResponse)
    // Sizes as a static host would send them: each script gzipped.
    const gz = (path: string) => gzipSync(readFileSync(`${SITE}/${path}`)).length
    const loaded = responses.map((r) => new URL(r.url()).pathname.slice(1))
    const firstView = firstViewFiles()
    expect(loaded).toEqual(expect.arrayContaining(firstView))
    const sizes = {
      firstViewGzipBytes: firstView.reduce((n, f) => n + gz(f), 0),
      loadedGzipBytes: loaded.reduce((n, f) => n + gz(f), 0),
      firstView: Object.fromEntries(firstView.map((f) => [f, gz(f)])),
      loadedLater: Object.fromEntries(
        loaded.filter((f) => !firstView.includes(f)).map((f) => [f, gz(f)]),
      ),
    }
    writeFileSync(`${SHOTS}/js-sizes.json`, `${JSON.stringify(sizes, null, 2)}\n`)
    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`
    console.log(
      `JS gzipped: first view ${kB(sizes.firstViewGzipBytes)}, all the page loads ${kB(sizes.loadedGzipBytes)}`,
    )
    expect(sizes.firstViewGzipBytes).toBeLessThanOrEqual(400 * 1024)
  })

  it("shows anna's week with the same snacks at the same local times as planner.plan in Node", async () => {
    const plan = await planFor(ANNA)
    await waitForBlocks(expectedBlocks(plan))
    // Rest day marked, active time per day in the headers, work and busy shaded.
    await expect
      .poll(() => page.locator('.day-info').allTextContents())
      .toEqual(
        plan.days.map((d) =>
          d.dayType === 'rest' ? 'rest day' : expect.stringContaining(`active · ${d.dayType}`),
        ),
      )
    expect(await page.locator('.fc-bg-event.work-time').count()).toBe(3)
    expect(await page.locator('.fc-bg-event.busy-time').count()).toBe(1)
    expect(await page.locator('.fc-bg-event.rest-time').count()).toBe(1)
    // Excluded exercises and advisories are always in view.
    await expect
      .poll(() => page.getByText(`Excluded exercises (${plan.excluded.length})`).count())
      .toBe(1)
    for (const a of plan.advisories) expect(await page.getByText(a.text.en).count()).toBe(1)
    // Each excluded exercise names the rules that stopped it by their titles.
    const first = plan.excluded[0]!
    const why = page.locator('.excluded li').first().locator('.why span')
    expect(await why.allTextContents()).toEqual(first.reasons.map((r) => plan.titles?.[r]?.en ?? r))
    await screenshot('week-anna')
  })

  it('clicking a snack shows why it is there', async () => {
    const plan = await planFor(ANNA)
    const snack = plan.days.flatMap((d) => d.snacks).find((s) => s.reasons.length > 1)!
    await page.locator(`[data-snack-id="${snack.id}"]`).click()
    const details = page.locator('.snack-details')
    await details.waitFor()
    // Each reason in words, as explainSnack says it (rule titles, exercise
    // names), followed by its rule id.
    const shown = await details.locator('.reasons li').allTextContents()
    const words = explainSnack(snack, { locale: 'en', titles: plan.titles! }).reasons
    expect(shown).toHaveLength(snack.reasons.length)
    snack.reasons.forEach((r, i) => {
      expect(shown[i]!.replace(/\s+/g, ' ').trim()).toBe(`${words[i]} ${r}`.replace(/\s+/g, ' '))
    })
    await screenshot('snack-reasons')
  })

  it('the locale switch changes the titles', async () => {
    const plan = await planFor(ANNA)
    await page.getByRole('radio', { name: 'Svenska' }).check()
    await waitForBlocks(expectedBlocks(plan, 'sv'))
    await screenshot('locale-sv')
    await page.getByRole('radio', { name: 'Dansk' }).check()
    await waitForBlocks(expectedBlocks(plan, 'da'))
    await page.getByRole('radio', { name: 'English' }).check()
    await waitForBlocks(expectedBlocks(plan, 'en'))
  })

  it('previous/next move over the program weeks', async () => {
    await page.getByRole('button', { name: 'Next week', exact: true }).click()
    await waitForBlocks(expectedBlocks(await planFor(ANNA, 1)))
    expect(await page.locator('.week-label').textContent()).toContain('Week 2 of 4')
    await screenshot('week-2')
    await page.getByRole('button', { name: 'Previous week', exact: true }).click()
    await waitForBlocks(expectedBlocks(await planFor(ANNA)))
  })

  it('editing a profile field re-plans', async () => {
    const edited = ANNA_TEXT.replace('"fri": { "type": "travel" }', '"fri": { "type": "rest" }')
    expect(edited).not.toBe(ANNA_TEXT)
    await setEditor('Profile JSON', edited)
    const plan = await planFor(JSON.parse(edited))
    await waitForBlocks(expectedBlocks(plan))
    expect(plan.days[4]!.snacks).toEqual([])
    expect(await page.locator('.fc-bg-event.rest-time').count()).toBe(2)
    await screenshot('edited-friday-rest')
  })

  it('the editors complete and hover from the shipped JSON Schema', async () => {
    const editor = page.getByRole('textbox', { name: 'Profile JSON', exact: true })
    await editor.click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('"')
    const options = page.locator('.cm-tooltip-autocomplete li')
    await options.first().waitFor()
    // Property names the schema allows and anna's profile does not use yet.
    expect(await options.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('injuries'),
        expect.stringContaining('feedback'),
      ]),
    )
    await screenshot('schema-completion', page, true)
    await page.keyboard.press('Escape')
    await setEditor('Profile JSON', ANNA_TEXT)
    const value = page.locator('.cm-line', { hasText: '"level"' }).getByText('beginner')
    const box = (await value.boundingBox())!
    await page.mouse.move(box.x + 2, box.y + box.height / 2)
    await page.mouse.move(box.x + 6, box.y + box.height / 2, { steps: 3 })
    const hover = page.locator('.cm-tooltip-hover')
    await hover.waitFor()
    expect(await hover.textContent()).toBe('enum: beginner, intermediate, or advanced')
    await screenshot('schema-hover', page, true)
    await page.mouse.move(0, 0)
    await setEditor('Profile JSON', ANNA_TEXT)
  })

  it('a broken edit shows the error at its path, and the last good week stays', async () => {
    const good = await shownBlocks()
    await setEditor('Profile JSON', ANNA_TEXT.replace('"wake": "06:30"', '"wake": "6:30"'))
    const issue = page.locator('[data-path="/wake"]')
    await issue.waitFor()
    expect(await issue.locator('.code').textContent()).toMatch(/^schema\//)
    // Underlined where the pointer points: the value of "wake".
    await expect
      .poll(() => page.locator('.cm-lintRange-error').allTextContents())
      .toEqual(['"6:30"'])
    expect(await page.getByRole('status').first().textContent()).toContain('Not updating')
    expect(await shownBlocks()).toEqual(good)
    await screenshot('broken-profile')
    // A syntax error is placed too, and the page keeps working.
    await setEditor(
      'Profile JSON',
      ANNA_TEXT.replace('"level": "beginner",', '"level": "beginner"'),
    )
    await page.locator('[data-path=""] .code', { hasText: 'json/syntax' }).waitFor()
    expect(await shownBlocks()).toEqual(good)
    await setEditor('Profile JSON', ANNA_TEXT)
    await waitForBlocks(expectedBlocks(await planFor(ANNA)))
    expect(await page.getByRole('status').first().textContent()).toContain('Up to date')
  })

  it('tests the rules in a worker with progress, and cancels', async () => {
    await page.getByLabel('Profiles', { exact: true }).fill('30')
    await page.getByRole('button', { name: 'Test rules' }).click()
    const progress = page.locator('progress')
    // Progress moves profile by profile, before the verdict.
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 })
      .toBeGreaterThan(0)
    expect(await page.locator('[data-verdict]').count()).toBe(0)
    await screenshot('test-rules-progress')
    await page.locator('[data-verdict="passed"]').waitFor({ timeout: 90_000 })
    expect(await progress.getAttribute('value')).toBe('30')
    expect(await page.locator('[data-verdict="passed"]').textContent()).toMatch(
      /Passed: 30 profiles, [1-9]\d* snacks/,
    )
    await screenshot('test-rules-passed')
    await page.getByLabel('Profiles', { exact: true }).fill('1000')
    await page.getByRole('button', { name: 'Test rules' }).click()
    await expect.poll(() => progress.getAttribute('value'), { timeout: 60_000 }).not.toBe('0')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByText(/Cancelled after \d+ profiles/).waitFor()
  })

  it('a planted bad rule set shows a shrunk failure that loads into the profile editor', async () => {
    await setEditor('Rule set JSON', PLANTED)
    await page.getByLabel('Profiles', { exact: true }).fill('30')
    await page.getByRole('button', { name: 'Test rules' }).click()
    await page.locator('[data-verdict="failed"]').waitFor({ timeout: 90_000 })
    const failure = page.locator('.failure').first()
    expect(await failure.locator('h3 code').textContent()).toBe('warmup')
    expect(await failure.locator('li').first().textContent()).toMatch(/45 s warm-up/)
    const shrunk = JSON.parse((await failure.locator('pre').textContent())!) as Profile
    await screenshot('test-rules-failure')
    await failure.getByRole('button', { name: 'Load this profile into the editor' }).click()
    const { state } = await sharedState()
    expect(JSON.parse(state.profile)).toEqual(shrunk)
    await screenshot('shrunk-profile-loaded')
    await setEditor('Profile JSON', ANNA_TEXT)
    await setEditor('Rule set JSON', OFFICE_EXTRAS)
    await waitForBlocks(expectedBlocks(await planFor(ANNA)))
  })

  it('downloads the week as an .ics that ical.js reads back with the same events', async () => {
    const plan = await planFor(ANNA)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .ics' }).click(),
    ])
    const text = readFileSync((await download.path())!, 'utf8')
    // Byte for byte what the packages write in Node for the same plan.
    expect(text).toBe(toICS(toCalendarEvents(plan, { locale: 'en' }), { name: 'snackplan anna' }))
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
    const expected = toCalendarEvents(plan, { locale: 'en' })
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(
      expected.map((e) => e.summary),
    )
    expect(
      events.map((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime()),
    ).toEqual(expected.map((e) => Date.parse(e.start) / 1000))
  })

  it('dropping an .ics file adds busy time and re-plans around it', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//snackplan//e2e//EN',
      'BEGIN:VEVENT',
      'UID:meeting-1@e2e',
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=Europe/Stockholm:20261125T070000',
      'DTEND;TZID=Europe/Stockholm:20261125T083000',
      'SUMMARY:Team meeting',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n')
    await page.evaluate((content) => {
      const data = new DataTransfer()
      data.items.add(new File([content], 'meetings.ics', { type: 'text/calendar' }))
      const target = document.querySelector('.calendar')!
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      )
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      )
    }, ics)
    await page.getByText('Added 1 busy block(s) from meetings.ics').waitFor()
    const { state } = await sharedState()
    const profile = JSON.parse(state.profile) as Profile
    expect(profile.busy).toHaveLength(2)
    await waitForBlocks(expectedBlocks(await planFor(profile)))
    expect(await page.locator('.fc-bg-event.busy-time').count()).toBe(2)
    await screenshot('busy-imported')
    await setEditor('Profile JSON', ANNA_TEXT)
  })

  it('a share link restores profile, rules, locale and week exactly', async () => {
    const rules = OFFICE_EXTRAS.replace('"10:15"', '"10:45"')
    await setEditor('Rule set JSON', rules)
    await page.getByRole('radio', { name: 'Dansk' }).check()
    await page.getByRole('button', { name: 'Next week', exact: true }).click()
    const { url, state } = await sharedState()
    expect(state).toMatchObject({
      profile: ANNA_TEXT,
      rules,
      locale: 'da',
      week: 1,
      view: 'custom',
    })
    const other = await browser.context.newPage()
    watch(other)
    await openPlayground(other, new URL(url).hash)
    expect(await other.getByRole('radio', { name: 'Dansk' }).isChecked()).toBe(true)
    expect(await other.locator('.week-label').textContent()).toContain('Week 2 of 4')
    const again = await sharedState(other)
    expect(again.state).toEqual(state)
    expect(new URL(again.url).hash).toBe(new URL(url).hash)
    await screenshot('shared-link-opened', other)
    await other.close()
  })

  it('a "try this rule set" link in the docs opens the playground with it preloaded', async () => {
    await page.goto(`${site.origin}/rules.html`)
    const link = page.getByRole('link', { name: 'Try this rule set in the playground' })
    const hash = new URL((await link.getAttribute('href'))!, site.origin).hash
    await link.click()
    await page.locator('.fc-timegrid-event.snack').first().waitFor({ timeout: 30_000 })
    await page.locator('.cm-editor').nth(1).waitFor({ timeout: 30_000 })
    const { state } = await sharedState()
    expect(state).toEqual(await decodeState(hash, initialState()))
    expect(state).toMatchObject({ profile: ANNA_TEXT, rules: OFFICE_EXTRAS, view: 'custom' })
    await waitForBlocks(expectedBlocks(await planFor(ANNA)))
  })

  it('runs under a CSP without unsafe-eval, and eval is refused there', async () => {
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(problems.filter((p) => /Content Security Policy/.test(p))).toEqual([])
    const before = problems.length
    await page.addScriptTag({ url: '/__e2e/eval-probe.js' })
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.evalProbe))
      .toBe('refused,refused')
    const inWorker = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const worker = new Worker('/__e2e/eval-probe.worker.js')
          worker.onmessage = (event: MessageEvent<string>) => resolve(event.data)
        }),
    )
    expect(inWorker).toBe('refused,refused')
    // Chromium logs those refusals as errors; they are this test's own doing.
    problems.splice(before)
  })

  it('axe-core finds no serious or critical accessibility violations', async () => {
    await openPlayground(page)
    await page.locator('[data-snack-id]').first().click()
    await page.evaluate(axe.source)
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        resultTypes: ['violations'],
      }),
    )
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')}`,
      )
    expect(serious).toEqual([])
  })

  it('works at a phone width', async () => {
    const phone = await browser.context.newPage()
    watch(phone)
    await phone.setViewportSize({ width: 390, height: 844 })
    await openPlayground(phone)
    await waitForBlocks(expectedBlocks(await planFor(ANNA)), phone)
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot('phone', phone)
    await phone.close()
  })

  it('logged no console errors on any page', () => {
    expect(problems).toEqual([])
  })
})
