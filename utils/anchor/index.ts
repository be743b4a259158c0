export { describeSpan } from './describe';
export { anchorSpan } from './anchor-span';
