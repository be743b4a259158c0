/**
 * The background's receiver of runtime requests: each message is parsed with the
 * protocol's schemas before its handler runs. Apart from `channel.ts` so that the
 * every-page content script, which only sends requests, never carries the schemas.
 */
import * as v from 'valibot';
import { createReceiver, type Handlers } from './channel';
import { describeIssues, RequestSchema, type Request, type Responses } from './protocol';

const checkRequest = (raw: unknown): Request | string => {
  const parsed = v.safeParse(RequestSchema, raw);
  return parsed.success ? parsed.output : describeIssues(parsed.issues);
};

export const receiveRequest = <R extends Responses>(handlers: Handlers<Request, R>) =>
  createReceiver<Request, R>(checkRequest, handlers);
