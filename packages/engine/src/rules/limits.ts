/**
 * Most rules in one rule-set document (the schema's `maxItems` for `rules`,
 * checked before the schema so a huge document is refused at once).
 */
export const MAX_RULES = 500
