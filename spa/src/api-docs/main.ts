// Swagger UI for the services' OpenAPI documents, served by the gateway at /api-docs to admins only.
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-bundle.js';
import SwaggerUIStandalonePreset from 'swagger-ui-dist/swagger-ui-standalone-preset.js';
import 'swagger-ui-dist/swagger-ui.css';
import './api-docs.css';
import { gatewayHeaders } from '../api/gatewayHeaders';

interface DocumentLink {
  name: string;
  url: string;
}

async function start() {
  // The session call hands out the CSRF cookie that writes from "Try it out" need.
  await fetch('/auth/session', { credentials: 'same-origin' });
  // The gateway lists the services it routes to, so the page never names a service that is not there.
  const response = await fetch('/api-docs/index.json', { credentials: 'same-origin', headers: gatewayHeaders('GET') });
  const documents = (await response.json()) as DocumentLink[];
  SwaggerUIBundle({
    dom_id: '#swagger-ui',
    urls: documents,
    // The standalone layout has the selector that switches between the services' documents.
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    // Deep links put a link inside each operation's toggle button (nested interactive controls, which screen
    // readers cannot reach); without them the page passes axe-core like the app's own screens.
    deepLinking: false,
    // "Try it out" runs with the admin's browser session; writes carry the CSRF token like the SPA's.
    requestInterceptor: (request: { method?: string; headers: Record<string, string> }) => {
      Object.assign(request.headers, gatewayHeaders(request.method ?? 'GET'));
      return request;
    },
  });
}

void start();
