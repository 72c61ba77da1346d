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

/**
 * Every point the iris model refines (lids, the rings around the eyes, the brows, both sides):
 * they move in a blink or a frown, so they carry no head-pose information either.
 */
export const eyeRegion = [
  246, 161, 160, 159, 158, 157, 173, 33, 7, 163, 144, 145, 153, 154, 155, 133, 247, 30, 29, 27, 28,
  56, 190, 130, 25, 110, 24, 23, 22, 26, 112, 243, 113, 225, 224, 223, 222, 221, 189, 226, 31, 228,
  229, 230, 231, 232, 233, 244, 143, 111, 117, 118, 119, 120, 121, 128, 245, 156, 70, 63, 105, 66,
  107, 55, 193, 35, 124, 46, 53, 52, 65, 466, 388, 387, 386, 385, 384, 398, 263, 249, 390, 373, 374,
  380, 381, 382, 362, 467, 260, 259, 257, 258, 286, 414, 359, 255, 339, 254, 253, 252, 256, 341,
  463, 342, 445, 444, 443, 442, 441, 413, 446, 261, 448, 449, 450, 451, 452, 453, 464, 372, 340,
  346, 347, 348, 349, 350, 357, 465, 383, 300, 293, 334, 296, 336, 285, 417, 265, 353, 276, 283,
  282, 295,
] as const;

/** Inner lip loop: moves when the mouth opens, so it carries no head-pose information. */
export const innerLips = [
  78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 95, 88, 178, 87, 14, 317, 402, 318, 324,
] as const;

export const noseTip = 1;
export const chin = 152;

/**
 * Fit weights for head pose: points that move with expression (lids and brows in a blink or a
 * frown, the inner lips when speaking) get no weight, so a blink or a word does not read as a
 * head movement.
 */
export function headPoseWeights(): Float64Array {
  const weights = new Float64Array(faceMeshPointCount).fill(1);
  for (const i of eyeRegion) weights[i] = 0;
  for (const i of innerLips) weights[i] = 0;
  return weights;
}
