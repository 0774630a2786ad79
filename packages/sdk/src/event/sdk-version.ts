/** The SDK version reported in every LearningEvent; kept equal to packages/sdk/package.json (a test checks). */
export const SDK_VERSION = '0.2.0';
