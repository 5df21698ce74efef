import { expect, it } from "vitest";
import { normalizePackageName } from "../src/strategy/package-name.ts";
import { askPackaging } from "./python-packaging.ts";

it("normalizes package names as Python's packaging canonicalizes them (PEP 503)", () => {
  const names = [
    "instructlab",
    "Instructlab_SDG",
    "instructlab.sdg",
    "instructlab--sdg",
    "Sample_CLI",
    "zope.interface",
    "A-_.b",
    "ruamel.yaml.clib",
    "UPPER",
  ];
  expect(names.map(normalizePackageName)).toEqual(askPackaging([], [], names).canonical);
});
