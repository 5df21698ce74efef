/** The runner harness: actions and workflows run the way GitHub's runner runs them. */
export {
  condition,
  type ExpressionContext,
  evaluate,
  hasStatusFunction,
  interpolate,
  type JobStatus,
  stepStatus,
} from "./expressions.ts";
export { node24, REPO_ROOT } from "./node-runtime.ts";
export {
  type ActionRun,
  type IdTokenEndpoint,
  type RunActionOptions,
  type RunContext,
  runAction,
  runnerEnvironment,
  stageDir,
  stepFiles,
} from "./run-action.ts";
export {
  type BuiltinAction,
  type BuiltinStep,
  type JobRecord,
  type JobResult,
  runWorkflow,
  type StepRecord,
  tokenPermissions,
  triggers,
  type WorkflowOptions,
  type WorkflowRun,
} from "./run-workflow.ts";
export { type GitHubAppStandIn, standInActions } from "./stand-in-actions.ts";
export {
  type Annotation,
  type OtherCommand,
  parseFileCommands,
  parseWorkflowCommands,
  stepOutputs,
} from "./workflow-commands.ts";
