/**
 * Read Argdown the way argument mappers' tools do, with @argdown/core (parser, data and model plugins),
 * and flatten what the exports are compared on: statements (title → text, tags, data) and relations.
 */
import { ArgdownApplication, DataPlugin, IEquivalenceClass, ModelPlugin, ParserPlugin } from '@argdown/core';

export interface ParsedArgdown {
  errors: string[];
  statements: Map<string, { text: string; tags: string[]; data: Record<string, unknown> }>;
  /** "from relationType to", e.g. "claim:a attack claim:b". */
  relations: string[];
}

export function parseArgdown(input: string): ParsedArgdown {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response = app.run({ process: ['parse-input', 'build-model'], input, logLevel: 'error' });
  const errors = [
    ...(response.lexerErrors ?? []).map((e) => `lexer ${e.line}:${e.column}: ${e.message}`),
    ...(response.parserErrors ?? []).map((e) => `parser ${e.token.startLine}:${e.token.startColumn}: ${e.message}`),
    ...(response.exceptions ?? []).map((e) => `exception: ${e.message}`),
  ];
  const statements: ParsedArgdown['statements'] = new Map();
  for (const [title, ec] of Object.entries(response.statements ?? {})) {
    statements.set(title, {
      text: (IEquivalenceClass.getCanonicalMemberText(ec) ?? '').trim(),
      tags: ec.tags ?? [],
      data: (ec.data ?? {}) as Record<string, unknown>,
    });
  }
  const relations = (response.relations ?? []).map((r) => `${r.from?.title} ${r.relationType} ${r.to?.title}`).sort();
  return { errors, statements, relations };
}
