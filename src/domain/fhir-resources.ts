/**
 * The slice of FHIR R4 Questionnaire and QuestionnaireResponse that Tonus writes and reads.
 * Kept to the fields used, so the domain needs no FHIR library.
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueDecimal?: number;
  valueString?: string;
}

export interface QuestionnaireAnswerOption {
  valueCoding: Coding;
  extension?: Extension[];
}

export interface QuestionnaireEnableWhen {
  question: string;
  operator: '=';
  answerCoding: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  enableWhen?: QuestionnaireEnableWhen[];
  text?: string;
  type: 'group' | 'choice' | 'display';
  code?: Coding[];
  required?: boolean;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
  extension?: Extension[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  description?: string;
  purpose?: string;
  copyright?: string;
  code?: Coding[];
  subjectType?: string[];
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueInteger?: number;
  valueDecimal?: number;
  valueString?: string;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: { reference: string };
  authored?: string;
  item?: QuestionnaireResponseItem[];
}
