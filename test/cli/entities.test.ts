import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';

const temp: string[] = [];
afterAll(() => temp.forEach(removeTempCorpus));

describe('parallax --entities', () => {
  it('prints the who-mentions-what table as JSON in the documented shape', () => {
    const r = runCli(['--entities', '--json']);
    expect(r.code).toBe(0);
    const { entities } = JSON.parse(r.stdout);
    const dept = entities.find((e: { name: string }) => e.name === 'Department of Commerce');
    expect(Object.keys(dept).sort()).toEqual(['aliases', 'counts', 'name', 'type']);
    expect(dept.type).toBe('ORG');
    expect(dept.aliases).toContain('Departemen Perdagangan AS');
    expect(dept.counts['ft-id']).toBe(1);
    const kimi = entities.find((e: { name: string }) => e.name === 'Kimi');
    expect(kimi.counts).toEqual({ asiae: 0, 'ft-summary': 0, ainews: 0, 'ft-id': 1, analysis: 0 });
    const names = entities.map((e: { name: string }) => e.name);
    expect(names.indexOf('Kimi')).toBeLessThan(names.indexOf('Alibaba'));
  });

  it('--mentions adds every mention as {doc, paragraph, start, end}, pointing at one of its names', () => {
    const { entities } = JSON.parse(runCli(['--entities', '--json', '--mentions', '--type', 'person']).stdout);
    const show = JSON.parse(runCli(['--show', 'ft-s', '--json']).stdout).paragraphs as string[];
    const wang = entities.find((e: { name: string }) => e.name === 'Wang Xing');
    const inSummary = wang.mentions.filter((m: { doc: string }) => m.doc === 'ft-summary');
    expect(inSummary).toHaveLength(wang.counts['ft-summary']);
    for (const m of inSummary) expect([wang.name, ...wang.aliases]).toContain(show[m.paragraph]!.slice(m.start, m.end));
    expect(runCli(['--entities', '--mentions']).code).toBe(2);
  });

  it('filters by --doc (any unique prefix) and --type (any case)', () => {
    const r = runCli(['--entities', '--doc', 'ft-i', '--type', 'person', '--json']);
    expect(r.code).toBe(0);
    const { entities } = JSON.parse(r.stdout);
    expect(entities.every((e: { type: string; counts: Record<string, number> }) => e.type === 'PERSON' && e.counts['ft-id']! > 0)).toBe(true);
    expect(entities.map((e: { name: string }) => e.name)).toContain('Zhu Wenjia');
  });

  it('prints a plain table without color codes under NO_COLOR', () => {
    const r = runCli(['--entities', '--type', 'PLACE']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stdout.split('\n')[0]).toMatch(/^ENTITY\s+TYPE\s+asiae\s+ft-summary\s+ainews\s+ft-id\s+analysis\s+ALIASES$/);
    expect(r.stdout).toMatch(/^Sunnyvale\s+PLACE\s+1\s+1\s+·\s+1\s+·/m);
  });

  it('colors names by type and prints the legend when color is forced', () => {
    const r = runCli(['--entities', '--type', 'ORG'], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(/\u001b\[4;36mAlibaba\u001b\[0m/);
    expect(r.stdout).toMatch(/legend: .*PERSON.*ORG.*PLACE.*PRODUCT.*NUMBER/);
  });

  it('exits 2 with one line on a bad type or an unknown document', () => {
    const bad = runCli(['--entities', '--type', 'ANIMAL']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--type must be one of PERSON, ORG, PLACE, PRODUCT, NUMBER/);
    const unknown = runCli(['--entities', '--doc', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown document id "nope"/);
  });

  it('warns about a malformed gazetteer and still detects names, never printing control characters', () => {
    const dir = makeTempCorpus({
      'a.txt': 'Report\n\nMayor Ilsa \u001b[31mVarga met Orvane Logistics in Vellmoor.\n',
      'entities.json': '{"entities": [',
    });
    temp.push(dir);
    const r = runCli(['--entities', '--corpus', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: entities\.json: not valid JSON/);
    expect(r.stdout).toMatch(/Orvane Logistics\s+ORG/);
    expect(r.stdout).not.toMatch(/\u001b/);
  });
});
