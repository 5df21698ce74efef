import { describe, expect, it } from "vitest";
import { evaluateApprovals, type Review } from "../src/strategy/approvals.ts";

const MAINTAINERS = new Set(["alice", "bob", "carol"]);
const rules = {
  author: "dave",
  isMaintainer: (login: string) => MAINTAINERS.has(login.toLowerCase()),
  required: 2,
};
const review = (login: string, state: string, commitId = "head"): Review => ({
  user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" },
  state,
  commitId,
});

describe("evaluateApprovals", () => {
  it.each<
    [string, Review[], { approvedBy: string[]; blockedBy?: string[]; satisfied: boolean; count: string }]
  >([
    [
      "two maintainer approvals",
      [review("alice", "APPROVED"), review("bob", "APPROVED")],
      { approvedBy: ["alice", "bob"], satisfied: true, count: "2/2" },
    ],
    [
      "one reviewer approving twice counts once",
      [review("alice", "APPROVED"), review("alice", "APPROVED")],
      { approvedBy: ["alice"], satisfied: false, count: "1/2" },
    ],
    [
      "a later comment never erases an approval",
      [
        review("alice", "APPROVED"),
        review("bob", "APPROVED"),
        review("alice", "COMMENTED"),
        review("bob", "PENDING"),
      ],
      { approvedBy: ["alice", "bob"], satisfied: true, count: "2/2" },
    ],
    [
      "a dismissed latest review counts as neither and revives nothing older",
      [review("alice", "APPROVED"), review("alice", "DISMISSED"), review("bob", "APPROVED")],
      { approvedBy: ["bob"], satisfied: false, count: "1/2" },
    ],
    [
      "changes requested by a maintainer block until that maintainer approves",
      [review("alice", "APPROVED"), review("bob", "APPROVED"), review("carol", "CHANGES_REQUESTED")],
      { approvedBy: ["alice", "bob"], blockedBy: ["carol"], satisfied: false, count: "2/2" },
    ],
    [
      "the blocking maintainer approving later unblocks",
      [review("carol", "CHANGES_REQUESTED"), review("alice", "APPROVED"), review("carol", "APPROVED")],
      { approvedBy: ["carol", "alice"], satisfied: true, count: "2/2" },
    ],
    [
      "an approval after requesting changes, then requesting changes again, blocks",
      [review("alice", "APPROVED"), review("bob", "APPROVED"), review("bob", "CHANGES_REQUESTED")],
      { approvedBy: ["alice"], blockedBy: ["bob"], satisfied: false, count: "1/2" },
    ],
    [
      "the author, bots and non-maintainers do not count",
      [
        review("dave", "APPROVED"),
        review("renovate[bot]", "APPROVED"),
        review("erin", "APPROVED"),
        review("alice", "APPROVED"),
      ],
      { approvedBy: ["alice"], satisfied: false, count: "1/2" },
    ],
    [
      "a non-maintainer's changes request does not block",
      [review("erin", "CHANGES_REQUESTED"), review("alice", "APPROVED"), review("bob", "APPROVED")],
      { approvedBy: ["alice", "bob"], satisfied: true, count: "2/2" },
    ],
    ["no reviews", [], { approvedBy: [], satisfied: false, count: "0/2" }],
    [
      "deleted accounts are skipped",
      [{ user: null, state: "APPROVED" }, review("alice", "APPROVED"), review("Bob", "APPROVED")],
      { approvedBy: ["alice", "Bob"], satisfied: true, count: "2/2" },
    ],
  ])("%s", (_, reviews, expected) => {
    const status = evaluateApprovals(reviews, rules);
    expect(status.approvedBy).toEqual(expected.approvedBy);
    expect(status.blockedBy).toEqual(expected.blockedBy ?? []);
    expect(status.satisfied).toBe(expected.satisfied);
    expect(status.count).toBe(expected.count);
  });

  it("counts only approvals on the head commit when asked", () => {
    const status = evaluateApprovals([review("alice", "APPROVED", "old"), review("bob", "APPROVED", "new")], {
      ...rules,
      headSha: "new",
    });
    expect(status.approvedBy).toEqual(["bob"]);
    expect(status.ignored).toEqual([{ login: "alice", why: "approved an older commit" }]);
  });

  it("explains itself in one line", () => {
    expect(evaluateApprovals([review("alice", "APPROVED")], rules).explanation).toBe(
      "1 of 2 maintainer approvals: alice",
    );
    expect(
      evaluateApprovals([review("alice", "APPROVED"), review("bob", "CHANGES_REQUESTED")], rules).explanation,
    ).toBe("blocked: bob requested changes (1 of 2 maintainer approvals: alice)");
    expect(evaluateApprovals([review("erin", "APPROVED")], rules).ignored).toEqual([
      { login: "erin", why: "not a maintainer" },
    ]);
  });
});
