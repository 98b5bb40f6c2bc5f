/**
 * Every message the pipeline shows a user, defined once. Tests assert against these functions,
 * never against copied strings. Each says what happened, where, and what to do.
 */
export const messages = {
  seedsMissing: (dir: string) =>
    `The seeds directory "${dir}" does not exist. Create it and put one comment dump per commenter in it (plain text, UTF-8), or point CRUXMAP_SEEDS at the folder that holds them.`,
  seedsNotDirectory: (dir: string) =>
    `"${dir}" is a file, not a directory. CRUXMAP_SEEDS (or --seeds) must name the folder that holds the comment dumps.`,
  seedsEmpty: (dir: string) =>
    `The seeds directory "${dir}" holds no comment dumps. Add at least one plain-text file (one per commenter) or a forum export (\`*.json\`, see README, "Forum exports").`,
  entryIsDirectory: (file: string) =>
    `${file}: is a directory. The seeds directory must hold only comment dump files; move the folder out or point CRUXMAP_SEEDS at it.`,
  emptyFile: (file: string) =>
    `${file}:1: the file is empty. Remove it, or paste the commenter's dump into it.`,
  blankFile: (file: string, lines: number) =>
    `${file}:1-${lines}: the file holds only white space, so there is no comment in it. Remove it, or paste the commenter's dump into it.`,
  onlyHeader: (file: string) =>
    `${file}: the file holds only a profile header or page artefacts, no comment. Remove it, or add the commenter's comments below the header.`,
  binaryFile: (file: string, line: number, byte: number) =>
    `${file}:${line}: byte ${byte} is a NUL byte: this looks like a binary file, not a text dump. Remove it from the seeds directory, or export the comments as plain text.`,
  invalidUtf8: (file: string, line: number, byte: number) =>
    `${file}:${line}: byte ${byte} is not valid UTF-8. Re-save the file as UTF-8 (most editors offer "Save with encoding"), then build again.`,
  invalidJson: (file: string, line: number, column: number, problem: string) =>
    `${file}:${line}:${column}: this is not valid JSON: ${problem}. A \`.json\` seed file is read as a forum export: save the forum API's answer as it came (README, "Forum exports"), or fix the file there, then build again.`,
  notAnExport: (file: string, line: number, column: number) =>
    `${file}:${line}:${column}: this JSON is not a forum export: expected a list of comments, or the GraphQL answer {"data": {"comments": {"results": [...]}}}. Save the API's answer as it came (README, "Forum exports"), or move the file out of the seeds folder, then build again.`,
  exportApiError: (file: string, line: number, column: number, said: string) =>
    `${file}:${line}:${column}: the forum's API answered with an error instead of comments ("${said}"). Fix the query (README, "Forum exports"), fetch the comments again, then build again.`,
  exportNotAComment: (file: string, line: number, column: number, index: number) =>
    `${file}:${line}:${column}: entry ${index} of the comments is not an object. Each comment must be an object such as {"_id": …, "contents": {"markdown": …}}; remove that entry or fetch the comments again, then build again.`,
  exportMissingField: (file: string, line: number, column: number, index: number, field: string) =>
    `${file}:${line}:${column}: comment ${index} has no ${field}. Fetch the comments with that field (the README's query, "Forum exports", asks for it), or remove the comment, then build again.`,
  exportBadField: (file: string, line: number, column: number, index: number, field: string, expected: string) =>
    `${file}:${line}:${column}: ${field} of comment ${index} should be ${expected}. Fix the value or fetch the comments again (README, "Forum exports"), then build again.`,
  duplicateCommentId: (file: string, line: number, column: number, id: string, first: string) =>
    `${file}:${line}:${column}: comment id "${id}" is already used at ${first} by a comment with other words. A forum gives each comment one id: remove one of the two (or fetch the comments again), then build again.`,
  unreadable: (file: string, reason: string) =>
    `${file}: cannot be read (${reason}). Check the file's permissions, then build again.`,
  invalidContent: (file: string, issue: string) =>
    `Internal error: the pipeline produced ${file} that does not match its schema (${issue}). Nothing was written; please report this with the seed that caused it.`,
  overridesInvalid: (file: string, line: number, problem: string) =>
    `${file}:${line}: ${problem}. Fix or remove that entry, then build again.`,
  overridesUnknown: (file: string, line: number, what: string, id: string) =>
    `${file}:${line}: ${what} "${id}" does not exist (any more). Fix the id (see content/ or \`npm run mine -- --explain\`) or remove the entry, then build again.`,
} as const;

/** A user error: printed as its message alone, with no stack trace, and the run exits non-zero. */
export class CruxError extends Error {
  override name = 'CruxError';
}
