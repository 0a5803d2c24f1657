// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import ProgramsIndex from '../../../src/components/programs/ProgramsIndex.svelte';
import { dataset } from '../../fixtures/dataset';
import { renderPart } from '../render';

describe('programs index', () => {
  it('lists every program and type as a link to its page, placed as the sources place them', () => {
    renderPart(ProgramsIndex, {});
    expect(screen.getByRole('heading', { level: 1, name: 'Programs and types' })).toBeVisible();
    for (const program of dataset.programs) {
      expect(screen.getByRole('link', { name: program.name.en })).toHaveAttribute(
        'href',
        `#/program/${program.id}`,
      );
    }
    // Roots are h2, what sits under them h3, their types h4.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.trim())).toEqual([
      'Knowledge Cluster Initiative',
      'City Area Program',
      'Project for the Strategic Development of Industry-Academia-Government Collaboration',
      'Project for Developing Innovation Systems',
    ]);
    expect(screen.getByRole('heading', { level: 4, name: 'Global Type' })).toBeVisible();
    const globalEntry = screen.getByRole('heading', { name: 'Global Type' }).closest('li')!;
    expect(
      within(globalEntry)
        .getByText(/world-class knowledge clusters/)
        .closest('q'),
    ).not.toBe(null);
  });

  it('in Japanese, marks English names and quotes as untranslated', () => {
    renderPart(ProgramsIndex, {}, { search: '?lang=ja' });
    expect(screen.getByRole('heading', { level: 1, name: 'プログラムと類型' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Accelerative Support（未翻訳）' })).toBeVisible();
    const entry = screen
      .getByRole('link', { name: 'Accelerative Support（未翻訳）' })
      .closest('li')!;
    expect(within(entry).getByText('未翻訳', { selector: '.untranslated-marker' })).toBeVisible();
    expect(entry.querySelector('q')).toHaveAttribute('lang', 'en');
  });
});
