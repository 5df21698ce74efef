/**
 * What a stage may say while it runs: the port through which stages and loaders log. The runtime
 * implements it on the runner; tests record it. A type only, so every layer may depend on it.
 */

/** What a stage may say while it runs. */
export interface Log {
  info(message: string): void;
  debug(message: string): void;
  /** A warning annotation: shown on the run's page, and in the job summary by most stages. */
  warning(message: string): void;
  notice(message: string): void;
  /** Runs `body` inside a collapsible group of the log. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}
