/**
 * Named points of the 468-point face mesh (MediaPipe FaceMesh topology, as returned by Human).
 * "Left" and "right" are the person's own sides: the person's left eye is on the image's right
 * when they face the camera.
 */
export const faceMeshPointCount = 468;

export const eyeContour = {
  right: {
    outerCorner: 33,
    innerCorner: 133,
    upperLid: [246, 161, 160, 159, 158, 157, 173],
    lowerLid: [7, 163, 144, 145, 153, 154, 155],
    /** Upper/lower pairs that face each other across the lid gap. */
    gapPairs: [
      [160, 144],
      [159, 145],
      [158, 153],
    ],
  },
  left: {
    outerCorner: 263,
    innerCorner: 362,
    upperLid: [466, 388, 387, 386, 385, 384, 398],
    lowerLid: [249, 390, 373, 374, 380, 381, 382],
    gapPairs: [
      [387, 373],
      [386, 374],
      [385, 380],
    ],
  },
} as const;

/** Inner lip loop: moves when the mouth opens, so it carries no head-pose information. */
export const innerLips = [
  78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 95, 88, 178, 87, 14, 317, 402, 318, 324,
] as const;

export const noseTip = 1;
export const chin = 152;

/**
 * Fit weights for head pose: points that move with expression (eyelids in a blink, the inner
 * lips when speaking) get no weight, so a blink or a word does not read as a head movement.
 */
export function headPoseWeights(): Float64Array {
  const weights = new Float64Array(faceMeshPointCount).fill(1);
  for (const side of [eyeContour.left, eyeContour.right]) {
    for (const i of [...side.upperLid, ...side.lowerLid]) weights[i] = 0;
  }
  for (const i of innerLips) weights[i] = 0;
  return weights;
}
