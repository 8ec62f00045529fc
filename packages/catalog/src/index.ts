/**
 * The exercise catalog: JSON Schema types, precompiled validators, semantic
 * checks, the built-in en/sv/da catalog, and the error type every snackplan
 * package throws for bad input.
 *
 * @packageDocumentation
 * @module @snackplan/catalog
 */
export { checkCatalog, loadCatalog } from './check/catalog'
export { type SchemaResult, type SchemaValidator, validateSchema } from './check/validate'
export { defaultCatalogDocument } from './data/default'
export { defaultCatalog } from './default-catalog'
export type { SchemaError } from './errors/ajv'
export { issuesFromSchemaErrors, type SchemaErrorContext } from './errors/ajv'
export { isSnackplanError, SnackplanError } from './errors/error'
export type { CheckResult, SnackplanIssue } from './errors/issue'
export { escapePointerToken, itemsWithIssues, pointer, resolvePointer } from './errors/issue'
export { didYouMean, nearest } from './errors/suggest'
export { showTyped } from './errors/value'
export { findJsonError, type JsonSyntaxError, type ParsedJson, parseJsonText } from './input/json'
export type { InputLimits } from './input/limits'
export { checkLimits, checkListLengths, DEFAULT_LIMITS } from './input/limits'
export {
  boundIssues,
  deepFreeze,
  MAX_ERRORS,
  MAX_MESSAGE,
  normalizeText,
  readJsonInput,
} from './input/read'
export type { LocalizedExercise } from './localize'
export { localize, localizeText } from './localize'
export { mergeCatalogs } from './merge'
export { type CleanedDocument, cleanDocument } from './text/document'
export {
  type CleanedText,
  cleanText,
  isStableText,
  type TextProblem,
  type TextProblemCode,
} from './text/policy'
export { showValue } from './text/show'
export * from './types'
