import fc from 'fast-check'

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** A comma list of 1..max distinct items, or nothing (most of the time). */
function part<T>(name: string, item: fc.Arbitrary<T>, max = 3, weight = 4) {
  return fc.oneof(
    { weight, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc
        .uniqueArray(item, { minLength: 1, maxLength: max })
        .map((items) => `${name}=${items.join(',')}`),
    },
  )
}

const nonZero = (max: number) => fc.integer({ min: -max, max }).filter((n) => n !== 0)

/**
 * RRULE bodies built from every part a trigger may use (`FREQ=HOURLY;
 * BYMINUTE=0`, `FREQ=YEARLY;BYDAY=53MO`, ...), shaped like rules people
 * write but not filtered: some break RFC 5545's combination rules. Filter
 * with `parseLocalRRule` for valid triggers.
 */
export function arbitraryRRuleBody(
  frequencies: readonly string[] = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY'],
): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...frequencies),
      part('INTERVAL', fc.integer({ min: 1, max: 30 }), 1, 3),
      part('COUNT', fc.integer({ min: 1, max: 20 }), 1, 6),
      part('BYMONTH', fc.integer({ min: 1, max: 12 })),
      part('BYWEEKNO', nonZero(53), 2, 8),
      part('BYYEARDAY', nonZero(366), 2, 8),
      part('BYMONTHDAY', nonZero(31)),
      part(
        'BYDAY',
        fc
          .tuple(
            fc.constantFrom('', '', '', '1', '2', '-1', '5', '-2', '53', '-53'),
            fc.constantFrom(...WEEKDAYS),
          )
          .map(([n, d]) => `${n}${d}`),
      ),
      part('BYHOUR', fc.integer({ min: 0, max: 23 }), 4, 2),
      part('BYMINUTE', fc.integer({ min: 0, max: 59 }), 4, 2),
      part('BYSETPOS', nonZero(8), 2, 6),
      part('WKST', fc.constantFrom(...WEEKDAYS), 1, 8),
    )
    .map(([freq, ...parts]) => [`FREQ=${freq}`, ...parts.filter(Boolean)].join(';'))
}

/**
 * What a careless or hostile rule author may type as an RRULE: valid rules
 * with one part damaged (out-of-range or huge numbers, SECONDLY, UNTIL,
 * unknown or repeated parts, stray separators, odd case and white space,
 * Unicode look-alikes) and raw garbage.
 */
export function arbitraryHostileRRule(): fc.Arbitrary<string> {
  const damage = fc.constantFrom(
    'INTERVAL=2147483647',
    'INTERVAL=0',
    'INTERVAL=-1',
    'INTERVAL=99999999999999999999',
    'COUNT=0',
    'COUNT=1e9',
    'BYSETPOS=30',
    'BYSETPOS=-366,366',
    'BYMINUTE=60',
    'BYHOUR=24',
    'BYMONTHDAY=0',
    'BYMONTHDAY=32',
    'BYMONTH=2;BYMONTHDAY=30',
    'BYDAY=54MO',
    'BYDAY=0MO',
    'BYDAY=MO,MO,MO',
    'BYSECOND=0',
    'UNTIL=20261231T000000Z',
    'DTSTART=00010101T000000',
    'TZID=Europe/Stockholm',
    'X-FOO=1',
    'FREQ=SECONDLY',
    'FREQ=DAILY',
    '',
    ';;',
    '=',
    'BYDAY=ＭＯ',
    `BYMINUTE=${Array.from({ length: 500 }, () => '0').join(',')}`,
  )
  return fc.oneof(
    fc
      .tuple(
        arbitraryRRuleBody(),
        damage,
        fc.boolean(),
        fc.constantFrom('', ' ', 'RRULE:', 'rrule:', '\t'),
      )
      .map(([body, bad, first, prefix]) => {
        const text = first ? `${bad};${body}` : `${body};${bad}`
        return `${prefix}${text}`
      }),
    arbitraryRRuleBody().map((body) => body.toLowerCase()),
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  )
}
