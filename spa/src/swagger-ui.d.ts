// swagger-ui-dist ships no types; these are the parts the /api-docs page uses.
declare module 'swagger-ui-dist/swagger-ui-bundle.js' {
  interface SwaggerUIBundle {
    (options: Record<string, unknown>): unknown;
    presets: { apis: unknown };
  }
  const SwaggerUIBundle: SwaggerUIBundle;
  export default SwaggerUIBundle;
}

declare module 'swagger-ui-dist/swagger-ui-standalone-preset.js' {
  const SwaggerUIStandalonePreset: unknown;
  export default SwaggerUIStandalonePreset;
}
