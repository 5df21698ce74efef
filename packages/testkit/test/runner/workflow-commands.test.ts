// The harness reads a step's stdout as the runner does, so that a test can never pass on text the
// real runner would execute. Sources: actions/runner src/Runner.Common/ActionCommand.cs
// (TryParseV2: "the message needs to start with the keyword after trim leading space"; TryParse:
// the legacy "##[" prefix found anywhere in the line) and src/Runner.Worker/ActionCommandManager.cs
// (TryProcessCommand: command names compared ignoring case; stop-commands until a command named
// by the token; the registered command extensions).
import { describe, expect, it } from "vitest";
import { parseWorkflowCommands, stepOutputs } from "../../src/runner/workflow-commands.ts";

describe("parseWorkflowCommands", () => {
  it("reads a command after leading blanks, and in any case", () => {
    const log = parseWorkflowCommands("  ::error::one\n\t::WARNING title=t::two\n::Add-Mask::s3cret");
    expect(log.annotations).toEqual([
      { level: "error", message: "one", properties: {} },
      { level: "warning", message: "two", properties: { title: "t" } },
    ]);
    expect(log.masks).toEqual(["s3cret"]);
  });

  it("reads the legacy ##[name]data form anywhere in a line", () => {
    const log = parseWorkflowCommands("title: ##[error]boom\nx ##[set-output name=v;]9.9.9\n##[add-mask]k");
    expect(log.annotations).toEqual([{ level: "error", message: "boom", properties: {} }]);
    expect(log.commands).toEqual([{ name: "set-output", message: "9.9.9", properties: { name: "v" } }]);
    expect(log.masks).toEqual(["k"]);
  });

  it("leaves as text what names no registered command", () => {
    const log = parseWorkflowCommands("::nothing::x\n## [error] y\na :: b\n::error");
    expect(log.annotations).toEqual([]);
    expect(log.commands).toEqual([]);
    expect(log.visible).toBe("::nothing::x\n## [error] y\na :: b\n::error");
  });

  it("runs nothing between stop-commands and its token, whatever the form or case", () => {
    const log = parseWorkflowCommands(
      "::stop-commands::Tok-1\n::error::a\n  ##[error]b\n::set-output name=v::c\n::tok-1::\n::notice::d",
    );
    expect(log.annotations).toEqual([{ level: "notice", message: "d", properties: {} }]);
    expect(log.commands).toEqual([]);
    expect(log.visible).toBe("::error::a\n  ##[error]b\n::set-output name=v::c");
  });

  it("decodes data and property escapes", () => {
    const log = parseWorkflowCommands("::error file=a%3Ab%2Cc,line=3::x%0Ay%25");
    expect(log.annotations).toEqual([
      { level: "error", message: "x\ny%", properties: { file: "a:b,c", line: "3" } },
    ]);
  });
});

describe("stepOutputs", () => {
  it("keeps an output printed with set-output, and lets the output file win", () => {
    const log = parseWorkflowCommands("::set-output name=a::printed\n::set-output name=b::printed");
    expect(stepOutputs(log, "b=file\n")).toEqual({ a: "printed", b: "file" });
  });
});
