export {
  DEFAULT_DRAFT_STYLE,
  STYLE_EXPERIMENT,
  draftStyle,
  type DraftAnswer,
  type DraftQuestion,
} from './draft-hook.ts';
export { MAX_DRAFTS_PER_RUN, draftAnswers, type DraftAnswersInput } from './draft-answers.ts';
export { computeDraftStats } from './draft-stats.ts';
export { isOpenQuestion, questionText } from './open-question.ts';
