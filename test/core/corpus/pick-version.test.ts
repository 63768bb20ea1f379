import { describe, expect, it } from 'vitest';
import { pickVersions } from '../../../src/core/corpus/pick-version.js';

const versions = [
  { id: 'asiae', title: 'Alibaba, ByteDance, Meituan Recruiting Talent in the US' },
  { id: 'ft-summary', title: "China's Biggest Technology Groups Build AI Teams" },
  { id: 'ainews', title: 'Chinese Tech Giants Recruit in Silicon Valley' },
  { id: 'ft-id', title: 'Grup teknologi terbesar China' },
];

describe('pickVersions', () => {
  it('ranks id prefixes, then ids containing the text, then titles, then letters in order', () => {
    expect(pickVersions(versions, 'ft')).toEqual([1, 3]);
    expect(pickVersions(versions, 'id')).toEqual([3, 0, 1]);
    expect(pickVersions(versions, 'giants')).toEqual([2]);
    expect(pickVersions(versions, 'FTID')).toEqual([3]);
    expect(pickVersions(versions, 'ai')).toEqual([2, 1, 0, 3]);
  });

  it('lists every version for an empty text and none for a text nothing holds', () => {
    expect(pickVersions(versions, '  ')).toEqual([0, 1, 2, 3]);
    expect(pickVersions(versions, 'zzz')).toEqual([]);
  });
});
