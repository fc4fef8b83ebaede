// Placeholder until the parse handler lands (issue #4); exists so the CDK app can bundle every entry.
export const handler = async (): Promise<never> => {
  throw new Error('parse handler not implemented yet');
};
