/**
 * Tonus clinical core: pure TypeScript, no I/O, the same in the browser and in Node.
 * See README.md in this folder for the definitions and choices behind each rule.
 */

export type { AdjacencyGraph, AdjacencyOptions } from './adjacency.ts';
export { adjacencyGraph, areAdjacent, connectedGroups } from './adjacency.ts';
export type { CalendarDate } from './calendar-date.ts';
export { dayNumber, daysBetween } from './calendar-date.ts';
export type {
  ClassificationOptions,
  Distribution,
  DistributionResult,
} from './classify-distribution.ts';
export { classifyDistribution, distributions } from './classify-distribution.ts';
export type {
  ClinicalCharacteristics,
  Course,
  MotorAssociation,
  OnsetAgeBand,
  Variability,
} from './clinical-characteristics.ts';
export {
  courses,
  motorAssociations,
  onsetAgeBand,
  onsetAgeBandLabels,
  onsetAgeBands,
  variabilities,
} from './clinical-characteristics.ts';
export type { DoseUnit } from './dose-units.ts';
export { doseUnits } from './dose-units.ts';
export type {
  AcquiredCause,
  CauseClass,
  Etiology,
  GeneticResult,
  IdiopathicKind,
  InheritancePattern,
  NervousSystemPathology,
} from './etiology.ts';
export {
  acquiredCauses,
  causeClasses,
  idiopathicKinds,
  inheritancePatterns,
  nervousSystemPathologies,
} from './etiology.ts';
export type { EvidenceTag } from './evidence.ts';
export type * from './fhir-resources.ts';
export type { QuestionnaireOptions } from './questionnaire.ts';
export {
  defaultCanonicalBase,
  evidenceExtensionUrl,
  loincSystem,
  ordinalValueUrl,
  questionnaireUrl,
  toQuestionnaire,
} from './questionnaire.ts';
export type { ResponseOptions } from './questionnaire-response.ts';
export { scoreQuestionnaireResponse, toQuestionnaireResponse } from './questionnaire-response.ts';
export type {
  AdverseEvent,
  AdverseEventType,
  DiaryEntry,
  DiarySymptom,
  MedicationChange,
  RedFlag,
  RedFlagInput,
  RedFlagTrigger,
  RedFlagUrgency,
  ScaleResponse,
} from './red-flags.ts';
export {
  acuteDrugReactionWindowDays,
  adverseEventLabels,
  crisisResources,
  diarySymptomLabels,
  diarySymptoms,
  dopamineBlockers,
  postInjectionWindowDays,
  redFlags,
} from './red-flags.ts';
export type {
  BodySide,
  ClassificationRegion,
  ClassificationRegionId,
  FineRegion,
  FineRegionId,
  RegionId,
  RegionLabel,
} from './regions.ts';
export {
  classificationRegionIds,
  classificationRegions,
  fineRegionIds,
  fineRegions,
  fineRegionsOf,
  isClassificationRegionId,
  isFineRegionId,
  regionDisplayLabel,
  toClassificationRegion,
} from './regions.ts';
export type { ScaleId } from './scales/catalogue.ts';
export { scaleIds, scales } from './scales/catalogue.ts';
export type {
  AnswerOption,
  LicenceNote,
  ScaleDefinition,
  ScaleItem,
  ScaleSection,
  ScoreBand,
  ScoreDefinition,
  ScoreExpression,
} from './scales/scale-definition.ts';
export type { ScoreRange } from './scales/score-range.ts';
export { expressionRange } from './scales/score-range.ts';
export type { AnswerValue, ScaleAnswers, ScaleScore } from './score-scale.ts';
export { answersTheFormAllows, scaleById, scoreScale } from './score-scale.ts';
export type { RegionObservation, SpreadEvent, SpreadHistory } from './spread-events.ts';
export { spreadHistory } from './spread-events.ts';
export type {
  CurvePoint,
  CycleCurves,
  CycleOptions,
  CycleWarning,
  DailySeverity,
  InjectedMuscle,
  MedianCurvePoint,
  ToxinCycle,
  ToxinSession,
} from './toxin-cycles.ts';
export { cycleCurves, minimumReinjectionIntervalDays } from './toxin-cycles.ts';
export type { DoseReference, ToxinProduct } from './toxin-products.ts';
export { findToxinProduct, toxinProducts } from './toxin-products.ts';
