/** Builds the OpenAPI 3.1 document from the same route and record schemas Fastify validates and serialises with. */
import { API_ERRORS } from './errors.js';
import { SHARED_SCHEMAS } from './schemas.js';

export interface RouteDoc {
  method: 'GET' | 'POST';
  url: string;
  schema: {
    summary?: string;
    description?: string;
    tags?: readonly string[];
    params?: unknown;
    querystring?: unknown;
    body?: unknown;
    response?: Record<number, unknown>;
  };
}

/** Rewrites Fastify's shared-schema references (`Article#`) as OpenAPI component references. */
function toOpenApiRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toOpenApiRefs);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string' && inner.endsWith('#')) {
      out[key] = `#/components/schemas/${inner.slice(0, -1)}`;
    } else if (key !== '$id') {
      out[key] = toOpenApiRefs(inner);
    }
  }
  return out;
}

interface ObjectSchema {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
}

function parameters(where: 'path' | 'query', schema: unknown): unknown[] {
  const { properties = {}, required = [] } = (schema ?? {}) as ObjectSchema;
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.includes(name),
      ...(description ? { description } : {}),
      schema: toOpenApiRefs(rest),
    };
  });
}

function requestBody(body: unknown): unknown {
  if (!body) return undefined;
  const content = (body as { content?: Record<string, { schema: unknown }> }).content;
  const byType = content ?? { 'application/json': { schema: body } };
  return { required: true, content: toOpenApiRefs(byType) };
}

function responses(response: Record<number, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(response)) {
    const code = Object.values(API_ERRORS).find((entry) => String(entry.status) === status);
    out[status] = {
      description: code ? code.description : 'OK',
      content: { 'application/json': { schema: toOpenApiRefs(schema) } },
    };
  }
  return out;
}

export function buildOpenApi(routes: readonly RouteDoc[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of [...routes].sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const { summary, description, tags, params, querystring, body, response } = route.schema;
    const operation: Record<string, unknown> = { summary, tags };
    if (description) operation.description = description;
    const parameterList = [...parameters('path', params), ...parameters('query', querystring)];
    if (parameterList.length > 0) operation.parameters = parameterList;
    const bodyDoc = requestBody(body);
    if (bodyDoc) operation.requestBody = bodyDoc;
    operation.responses = responses(response);
    if (route.method === 'POST') operation.security = [{ bearer: [] }, {}];
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corroborate API',
      version,
      description: [
        'Stories, claims and findings: what independent sources corroborate, what conflicts, what only one outlet says.',
        '',
        'Errors are `{"error": {"code", "message"}}`:',
        '',
        '| code | status | meaning |',
        '|---|---|---|',
        ...Object.entries(API_ERRORS).map(
          ([code, { status, description }]) => `| ${code} | ${status} | ${description} |`,
        ),
      ].join('\n'),
    },
    paths,
    components: {
      schemas: toOpenApiRefs(SHARED_SCHEMAS),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'CORROBORATE_TOKEN, for writes.' } },
    },
  };
}
