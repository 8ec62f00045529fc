// Types for the generated ajv standalone validators (see scripts/render.ts).
export interface AjvError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}
export interface StandaloneValidator {
  (data: unknown): boolean
  errors?: AjvError[] | null
}
export declare const validateExercise: StandaloneValidator
export declare const validateCatalog: StandaloneValidator
