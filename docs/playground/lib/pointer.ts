import type { SyntaxNode } from '@lezer/common'
import { parser } from '@lezer/json'

/** A span of the document, in UTF-16 offsets. */
export interface TextRange {
  /** First offset. */
  from: number
  /** Offset after the last character. */
  to: number
}

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null'])

function children(node: SyntaxNode, name: string): SyntaxNode[] {
  const out: SyntaxNode[] = []
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name === name) out.push(c)
  return out
}

function values(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = []
  for (let c = node.firstChild; c; c = c.nextSibling) if (VALUE_NODES.has(c.name)) out.push(c)
  return out
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~')
}

function propertyName(text: string, name: SyntaxNode): string {
  const raw = text.slice(name.from, name.to)
  try {
    return JSON.parse(raw) as string
  } catch {
    return raw.slice(1, -1)
  }
}

/**
 * Where a JSON pointer (RFC 6901) points in a JSON text: the value it names
 * when that is a scalar; the property name when it is an object or array
 * member (underlining a whole block would hide the rest); the deepest
 * existing parent when the pointer names something missing (a required
 * field, say), so every error lands somewhere a person can see.
 */
export function rangeOfPointer(text: string, pointer: string): TextRange {
  const tree = parser.parse(text)
  let node: SyntaxNode | undefined = values(tree.topNode)[0]
  if (!node) return { from: 0, to: Math.min(text.length, 1) }
  let label: SyntaxNode | undefined
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken)
  for (const token of tokens) {
    let next: SyntaxNode | undefined
    let nextLabel: SyntaxNode | undefined
    if (node.name === 'Object') {
      for (const property of children(node, 'Property')) {
        const name = children(property, 'PropertyName')[0]
        if (name && propertyName(text, name) === token) {
          nextLabel = name
          next = values(property)[0] ?? name
        }
      }
    } else if (node.name === 'Array' && /^(0|[1-9]\d*)$/.test(token)) {
      next = values(node)[Number(token)]
      nextLabel = undefined
    }
    if (!next) break
    node = next
    label = nextLabel
  }
  const block = node.name === 'Object' || node.name === 'Array'
  if (block && label) return { from: label.from, to: label.to }
  if (block) return { from: node.from, to: node.from + 1 }
  return { from: node.from, to: node.to }
}
