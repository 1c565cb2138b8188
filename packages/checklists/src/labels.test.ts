import { describe, expect, it } from 'vitest';
import { SUBMISSION_FORM_LABELS } from './labels.js';
import { SubmissionForm } from './schema.js';

describe('SUBMISSION_FORM_LABELS', () => {
  it('names every submission form in Ukrainian and English, in people’s words, never the raw value', () => {
    expect(Object.keys(SUBMISSION_FORM_LABELS).sort()).toEqual([...SubmissionForm.options].sort());
    for (const form of SubmissionForm.options) {
      const { uk, en } = SUBMISSION_FORM_LABELS[form];
      expect(uk).toMatch(/^[а-яіїєґ’ ,]+$/u);
      expect(en).toMatch(/^[a-z ,]+$/);
      expect(en).not.toMatch(/[A-Z]/); // never a camelCase id such as copyWithOriginal
    }
    expect(SUBMISSION_FORM_LABELS.copyWithOriginal.uk).toBe('копія з пред’явленням оригіналу');
  });
});
