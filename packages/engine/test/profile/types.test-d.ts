import type { FromSchema, JSONSchema } from 'json-schema-to-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type { profileSchema } from '../../src/profile/schema'
import type { BusyBlock, DayPlan, FeedbackEntry, Profile } from '../../src/types/profile'

/**
 * json-schema-to-ts 3 reads tuples only in the draft-7 form (`items: [...]`),
 * while 2020-12 (which ajv and our shipped schema use) spells them
 * `prefixItems`. This rewrites that one keyword, everywhere in the schema, so
 * the derived type is computed from the real schema object rather than from a
 * hand-written copy that could drift.
 */
type Draft7Tuples<S> = S extends readonly unknown[]
  ? { readonly [K in keyof S]: Draft7Tuples<S[K]> }
  : S extends object
    ? { readonly [K in keyof S as K extends 'prefixItems' ? 'items' : K]: Draft7Tuples<S[K]> }
    : S

type ProfileSchema = Draft7Tuples<typeof profileSchema>
type Derived = FromSchema<ProfileSchema extends JSONSchema ? ProfileSchema : never>

describe('profile schema and Profile type', () => {
  it('derive the same type', () => {
    expectTypeOf<Derived>().toEqualTypeOf<Profile>()
  })

  it('agree on the nested shapes', () => {
    expectTypeOf<Derived['days']['mon']>().toEqualTypeOf<DayPlan>()
    expectTypeOf<NonNullable<Derived['busy']>[number]>().toEqualTypeOf<BusyBlock>()
    expectTypeOf<NonNullable<Derived['feedback']>[number]>().toEqualTypeOf<FeedbackEntry>()
  })
})
