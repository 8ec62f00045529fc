import fc from 'fast-check'
import { arbitraryHostileString } from './text'

type Json = unknown
type Path = (string | number)[]

/**
 * The `n`th path (modulo their number) of a JSON value, root included. A
 * loop with parent links, so deep or long values cost linear time and
 * cannot overflow the stack.
 */
function nthPath(value: Json, n: number): Path {
  const nodes: { parent: number; key: string | number }[] = [{ parent: -1, key: '' }]
  const stack: [Json, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [v, at] = stack.pop()!
    const children: [string | number, Json][] = Array.isArray(v)
      ? [...v.entries()]
      : typeof v === 'object' && v !== null
        ? Object.entries(v)
        : []
    for (const [key, child] of children) {
      nodes.push({ parent: at, key })
      stack.push([child, nodes.length - 1])
    }
  }
  const path: Path = []
  for (let i = n % nodes.length; i > 0; i = nodes[i]?.parent ?? 0) path.push(nodes[i]?.key ?? '')
  return path.reverse()
}

/** `depth` arrays inside each other around `inner`. */
export function nested(depth: number, inner: Json = 0): Json {
  let value = inner
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

/** Values a hostile sender puts where a document expects something else. */
export function arbitraryHostileValue(): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 4, arbitrary: arbitraryHostileString() },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        null,
        true,
        0,
        -0,
        -1,
        1e308,
        -1e308,
        2 ** 53,
        0.1,
        Number.MAX_SAFE_INTEGER,
        [],
        {},
        [null],
        { __proto__: null },
        JSON.parse('{"__proto__":{"polluted":true}}'),
        { constructor: { prototype: { polluted: true } } },
        { toString: 'x', valueOf: 1 },
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 30, max: 20_000 }).map((d) => nested(d)) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1_000, max: 300_000 })
        .map((n) => Array.from({ length: n }, () => 0)),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  )
}

/** One edit to a document: replace a value, drop or add a key, or duplicate an item. */
interface Edit {
  at: number
  op: 'replace' | 'delete' | 'add-key' | 'duplicate'
  value: Json
  key: string
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom(
    'replace',
    'replace',
    'replace',
    'delete',
    'add-key',
    'duplicate',
  ) as fc.Arbitrary<Edit['op']>,
  value: arbitraryHostileValue(),
  key: fc.oneof(
    arbitraryHostileString(2_000),
    fc.constantFrom('__proto__', 'constructor', 'id', '$schema'),
  ),
})

function edit(doc: Json, e: Edit): Json {
  const path = nthPath(doc, e.at)
  if (path.length === 0) return e.op === 'replace' ? e.value : doc
  const parentPath = path.slice(0, -1)
  const last = path[path.length - 1] as string | number
  // Copy only along the path (shallow copies), so the original document is
  // never changed and deep values from earlier edits are never walked.
  const copy = (v: Json): Record<string | number, Json> =>
    (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, Json>
  const root = copy(doc)
  let parent = root
  for (const key of parentPath) {
    const child = copy(parent[key])
    parent[key] = child
    parent = child
  }
  if (e.op === 'replace') parent[last] = e.value
  else if (e.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else if (e.op === 'add-key') {
    const target = parent[last]
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      const grown = { ...target }
      Object.defineProperty(grown, e.key, {
        value: e.value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
      parent[last] = grown
    } else parent[last] = e.value
  } else if (Array.isArray(parent)) parent.splice(Number(last), 0, parent[Number(last)])
  return root
}

/**
 * A valid document with one to three hostile edits: values replaced by the
 * wrong type, huge or odd strings, deep nesting or long lists; keys dropped
 * or added (`__proto__` among them); items duplicated.
 */
export function arbitraryMutatedDocument(doc: Json): fc.Arbitrary<Json> {
  return fc.array(editArb, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce(edit, doc))
}

/**
 * A document as text, damaged the way files are: truncated, with bytes
 * inserted or deleted, a byte order mark, a trailing comma, NUL or garbage
 * around it.
 */
export function arbitraryDamagedJsonText(doc: Json): fc.Arbitrary<string> {
  const text = JSON.stringify(doc, null, 2)
  return fc.oneof(
    fc.constant(text),
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc
      .tuple(
        fc.nat({ max: text.length }),
        fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', '\uFEFF', '\uD800', 'NaN', '//', '\n'),
        fc.nat({ max: 3 }),
      )
      .map(([i, s, cut]) => text.slice(0, i) + s + text.slice(i + cut)),
    fc.constantFrom(`\uFEFF${text}`, `${text}\n,`, `\u0000${text}`, `${text}${text}`),
    fc.string({ unit: 'binary', maxLength: 200 }),
  )
}

/**
 * What a hostile sender passes where `doc` belongs: the document mutated
 * (mostly), as damaged text, or any value at all.
 */
export function arbitraryHostileDocument(doc: Json): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: arbitraryMutatedDocument(doc) },
    { weight: 2, arbitrary: arbitraryDamagedJsonText(doc) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 4 }) },
  )
}
