// Swagger UI (from its web jar) over the service's own OpenAPI description; "Try it out" calls this service.
window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
