/** Says, once per run, which database tiers the integration suites run on. */
export default function reportTiers() {
  const postgres = process.env.TEST_DATABASE_URL;
  const lines = [
    'Integration database tiers:',
    '  PGlite (embedded): runs',
    postgres
      ? '  PostgreSQL: runs (TEST_DATABASE_URL is set)'
      : '  PostgreSQL: not run (set TEST_DATABASE_URL=postgres://... to run it; .ci/run does)',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
