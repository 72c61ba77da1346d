import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('domain entry point', () => {
  it('exports the public API the other layers use', () => {
    for (const name of [
      'classifyDistribution',
      'scoreScale',
      'scales',
      'cycleCurves',
      'redFlags',
      'toQuestionnaire',
      'scoreQuestionnaireResponse',
      'onsetAgeBand',
      'spreadHistory',
      'fineRegionIds',
      'classificationRegionIds',
    ]) {
      expect(domain, name).toHaveProperty(name);
    }
    expect(domain.classifyDistribution(['neck']).distribution).toBe('focal');
  });

  it('stays pure: no Node built-ins or packages in domain code, only relative imports', () => {
    const files = sourceFiles(here);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const imports = [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1]);
      for (const specifier of imports) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\.?\//);
      }
      expect(source, file).not.toMatch(/\b(require\(|process\.|fetch\(|Date\.now\(|new Date\(\))/);
    }
  });
});
