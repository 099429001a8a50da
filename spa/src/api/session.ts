import { gatewayHeaders } from './gatewayHeaders';
import { createContext, useContext } from 'react';

/** What the gateway tells about the browser's session (GET /auth/session); never a token. */
export interface Session {
  authenticated: boolean;
  username?: string;
  name?: string;
  roles?: string[];
  subregion?: string;
  authority?: string;
  provider?: string;
  csrfToken?: string;
}

export type Role = 'case-manager' | 'coordinator' | 'authority-staff' | 'provider-staff' | 'analyst' | 'dpo' | 'admin';

export async function loadSession(): Promise<Session> {
  const response = await fetch('/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) return { authenticated: false };
  return (await response.json()) as Session;
}

export const SessionContext = createContext<Session>({ authenticated: false });

export function useSession(): Session {
  return useContext(SessionContext);
}

export function hasRole(session: Session, ...roles: Role[]): boolean {
  return roles.some((role) => session.roles?.includes(role));
}

/** Each role lands on its own start page; the first matching role wins for people with several. */
export function startPage(session: Session): string {
  if (!session.authenticated) return '/';
  const starts: [Role, string][] = [
    ['case-manager', '/worklist'],
    ['coordinator', '/caseload'],
    ['authority-staff', '/authority'],
    ['provider-staff', '/provider/referrals'],
    ['dpo', '/audit'],
    ['analyst', '/monitoring'],
    ['admin', '/admin'],
  ];
  return starts.find(([role]) => hasRole(session, role))?.[1] ?? '/';
}

/**
 * Ends the session at the gateway and at Keycloak (a POST with the CSRF token, so no other site can log anyone out),
 * then shows the public start page. Whatever the answer, the page reloads: it never shows staff screens afterwards.
 */
export async function logout(): Promise<void> {
  try {
    await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: gatewayHeaders('POST') });
  } finally {
    window.location.assign('/');
  }
}

export function login(next: string = window.location.pathname) {
  window.location.assign('/auth/login?next=' + encodeURIComponent(next));
}
