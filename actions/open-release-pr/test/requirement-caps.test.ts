import { describe, expect, it } from "vitest";
import { capRequirements, parseCapRequests } from "../src/requirement-caps.ts";

const REQUIREMENTS = `# Core
click>=8.1.7,<9.0.0
instructlab-eval>=0.5.1
instructlab-schema>=0.4.2
Instructlab_SDG[extra]>=0.8.2 ; python_version >= "3.10"  # data generation
instructlab-training>=0.10.0,<0.11.0
torch>=2.3.0
`;

describe("cap-requirements", () => {
  it("parses path: package lines", () => {
    expect(
      parseCapRequests(["requirements.txt: instructlab-sdg, instructlab-training", "pyproject.toml: a b"]),
    ).toEqual([
      { path: "requirements.txt", packages: ["instructlab-sdg", "instructlab-training"] },
      { path: "pyproject.toml", packages: ["a", "b"] },
    ]);
    expect(() => parseCapRequests(["requirements.txt"])).toThrow(/must read "path: package, package"/);
  });

  it("caps each named package below its next minor, keeping extras, markers and comments", () => {
    const capped = capRequirements("requirements.txt", REQUIREMENTS, [
      "instructlab-sdg",
      "instructlab-eval",
      "instructlab-training",
    ]);
    expect(capped.split("\n")).toEqual([
      "# Core",
      "click>=8.1.7,<9.0.0",
      "instructlab-eval>=0.5.1,<0.6.0",
      "instructlab-schema>=0.4.2",
      'Instructlab_SDG[extra]>=0.8.2,<0.9.0 ; python_version >= "3.10"  # data generation',
      "instructlab-training>=0.10.0,<0.11.0",
      "torch>=2.3.0",
      "",
    ]);
    // Idempotent: capping again changes nothing.
    expect(
      capRequirements("requirements.txt", capped, [
        "instructlab-sdg",
        "instructlab-eval",
        "instructlab-training",
      ]),
    ).toBe(capped);
  });

  it("caps quoted dependencies in pyproject.toml", () => {
    const text = '[project]\ndependencies = [\n    "instructlab-sdg>=0.8.2",\n    "httpx",\n]\n';
    expect(capRequirements("pyproject.toml", text, ["instructlab-sdg"])).toContain(
      '    "instructlab-sdg>=0.8.2,<0.9.0",',
    );
  });

  it("refuses a package that is missing or has no lower bound", () => {
    expect(() => capRequirements("requirements.txt", REQUIREMENTS, ["instructlab-core"])).toThrow(
      /instructlab-core is not in requirements.txt/,
    );
    expect(() => capRequirements("requirements.txt", "instructlab-sdg\n", ["instructlab-sdg"])).toThrow(
      /instructlab-sdg in requirements.txt has no lower bound to cap from.*instructlab-sdg>=X.Y.Z/,
    );
  });
});
