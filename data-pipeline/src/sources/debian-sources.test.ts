import { describe, expect, it } from "vitest";
import { licenseTextFromCopyright } from "./debian-copyright.js";
import { versionFromDebFileName } from "./debian-packages.js";

describe("versionFromDebFileName", () => {
  it("reads the version between the package name and the architecture", () => {
    expect(versionFromDebFileName("dict-freedict-eng-deu", "dict-freedict-eng-deu_2022.04.21-1_all.deb")).toBe(
      "2022.04.21-1",
    );
    expect(versionFromDebFileName("lttoolbox-dev", "lttoolbox-dev_3.7.1-1+b2_amd64.deb")).toBe("3.7.1-1+b2");
    expect(versionFromDebFileName("foo", "foo_1%3a2.0-1_all.deb")).toBe("1:2.0-1");
  });
  it("does not match another package with the same prefix", () => {
    expect(versionFromDebFileName("dict-freedict-eng", "dict-freedict-eng-deu_2022.04.21-1_all.deb")).toBeUndefined();
  });
});

describe("licenseTextFromCopyright", () => {
  const copyright = [
    "Files: fra-ita/*",
    "Copyright: 2000-2022 FreeDict contributors",
    "License: CC-BY-SA-3.0",
    "",
    "License: CC-BY-SA-3.0",
    " Attribution-ShareAlike 3.0 Unported",
    " .",
    " THE WORK IS PROVIDED UNDER THE TERMS",
    "",
    "License: GPL-3+",
    " GPL text",
  ].join("\n");

  it("returns the stand-alone licence paragraph, unindented", () => {
    expect(licenseTextFromCopyright(copyright, "CC-BY-SA-3.0")).toBe(
      "Attribution-ShareAlike 3.0 Unported\n\nTHE WORK IS PROVIDED UNDER THE TERMS\n",
    );
    expect(licenseTextFromCopyright(copyright, "MIT")).toBeUndefined();
  });
});
