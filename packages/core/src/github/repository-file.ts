/**
 * Optional YAML files of the user's repository (the release policy, the release-notes
 * categories), read through the API at the workflow's commit. Only a file that does not exist
 * means "use the defaults": a file GitHub would not give (no permission, a commit that no longer
 * exists, an outage that outlasted the retries) is an error that names the input or policy key
 * the path came from, never a silent fall-back to the defaults.
 */
import { ConfigurationError, describeAnswer, getErrorMessage, httpStatus } from "../strategy/errors.ts";
import { type GitHubGateway, isMissingRef, tokenNeeds } from "./github-gateway.ts";

/** What an optional file is to the user, for the messages that name it. */
export interface OptionalFile {
  /** Where in the repository, e.g. `.github/release-strategy.yml`. */
  readonly path: string;
  /** What it is, e.g. `the release policy`. */
  readonly what: string;
  /** The input or policy key that set the path, e.g. `input "config"`. */
  readonly namedBy: string;
  /** What is used when the file does not exist, e.g. `the default policy`. */
  readonly fallback: string;
}

/** A YAML file as read: its parsed document and where it came from, for summaries and errors. */
export interface YamlFile {
  readonly document: unknown;
  /** `path@commit`, or `path on the default branch`. */
  readonly source: string;
}

/** Why the file could not be read, naming where its path came from and what to do. */
function readFailure(file: OptionalFile, ref: string, at: string, error: unknown): Error {
  const status = httpStatus(error);
  const what = `Could not read ${file.what} ${file.path} (${file.namedBy}) at ${at}: ${describeAnswer(error)} (${getErrorMessage(error)}).`;
  if (status === 401 || status === 403) {
    return new ConfigurationError(`${what} ${tokenNeeds("contents: read")}`);
  }
  if (isMissingRef(error)) {
    return new ConfigurationError(
      `${what} The workflow's commit ${ref} no longer exists (a force-pushed or deleted branch): re-run the workflow on an existing commit.`,
    );
  }
  return new Error(
    `${what} Only a missing file means ${file.fallback}: run the job again once GitHub answers.`,
    { cause: error },
  );
}

/**
 * Reads and parses an optional YAML file at `ref`; undefined when the file does not exist there.
 * @param ref the commit the workflow runs at; empty: the default branch
 * @throws ConfigurationError for a file GitHub refuses (401/403), a ref that does not exist, or
 *   invalid YAML; Error for any other failure (an outage that outlasted the retries)
 */
export async function readOptionalYamlFile(
  github: GitHubGateway,
  file: OptionalFile,
  ref: string,
): Promise<YamlFile | undefined> {
  const at = ref.slice(0, 12) || "the default branch";
  let text: string | undefined;
  try {
    text = await github.getFileText(file.path, ref);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw readFailure(file, ref, at, error);
  }
  if (text === undefined) return undefined;
  const source = ref ? `${file.path}@${at}` : `${file.path} on the default branch`;
  // Loaded only when the file exists: most runs never pay for the YAML parser.
  const { load } = await import("js-yaml");
  try {
    return { document: load(text, { filename: file.path }), source };
  } catch (error) {
    throw new ConfigurationError(`${source} (${file.namedBy}) is not valid YAML: ${getErrorMessage(error)}`);
  }
}
