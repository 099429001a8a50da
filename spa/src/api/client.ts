import createClient, { type Middleware } from 'openapi-fetch';
import { gatewayHeaders } from './gatewayHeaders';
import type { paths as CasePaths, components as CaseComponents } from './generated/case-service';
import type { paths as OfferPaths, components as OfferComponents } from './generated/offer-service';
import type { paths as RegionPaths, components as RegionComponents } from './generated/region-service';

export type CaseSchemas = CaseComponents['schemas'];
export type OfferSchemas = OfferComponents['schemas'];
export type RegionSchemas = RegionComponents['schemas'];
export type Problem = CaseSchemas['Problem'];

/** Every call goes to the gateway on the page's own origin with the session cookie, and follows its conventions. */
const gatewayConventions: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(gatewayHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) window.dispatchEvent(new Event('kim:session-ended'));
    return response;
  },
};

// openapi-fetch's own bound for the generated paths interface (which has no index signature).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
function client<Paths extends {}>() {
  const api = createClient<Paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
  api.use(gatewayConventions);
  return api;
}

export const cases = client<CasePaths>();
export const offers = client<OfferPaths>();
export const regions = client<RegionPaths>();

/**
 * A problem+json answer (RFC 9457) of a service or the gateway, thrown so that screens can show it where it belongs,
 * in their own words (see problems.ts): the problem's English texts are for developers.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) {
    const problem = (typeof error === 'object' && error !== null ? error : { title: response.statusText }) as Problem;
    throw new ApiError(response.status, { status: response.status, ...problem });
  }
  return data as T;
}

/** Like {@link call}, with the entity tag every change of the resource needs as If-Match. */
export async function callWithVersion<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; etag: string }> {
  const pending = await request;
  const data = await call(Promise.resolve(pending));
  return { data, etag: pending.response.headers.get('ETag') ?? '' };
}
