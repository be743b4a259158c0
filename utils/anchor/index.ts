export { describeSpan, CONTEXT_CHARS } from './describe';
export { anchorSpan, type Anchor, type AnchorMethod } from './anchor-span';
