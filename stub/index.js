// A bare `uses: instructlab/release-actions@v1` has no stage to run: say which ones exist.
process.stdout.write(
  "::error::instructlab/release-actions has one action per release stage: use one of validate-version, " +
    "create-release-branch, open-release-pr, tag-and-changelog, publish-pypi, rotate-milestones, check-milestone, " +
    "announce, for example `uses: instructlab/release-actions/validate-version@v1`. " +
    "See https://github.com/instructlab/release-actions#readme\n",
);
process.exitCode = 1;
