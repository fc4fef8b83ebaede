// Placeholder until the metrics handler lands (issue #4); exists so the CDK app can bundle every entry.
export const handler = async (): Promise<never> => {
  throw new Error('metrics handler not implemented yet');
};
