// A valid profile to break one thing at a time. Returned fresh on every call
// so a test can mutate it freely.
export function validProfile(): Record<string, unknown> & {
  days: Record<string, Record<string, unknown>>
  busy: Record<string, unknown>[]
  feedback: Record<string, unknown>[]
} {
  return {
    id: 'anna',
    locale: 'sv',
    timeZone: 'Europe/Stockholm',
    programStart: '2026-11-23',
    level: 'beginner',
    conditions: ['knee-pain'],
    equipment: ['chair', 'stairs', 'band'],
    wake: '06:30',
    bed: '22:30',
    days: {
      mon: { type: 'office', work: ['08:30', '17:00'], lunch: '12:00' },
      tue: { type: 'office', work: ['08:30', '17:00'], lunch: '12:00' },
      wed: { type: 'home' },
      thu: { type: 'office', work: ['08:30', '17:00'], lunch: '12:00' },
      fri: { type: 'travel' },
      sat: { type: 'outdoor' },
      sun: { type: 'rest' },
    },
    busy: [{ start: '2026-11-24T10:00', end: '2026-11-24T11:30' }],
    feedback: [{ date: '2026-11-23', exerciseId: 'chair-squat', done: true, effort: 5 }],
    preferences: { discreet: true, focus: 'balanced' },
  }
}
