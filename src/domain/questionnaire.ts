/**
 * FHIR R4 Questionnaire from a scale definition (REFERENCE §7.4): LOINC where REFERENCE gives
 * codes (PHQ-9, GAD-7), a Tonus code system otherwise. Each answer carries its item value as
 * an `ordinalValue`, so any FHIR tool can score it the same way Tonus does.
 */
import type {
  Coding,
  Questionnaire,
  QuestionnaireAnswerOption,
  QuestionnaireEnableWhen,
  QuestionnaireItem,
} from './fhir-resources.ts';
import type { ScaleDefinition, ScaleItem } from './scales/scale-definition.ts';

/**
 * Base of Tonus's canonical URLs. Deployments that publish their own should pass
 * `canonicalBase`; the default is stable so stored responses keep pointing at the same form.
 */
export const defaultCanonicalBase = 'https://tonus.invalid/fhir';

export const loincSystem = 'http://loinc.org';
export const ordinalValueUrl = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const evidenceExtensionUrl = 'https://tonus.invalid/fhir/StructureDefinition/evidence';

/** The answer code for "not applicable" in Tonus's answer code systems. */
export const notApplicableCode = 'not_applicable';

export interface QuestionnaireOptions {
  canonicalBase?: string;
}

export function questionnaireUrl(scale: ScaleDefinition, base = defaultCanonicalBase): string {
  return `${base}/Questionnaire/${scale.id}`;
}

/** Where a scale's local answer codes live; the code is the item value as text. */
export function answerSystem(scale: ScaleDefinition, base = defaultCanonicalBase): string {
  return `${base}/CodeSystem/${scale.id}-answers`;
}

/** The code an answer option is stored under: its LOINC answer code, else its value. */
export function answerCode(option: { value: number; loinc?: string }): string {
  return option.loinc ?? String(option.value);
}

function toItem(scale: ScaleDefinition, item: ScaleItem, base: string): QuestionnaireItem {
  const answerOption: QuestionnaireAnswerOption[] = item.options.map((option) => ({
    valueCoding: {
      system: option.loinc === undefined ? answerSystem(scale, base) : loincSystem,
      code: answerCode(option),
      display: option.label,
    },
    extension: [{ url: ordinalValueUrl, valueDecimal: option.value }],
  }));
  if (item.allowsNotApplicable) {
    answerOption.push({
      valueCoding: {
        system: answerSystem(scale, base),
        code: notApplicableCode,
        display: 'Not applicable',
      },
    });
  }
  return {
    linkId: item.id,
    text: item.text,
    type: 'choice',
    ...(item.loinc === undefined ? {} : { code: [{ system: loincSystem, code: item.loinc }] }),
    ...(item.evidence === undefined
      ? {}
      : { extension: [{ url: evidenceExtensionUrl, valueString: item.evidence }] }),
    answerOption,
  };
}

function enableWhen(
  scale: ScaleDefinition,
  condition: { item: string; value: number },
  base: string,
): QuestionnaireEnableWhen {
  const option = scale.items
    .find((item) => item.id === condition.item)
    ?.options.find((candidate) => candidate.value === condition.value);
  if (option === undefined) {
    throw new Error(
      `${scale.name} definition shows a section when ${condition.item} = ${condition.value}, ` +
        'which is not an answer option.',
    );
  }
  return {
    question: condition.item,
    operator: '=',
    answerCoding: {
      system: option.loinc === undefined ? answerSystem(scale, base) : loincSystem,
      code: answerCode(option),
    },
  };
}

/**
 * @example
 * toQuestionnaire(scales.phq9).code // [{ system: 'http://loinc.org', code: '44249-1', … }]
 */
export function toQuestionnaire(
  scale: ScaleDefinition,
  options: QuestionnaireOptions = {},
): Questionnaire {
  const base = options.canonicalBase ?? defaultCanonicalBase;
  const code: Coding =
    scale.loincPanel === undefined
      ? { system: `${base}/CodeSystem/dystonia-scales`, code: scale.id, display: scale.title }
      : { system: loincSystem, code: scale.loincPanel, display: scale.title };
  return {
    resourceType: 'Questionnaire',
    id: scale.id,
    url: questionnaireUrl(scale, base),
    version: scale.version,
    name: scale.name.replace(/[^A-Za-z0-9]/g, ''),
    title: scale.title,
    status: 'active',
    description: [`${scale.purpose}.`, `Source: ${scale.source}`, ...scale.notes].join('\n\n'),
    purpose: scale.purpose,
    copyright: scale.licence.copyright ?? scale.licence.note,
    code: [code],
    subjectType: ['Patient'],
    item: scale.sections.map((section) => ({
      linkId: section.id,
      text: section.title,
      type: 'group',
      ...(section.enableWhen === undefined
        ? {}
        : { enableWhen: [enableWhen(scale, section.enableWhen, base)] }),
      item: scale.items
        .filter((item) => item.section === section.id)
        .map((item) => toItem(scale, item, base)),
    })),
  };
}
