import { describe, expect, it } from "vitest";
import {
  addDays,
  dueDayOf,
  dueOnForDay,
  isCalendarDay,
  type Milestone,
  milestoneVersion,
  planMilestoneRotation,
  upcomingMilestones,
} from "../src/strategy/index.ts";

const milestone = (number: number, title: string, state: "open" | "closed", dueDay?: string): Milestone => ({
  number,
  title,
  state,
  dueDay,
  description: "",
  openItems: 0,
  closedItems: 0,
  url: `https://github.com/acme/x/milestone/${number}`,
});
const SETTINGS = { window: 2, cadenceDays: 14, title: "v{version}" };

describe("milestone days", () => {
  // GitHub stores due_on as midnight US-Pacific: 07:00Z in summer time, 08:00Z in winter
  // (wordpress-mobile/release-toolkit#419).
  it("reads GitHub's Pacific-midnight due_on as its day and sends noon UTC", () => {
    expect(dueDayOf("2026-07-08T07:00:00Z")).toBe("2026-07-08");
    expect(dueDayOf("2026-12-07T08:00:00Z")).toBe("2026-12-07");
    expect(dueOnForDay("2026-12-07")).toBe("2026-12-07T12:00:00Z");
    expect(addDays("2026-10-26", 14)).toBe("2026-11-09"); // across the November DST change
    expect(addDays("2027-02-22", 7)).toBe("2027-03-01");
    expect(isCalendarDay("2027-02-29")).toBe(false);
    expect(isCalendarDay("2028-02-29")).toBe(true);
  });

  it("recognizes release milestones by the template, in canonical spelling only", () => {
    expect(milestoneVersion("v{version}", "v0.28.0")).toEqual({ major: 0, minor: 28, patch: 0 });
    for (const title of ["v0.28", "v0.28.00", "v0.28.0rc1", "Backlog", "0.28.0"])
      expect(milestoneVersion("v{version}", title), title).toBeUndefined();
    expect(milestoneVersion("Release {version}", "Release 1.2.3")).toEqual({ major: 1, minor: 2, patch: 3 });
  });

  it("takes the next window of open release milestones by version, not by due date", () => {
    const upcoming = upcomingMilestones(
      [
        milestone(1, "v0.30.0", "open", "2027-01-01"),
        milestone(2, "v0.28.0", "open", "2027-02-01"),
        milestone(3, "v0.27.0", "closed"),
        milestone(4, "Backlog", "open"),
        milestone(5, "v0.29.0", "open"),
      ],
      "v{version}",
      2,
    );
    expect(upcoming.map((m) => m.title)).toEqual(["v0.28.0", "v0.29.0"]);
  });
});

describe("planMilestoneRotation", () => {
  it("changes nothing for a pre-release: its milestone is the final's", () => {
    const plan = planMilestoneRotation({
      milestones: [
        milestone(1, "v0.28.0", "open", "2026-12-21"),
        milestone(2, "v0.29.0", "open", "2027-01-04"),
      ],
      released: [{ major: 0, minor: 27, patch: 0 }],
      releasedVersion: { major: 0, minor: 28, patch: 0, pre: { label: "rc", number: 1 } },
      settings: SETTINGS,
      today: "2026-12-07",
    });
    expect(plan.changes).toEqual([]);
  });

  it("places each new milestone after the latest open due date, whatever the window lacks", () => {
    const plan = planMilestoneRotation({
      milestones: [milestone(1, "v0.29.0", "open", "2027-01-10")],
      released: [{ major: 0, minor: 27, patch: 0 }],
      releasedVersion: undefined,
      settings: { ...SETTINGS, window: 3, cadenceDays: 21 },
      today: "2026-12-07",
    });
    expect(plan.wanted).toEqual(["v0.28.0", "v0.29.0", "v0.30.0"]);
    expect(plan.changes).toEqual([
      expect.objectContaining({ kind: "create", title: "v0.28.0", dueDay: "2027-01-31" }),
      expect.objectContaining({ kind: "create", title: "v0.30.0", dueDay: "2027-02-21" }),
    ]);
  });
});
