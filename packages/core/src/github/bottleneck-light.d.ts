// The light build of Bottleneck (no clustering) is what @octokit/plugin-throttling bundles;
// importing it keeps one copy in the bundle. It has the same API as the full build.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
