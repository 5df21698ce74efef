/**
 * Reads a repository's milestones for the milestone stages: one paginated list (100 a page), as
 * {@link Milestone}s with their due days as GitHub shows them.
 */

import { dueDayOf, type Milestone } from "../strategy/milestone-plan.ts";
import type { GitHubGateway } from "./github-gateway.ts";

/** A milestone as the REST API returns it (the fields the stages use). */
export interface MilestoneObject {
  number: number;
  title: string;
  state: string;
  due_on: string | null;
  description: string | null;
  open_issues: number;
  closed_issues: number;
  html_url: string;
}

/** The stages' view of a milestone object from the REST API. */
export function toMilestone(data: MilestoneObject): Milestone {
  return {
    number: data.number,
    title: data.title,
    state: data.state === "closed" ? "closed" : "open",
    dueDay: data.due_on ? dueDayOf(data.due_on) : undefined,
    description: data.description ?? "",
    openItems: data.open_issues,
    closedItems: data.closed_issues,
    url: data.html_url,
  };
}

/**
 * The repository's milestones. `all` is what a rotation needs: titles are unique across open and
 * closed milestones, so a closed one of the wanted title must be reopened, never duplicated.
 */
export async function listMilestones(github: GitHubGateway, state: "open" | "all"): Promise<Milestone[]> {
  const data = await github.client.paginate("GET /repos/{owner}/{repo}/milestones", {
    owner: github.owner,
    repo: github.repo,
    state,
    sort: "due_on",
    direction: "asc",
    per_page: 100,
  });
  return data.map(toMilestone);
}
