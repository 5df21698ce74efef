import { ConfigurationError } from "@release-actions/core/strategy";
import { describe, expect, it } from "vitest";
import { setVersion } from "../src/version-files.ts";

const PYPROJECT = `[build-system]
requires = ["hatchling"]

[project]
name = "sample"
version = "0.1.0"
description = "x"

[tool.hatch.version]
version = "not this one"
`;

describe("setVersion", () => {
  it("sets [project].version in pyproject.toml and nothing else", () => {
    const updated = setVersion("pyproject.toml", PYPROJECT, "0.2.0");
    expect(updated).toBe(PYPROJECT.replace('version = "0.1.0"', 'version = "0.2.0"'));
  });

  it("leaves a file that already has the version as it is", () => {
    expect(setVersion("pyproject.toml", PYPROJECT, "0.1.0")).toBe(PYPROJECT);
  });

  it("sets [tool.poetry].version", () => {
    expect(
      setVersion("pyproject.toml", "[tool.poetry]\nname = 'x'\nversion = '1.0.0'\n", "1.1.0rc1"),
    ).toContain("version = '1.1.0rc1'");
  });

  it.each([
    ["src/sample/__init__.py", '"""Sample."""\n__version__ = "0.1.0"\n', '__version__ = "0.2.0"'],
    ["src/sample/_version.py", "version: str = '0.1.0'\n", "version: str = '0.2.0'"],
  ])("sets the version in %s", (path, text, expected) => {
    expect(setVersion(path, text, "0.2.0")).toContain(expected);
  });

  it.each([
    [
      "pyproject.toml",
      '[project]\nname = "x"\ndynamic = ["version"]\n',
      "0.2.0",
      /declares the version dynamic.*leave pyproject.toml out of version-files/,
    ],
    [
      "pyproject.toml",
      '[project]\nname = "x"\n',
      "0.2.0",
      /pyproject.toml has no version key in \[project\] or \[tool.poetry\] to set to 0.2.0/,
    ],
    [
      "src/x.py",
      "VERSION_INFO = (1, 0)\n",
      "0.2.0",
      /src\/x.py has no __version__ = "…" \(or version = "…"\) line to set to 0.2.0/,
    ],
    [
      "setup.cfg",
      "[metadata]\nversion = 0.1.0\n",
      "0.2.0",
      /setup.cfg is neither a pyproject-style .toml file nor a Python module/,
    ],
  ])("refuses %s when it cannot change (%#)", (path, text, version, message) => {
    expect(() => setVersion(path, text, version)).toThrow(ConfigurationError);
    expect(() => setVersion(path, text, version)).toThrow(message);
  });
});
