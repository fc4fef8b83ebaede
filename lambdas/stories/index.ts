/**
 * Story identity (issue 10, item 1), pure: evidence of an article, similarity of two, the threshold, the
 * representative of a group, and the blocking keys that find candidates through an index. No I/O: the parse
 * and metrics handlers call these. Definitions, how the threshold was chosen, measurements and the cost on
 * DynamoDB are in README.md beside this file.
 */
export * from './evidence.js';
export * from './fingerprint.js';
export * from './similarity.js';
export * from './specificity.js';
export * from './blocking.js';
export * from './representative.js';
export * from './group.js';
export * from './localities.js';
export * from './assign.js';
export * from './pseudonym.js';
