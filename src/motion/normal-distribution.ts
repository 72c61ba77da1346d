/**
 * Standard normal cumulative distribution. Uses the complementary error function by
 * W. J. Cody's rational approximations as given in Numerical Recipes (erfc, |error| < 1.2e-7),
 * which is ample for score probabilities shown with two decimals.
 */
export function normalCdf(z: number): number {
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Probability that |X| falls in [low, high) when X ~ Normal(mean, sd). */
export function foldedBandProbability(mean: number, sd: number, low: number, high: number): number {
  if (sd <= 0) {
    const a = Math.abs(mean);
    return a >= low && a < high ? 1 : 0;
  }
  const upper = normalCdf((high - mean) / sd) - normalCdf((low - mean) / sd);
  const lower = normalCdf((-low - mean) / sd) - normalCdf((-high - mean) / sd);
  return Math.max(0, upper + lower);
}

/**
 * Nodes and weights of 9-point Gauss-Hermite quadrature for a standard normal variable
 * (probabilists' form: sum of w_i f(z_i) = E[f(Z)], Z ~ N(0,1)).
 */
export const standardNormalQuadrature: readonly (readonly [number, number])[] = [
  [-4.512745863399783, 2.234584400774658e-5],
  [-3.20542900285647, 0.002789141321231769],
  [-2.07684797867783, 0.04991640676521797],
  [-1.02325566378913, 0.2440975028949394],
  [0, 0.4063492063492066],
  [1.02325566378913, 0.2440975028949394],
  [2.07684797867783, 0.04991640676521797],
  [3.20542900285647, 0.002789141321231769],
  [4.512745863399783, 2.234584400774658e-5],
];
