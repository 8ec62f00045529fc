export {
  type ExerciseLookup,
  type ExplainOptions,
  explainAdvisory,
  explainCue,
  explainReason,
  explainSnack,
  formatDuration,
  type SnackText,
  snackExplainer,
} from './explain'
