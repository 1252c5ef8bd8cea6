# Egress filtering on the client's output chain: the client may only
# speak DNS and HTTPS. A packet dropped in the sender's own output hook
# never leaves the node; nse reports the rule that dropped it. The
# client's own neighbour discovery goes out through the same chain: without
# the icmpv6 rule it could not resolve the server and IPv6 would be lost.
import std.topologies

ruleset client_egress {
  table inet egress {
    chain output {
      type filter hook output priority 0; policy drop;
      oifname "lo" accept
      icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit } accept
      udp dport 53 accept
      tcp dport 443 accept
    }
  }
}

scenario "client may only use dns and https" {
  topology pair
  load client_egress on client

  send udp client -> server:53 expect accept
  send tcp client -> server:443 expect accept
  send ip6 tcp client -> server:443 expect accept
  send tcp client -> server:80 expect drop
  send tcp client -> server:25 expect drop
  send icmp client -> server expect drop
}

scenario "egress rules do not limit what the server sends" {
  topology pair
  load client_egress on client

  send tcp server -> client:80 expect accept
}
