/**
 * The reST check against what PyPI's renderer (docutils through readme_renderer) does with the same
 * text. The expectations are written out, and checked against docutils itself (Debian's python3-docutils,
 * which npm test installs): a machine without it fails these tests, it does not skip them.
 */
import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";
import { rstProblems } from "../src/rst-check.ts";

const PYTHON = "/usr/bin/python3";
/** readme_renderer's settings; prints the first problem in rstProblems' wording, or nothing. */
const RENDER = `
import re, sys
from docutils.core import publish_parts
from docutils.utils import SystemMessage
try:
    publish_parts(sys.stdin.read(), writer_name="html", settings_overrides={
        "halt_level": 2, "report_level": 2, "raw_enabled": False,
        "file_insertion_enabled": False, "warning_stream": False})
except SystemMessage as error:
    line, level, message = re.match(r"<string>:(\\d+): \\((\\w+)/\\d\\) (.*)", str(error)).groups()
    print(f"line {line}: {level.capitalize()}: {message}")
`;

/** The first problem docutils halts on, or undefined when it renders the text. */
function docutilsProblem(text: string): string | undefined {
  let output: string;
  try {
    output = execFileSync(PYTHON, ["-c", RENDER], { input: text, encoding: "utf8", stdio: "pipe" }).trim();
  } catch (error) {
    throw new Error(
      `docutils is needed to compare with PyPI's renderer: install Debian's python3-docutils (apt-get install -y python3-docutils; npm test does where it can). ${String(error)}`,
    );
  }
  return output === "" ? undefined : output;
}

const CASES: { name: string; text: string; problems: string[] }[] = [
  {
    name: "**kwargs in a code-block body",
    text: "Intro\n\n.. code-block:: python\n\n   def f(**kwargs):\n       return ``\n",
    problems: [],
  },
  {
    name: "markup in code and sourcecode bodies",
    text: ".. code:: python\n\n   f(**kwargs)\n\n.. sourcecode:: rst\n\n   .. toctree::\n   :ref:`x` ``open\n   ====\n",
    problems: [],
  },
  {
    name: "markup in comments",
    text: "Intro\n\n.. a comment on **kwargs\n   and ``more\n\n..\n   :ref:`x` **open\n",
    problems: [],
  },
  {
    name: "**kwargs in a literal block",
    text: "Intro::\n\n    f(**kwargs)\n\nAfter.\n",
    problems: [],
  },
  {
    name: "**kwargs in a paragraph after a code-block",
    text: ".. code-block:: python\n\n   f(**kwargs)\n\nCall it with **kwargs.\n",
    problems: ["line 5: Warning: Inline strong start-string without end-string."],
  },
  {
    name: "an inline literal across two lines",
    text: "Title\n=====\n\nCall it as ``f(\n**kwargs)`` now.\n",
    problems: [],
  },
  {
    name: "strong and emphasis across two lines",
    text: "Some **strong\nwords** and *emphasised\nones*.\n\n- an item **strong\n  words** too.\n",
    problems: [],
  },
  {
    name: "strong left open in a paragraph",
    text: "Intro\n\nfirst line\nsecond **open\nthird\n\nnext** paragraph\n",
    problems: ["line 3: Warning: Inline strong start-string without end-string."],
  },
  {
    name: "a literal left open in a paragraph",
    text: "Intro\n\nfirst line\nsecond ``open\nthird\n",
    problems: ["line 3: Warning: Inline literal start-string without end-string."],
  },
  {
    name: "raw HTML",
    text: "Intro\n\n.. raw:: html\n\n   <br/>\n",
    problems: ['line 3: Warning: "raw" directive disabled.'],
  },
  {
    name: "raw HTML in a substitution",
    text: "Intro\n\n.. |br| raw:: html\n\n   <br/>\n\nA |br| b\n",
    problems: ['line 3: Warning: "raw" directive disabled.'],
  },
  {
    name: "an include",
    text: "Intro\n\n.. include:: CHANGES.rst\n",
    problems: ['line 3: Warning: "include" directive disabled.'],
  },
  {
    name: "an image in a substitution",
    text: "Intro\n\n.. |logo| image:: https://example.com/logo.png\n\nA |logo| b\n",
    problems: [],
  },
  {
    name: "a short underline and a Sphinx directive",
    text: "sample-cli\n=====\n\n.. toctree::\n\n   install\n",
    problems: [
      "line 2: Warning: Title underline too short.",
      'line 4: Error: Unknown directive type "toctree".',
    ],
  },
  {
    name: "a Sphinx role",
    text: "Intro\n\nSee :ref:`install`.\n",
    problems: ['line 3: Error: Unknown interpreted text role "ref".'],
  },
];

for (const { name, text, problems } of CASES) {
  it(`${problems.length === 0 ? "passes" : "reports"} ${name}`, () => {
    expect(rstProblems(text)).toEqual(problems);
  });
  it(`docutils agrees on ${name}`, () => {
    expect(docutilsProblem(text)).toEqual(problems[0]);
  });
}
