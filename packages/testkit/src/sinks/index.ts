/** Chat and mail sinks: Slack, Discord and an SMTP server that answer like the real ones. */
export * from "./discord-sink.ts";
export * from "./intercepting-proxy.ts";
export * from "./mail-sink.ts";
export * from "./sink-server.ts";
export * from "./slack-sink.ts";
