/**
 * Every sentence of both seed documents reaches the reader: rendered on a program page or in a timeline
 * caption (or, for a document's title, wherever that document is cited). Complements the dataset test
 * (tests/unit/data/dataset-sources.test.ts), which checks that each sentence is in the dataset.
 */
import { describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import ProgramPage from '../../src/components/programs/ProgramPage.svelte';
import Caption from '../../src/components/timeline/Caption.svelte';
import { LocaleState } from '../../src/lib/state/locale.svelte';
import { Router } from '../../src/lib/state/router.svelte';
import { dataset } from '../fixtures/dataset';
import {
  NOT_SHOWN,
  normalize,
  SEED_FILES,
  seedSentences,
  sharedAvailable,
} from '../fixtures/seedCoverage';
import WithContexts from './WithContexts.svelte';
import { catalogues } from '../fixtures/words';

function renderedText(): string {
  const texts: string[] = [];
  const show = <P extends Record<string, unknown>>(
    component: import('svelte').Component<P>,
    props: P,
  ) => {
    const { container } = render(WithContexts<P>, {
      props: {
        component,
        props,
        dataset,
        locale: new LocaleState(window, catalogues),
        router: new Router(),
      },
    });
    texts.push(normalize(container.textContent ?? ''));
    cleanup();
  };
  for (const program of dataset.programs) show(ProgramPage, { programId: program.id });
  dataset.milestones.forEach((milestone, index) =>
    show(Caption, { milestone, number: index + 1, count: dataset.milestones.length }),
  );
  return texts.join(' ¦ ');
}

describe.skipIf(!sharedAvailable)('every sentence of both seeds is rendered', () => {
  const rendered = renderedText();
  const sentences = Object.keys(SEED_FILES).flatMap((id) =>
    seedSentences(id).map((sentence) => [id, sentence] as const),
  );
  it.each(sentences)('%s: %s', (_id, sentence) => {
    const excused = NOT_SHOWN.some((entry) => entry.sentence === sentence);
    expect(excused || rendered.includes(sentence)).toBe(true);
  });
});
