const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * What the gateway expects of a script calling it with the session cookie: that it says it is a script (the gateway
 * answers 401 instead of redirecting to the login page) and, for writes, the CSRF token it handed out in the
 * kim_csrf cookie (double submit). Used by the app's API client and by Swagger UI's "Try it out".
 */
export function gatewayHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Requested-With': 'JavaScript' };
  const token = document.cookie
    .split('; ')
    .find((cookie) => cookie.startsWith('kim_csrf='))
    ?.slice('kim_csrf='.length);
  if (token && UNSAFE.has(method.toUpperCase())) headers['X-CSRF-Token'] = token;
  return headers;
}
