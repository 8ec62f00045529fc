// What V8 spends on the values the memory caches keep, so that their byte
// bounds bound the heap rather than the length of some text. The figures are
// V8's on 64-bit Node (no pointer compression, 8-byte alignment), checked
// against `heapUsed` after a full collection in
// test/feed/heap-size.test.ts; in runtimes with pointer compression
// (Workers, Chrome) the real cost is lower, so the bounds still hold.

/** Bytes of one V8 pointer or small integer field. */
export const WORD = 8
// A sequential string: map, hash and length, then its characters.
const STRING_HEADER = 16
// An array: the JSArray (map, properties, elements, length) and its backing
// store's header (map, length).
const ARRAY_HEADER = 32 + 16
// A plain object: map, properties, elements. The rest measured per object
// (about 32 bytes) is what V8 reserves beyond its in-object fields.
const OBJECT_HEADER = 24 + 32

// Strings whose code units all fit in Latin-1 are kept one byte a character.
const BEYOND_LATIN1 = /[\u0100-\uffff]/

function aligned(bytes: number): number {
  return Math.ceil(bytes / WORD) * WORD
}

/** Heap bytes of a flat string: one byte a character when it is all Latin-1, else two. */
export function stringBytes(text: string): number {
  return aligned(STRING_HEADER + (BEYOND_LATIN1.test(text) ? 2 * text.length : text.length))
}

/** Heap bytes of a plain object with `fields` in-object properties (not counting what they point to). */
export function objectBytes(fields: number): number {
  return OBJECT_HEADER + WORD * fields
}

/** Heap bytes of an array of `length` references (not counting what they point to). */
export function arrayBytes(length: number): number {
  return ARRAY_HEADER + WORD * length
}
