/**
 * Loads GitHub's release-notes configuration (`.github/release.yml`, or the file the policy
 * names) from the user's repository, through the API at the workflow's commit. Parsing and its
 * rules are in strategy/release-notes-config.ts.
 */
import {
  DEFAULT_NOTES_CONFIG,
  type NotesConfig,
  parseNotesConfig,
} from "../strategy/release-notes-config.ts";
import type { GitHubGateway } from "./github-gateway.ts";
import { readOptionalYamlFile } from "./repository-file.ts";

/**
 * Reads the configuration at a ref; a missing file gives {@link DEFAULT_NOTES_CONFIG}, any other
 * read failure is an error naming `namedBy` (see repository-file.ts).
 * @param path the file, from `namedBy`
 * @param ref the commit the workflow runs at; empty: the default branch
 * @param namedBy the input or policy key that set `path`, for error messages
 */
export async function loadNotesConfig(
  github: GitHubGateway,
  path: string,
  ref: string,
  namedBy = 'policy key "changelog.categories"',
): Promise<NotesConfig> {
  const file = await readOptionalYamlFile(
    github,
    { path, what: "the release-notes categories", namedBy, fallback: "the default categories" },
    ref,
  );
  return file ? parseNotesConfig(file.document, file.source) : DEFAULT_NOTES_CONFIG;
}
