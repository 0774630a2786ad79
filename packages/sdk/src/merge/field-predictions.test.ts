import { describe, expect, it } from 'vitest';
import { field } from '../heuristics/field.fixture.ts';
import { fieldPredictionsFor } from './field-predictions.ts';

const email = field({ name: 'email', type: 'email' });
const current = field({ selector: '#pay > div:nth-of-type(1) > input' });
const expected = field({ selector: '#pay > div:nth-of-type(2) > input' });

describe('fieldPredictionsFor', () => {
  it("gives a field the crowd's answer for its signature, with the format", () => {
    const predicted = fieldPredictionsFor(
      [email],
      { '[name="email"]': 'f1:00000000000000a1' },
      {
        'f1:00000000000000a1': { canonical: 'email' },
      },
    );
    expect(predicted).toEqual({ canonicals: { '[name="email"]': 'email' }, formats: {} });
  });

  it("takes no link learned elsewhere for a box this page names another link (its row's picker shows Portfolio)", () => {
    const url = field({ selector: '#link-url-1', label: 'URL', hint: 'Portfolio' });
    const signatures = { '#link-url-1': 'f1:00000000000000c3' };
    const learned = (canonical: string) =>
      fieldPredictionsFor([url], signatures, { 'f1:00000000000000c3': { canonical } });
    expect(learned('github_url').canonicals).toEqual({});
    expect(learned('portfolio_url').canonicals).toEqual({ '#link-url-1': 'portfolio_url' });
    // A box whose words name no link takes the crowd's link.
    const bare = field({ selector: '#link-url-1', label: 'URL' });
    expect(
      fieldPredictionsFor([bare], signatures, { 'f1:00000000000000c3': { canonical: 'github_url' } }).canonicals,
    ).toEqual({ '#link-url-1': 'github_url' });
  });

  it('gives nothing to fields that share a signature: the answer was for one of them', () => {
    const predicted = fieldPredictionsFor(
      [email, current, expected],
      {
        '[name="email"]': 'f1:00000000000000a1',
        [current.selector]: 'f1:00000000000000b2',
        [expected.selector]: 'f1:00000000000000b2',
      },
      {
        'f1:00000000000000a1': { canonical: 'email' },
        'f1:00000000000000b2': { canonical: 'salary_expectation', format: 'number' },
      },
    );
    expect(predicted).toEqual({ canonicals: { '[name="email"]': 'email' }, formats: {} });
  });

  it('counts a twin the form profile already covers', () => {
    const predicted = fieldPredictionsFor(
      [expected],
      { [current.selector]: 'f1:00000000000000b2', [expected.selector]: 'f1:00000000000000b2' },
      { 'f1:00000000000000b2': { canonical: 'salary_expectation' } },
    );
    expect(predicted.canonicals).toEqual({});
  });

  it('gives nothing to a field without a signature or a prediction', () => {
    expect(fieldPredictionsFor([email, current], { [current.selector]: 'f1:00000000000000c3' }, {})).toEqual({
      canonicals: {},
      formats: {},
    });
  });

  it("takes an answer learned on another form only where this form's part allows it", () => {
    const title = (section: string) => field({ selector: '#jobTitle', label: 'Job Title', section });
    const predict = (descriptor: ReturnType<typeof field>, canonical: string) =>
      fieldPredictionsFor(
        [descriptor],
        { '#jobTitle': 'f1:00000000000000c3' },
        { 'f1:00000000000000c3': { canonical } },
      ).canonicals['#jobTitle'];
    expect(predict(title('Current or Most Recent Position'), 'current_title')).toBe('current_title');
    expect(predict(title('Work Experience 1'), 'current_title')).toBeUndefined();
    // Leaving a field alone holds in any part.
    expect(predict(title('Work Experience 1'), 'leave_alone')).toBe('leave_alone');
  });
});
