/** Every scale Tonus knows, by id. */
import { adds } from './adds.ts';
import { bfmdrs } from './bfmdrs.ts';
import { bsdi } from './bsdi.ts';
import { daily } from './daily-check-in.ts';
import { gad7 } from './gad7.ts';
import { gdrs } from './gdrs.ts';
import { jrs } from './jrs.ts';
import { phq9 } from './phq9.ts';
import type { ScaleDefinition } from './scale-definition.ts';
import { tsui } from './tsui.ts';
import { twstrs } from './twstrs.ts';
import { vhi } from './vhi.ts';
import { vhi10 } from './vhi10.ts';

export const scales = {
  twstrs,
  tsui,
  bfmdrs,
  gdrs,
  jrs,
  bsdi,
  adds,
  vhi,
  vhi10,
  phq9,
  gad7,
  daily,
} as const satisfies Record<string, ScaleDefinition>;

export type ScaleId = keyof typeof scales;
export const scaleIds = Object.keys(scales) as ScaleId[];
