# Jumping to a regular chain: the base chain sorts traffic by protocol and
# hands it to a chain per service group. A verdict in the regular chain is
# final; when the regular chain ends without one, evaluation returns to the
# rule after the jump (here: the policy).
import std.topologies

ruleset dispatch {
  table ip filter {
    chain tcp_services {
      tcp dport 22 accept
      tcp dport { 80, 443 } accept
      tcp dport 23 drop
    }

    chain udp_services {
      udp dport { 53, 123 } accept
      return
    }

    chain input {
      type filter hook input priority 0; policy drop;
      meta l4proto tcp jump tcp_services
      meta l4proto udp jump udp_services
      udp dport 5353 accept
    }
  }
}

scenario "accepted inside the jumped-to chain" {
  topology pair
  load dispatch on server

  send tcp client -> server:22 expect accept
  send tcp client -> server:443 expect accept
  send udp client -> server:123 expect accept
}

scenario "dropped inside the chain, or by the policy after return" {
  topology pair
  load dispatch on server

  send tcp client -> server:23 expect drop
  send tcp client -> server:8080 expect drop
  send udp client -> server:161 expect drop
  send icmp client -> server expect drop
}

scenario "a rule after the jump still applies on return" {
  topology pair
  load dispatch on server

  send udp client -> server:5353 expect accept
}
