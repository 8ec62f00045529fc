// @ts-check
// The engine's FACTS registry is a data table (`as const satisfies
// Record<string, FactDefinition>`), so TypeDoc renders every fact as a nested
// object literal with no comments of its own. Each fact already carries its
// documentation as data: this plugin uses a fact's `description` as its
// comment and gives each field the comment of the same FactDefinition field,
// so the notDocumented check still covers every other export.
import { Comment, Converter, DeclarationReflection, ReflectionKind, ReflectionType } from 'typedoc'

/** @param {import('typedoc').Reflection | undefined} reflection */
function literalMembers(reflection) {
  const type = reflection && 'type' in reflection ? reflection.type : undefined
  return type instanceof ReflectionType ? (type.declaration.children ?? []) : []
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project
    const definition = project
      .getReflectionsByKind(ReflectionKind.Interface)
      .find((r) => r.name === 'FactDefinition')
    const fields = definition instanceof DeclarationReflection ? (definition.children ?? []) : []
    const fieldDocs = new Map(fields.map((c) => [c.name, c.comment]))
    const registries = project
      .getReflectionsByKind(ReflectionKind.Variable)
      .filter((r) => r.name === 'FACTS')
    for (const registry of registries) {
      for (const fact of literalMembers(registry)) {
        const members = literalMembers(fact)
        const description = members.find((f) => f.name === 'description')
        const text =
          description?.type?.type === 'literal' && typeof description.type.value === 'string'
            ? description.type.value
            : undefined
        if (text && !fact.comment) fact.comment = new Comment([{ kind: 'text', text }])
        for (const field of members) {
          const doc = fieldDocs.get(field.name)
          if (doc && !field.comment) field.comment = doc.clone()
        }
      }
    }
  })
}
