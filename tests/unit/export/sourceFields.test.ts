import { describe, expect, it } from 'vitest';
import { sourceFields } from '../../../src/lib/export/sourceFields';
import { tiny } from '../../fixtures/tinyDataset';

describe('sourceFields', () => {
  it('describes a quote from a primary document', () => {
    expect(sourceFields({ sourceId: 'paper', quote: '100' }, tiny)).toEqual({
      sourceId: 'paper',
      sourceTitle: 'White Paper',
      sourcePublisher: 'MEXT',
      sourceAddress: null,
      sourceKind: 'primary document',
      confidence: 'primary',
      citationKind: 'quote',
      quote: '100',
    });
  });

  it('describes a note recorded from a web page, with its address and confidence', () => {
    expect(sourceFields({ sourceId: 'jst', note: 'Local: 30.' }, tiny)).toEqual({
      sourceId: 'jst',
      sourceTitle: 'Cluster page',
      sourcePublisher: 'JST',
      sourceAddress: 'jst.example/cluster',
      sourceKind: 'recorded note',
      confidence: 'med',
      citationKind: 'note',
      quote: 'Local: 30.',
    });
  });

  it('leaves every field empty without a citation, and the source fields for an unknown source', () => {
    expect(Object.values(sourceFields(null, tiny)).every((v) => v === null)).toBe(true);
    expect(sourceFields({ sourceId: 'gone', quote: 'q' }, tiny)).toMatchObject({
      sourceId: null,
      sourceKind: null,
      citationKind: 'quote',
      quote: 'q',
    });
  });
});
