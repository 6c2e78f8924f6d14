import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Card, CardIndicator, CdsHooksService } from '../../src/cds-hooks/index.js';
import { createCdsHooksService } from '../../src/cds-hooks/index.js';
import { createHandler, HTTP_STATUS, type ConnectionInfo, type ErrorBody, type FetchHandler, type HttpErrorCode } from '../../src/http/index.js';

describe('public API types', () => {
  it('createHandler gives a Fetch handler and every error code has a status', () => {
    expectTypeOf(createHandler).returns.toEqualTypeOf<FetchHandler>();
    expectTypeOf<FetchHandler>().toEqualTypeOf<(request: Request, connection?: ConnectionInfo) => Promise<Response>>();
    expectTypeOf<keyof typeof HTTP_STATUS>().toEqualTypeOf<HttpErrorCode>();
    expectTypeOf<ErrorBody['error']['code']>().toEqualTypeOf<HttpErrorCode>();
    expect(Object.keys(HTTP_STATUS).sort()).toEqual(
      [
        'body-too-large', 'feedback-failed', 'internal', 'invalid-facts', 'invalid-json', 'invalid-request', 'method-not-allowed', 'not-found',
        'rate-limited', 'server-busy', 'timeout', 'unauthorized', 'unsupported-media-type', 'upstream-failed', 'upstream-timeout',
      ],
    );
  });

  it('cards use the three CDS Hooks 2.0 indicators and the service call is synchronous', () => {
    expectTypeOf<CardIndicator>().toEqualTypeOf<'info' | 'warning' | 'critical'>();
    expectTypeOf<Card['indicator']>().toEqualTypeOf<CardIndicator>();
    expectTypeOf<ReturnType<CdsHooksService['call']>>().not.toMatchTypeOf<Promise<unknown>>();
    expectTypeOf(createCdsHooksService).parameter(0).toMatchTypeOf<object | undefined>();
  });
});
