# The original tool's second case: a router that forwards DNS and nothing else.
import std.topologies

ruleset dns_only {
  table ip filter {
    chain forward {
      type filter hook forward priority 0; policy drop;
      udp dport 53 accept
    }
  }
}

scenario "router forwards dns, drops other udp" {
  topology gateway
  load dns_only on router

  send udp client -> server:53 expect accept
  send udp client -> server:80 expect drop
}
