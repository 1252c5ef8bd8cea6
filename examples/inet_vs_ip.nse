# The family of a table decides which packets it sees: an ip table sees
# only IPv4, an ip6 table only IPv6, an inet table both. A policy-drop
# input chain in an ip table therefore leaves IPv6 wide open.
import std.topologies

ruleset ipv4_only {
  table ip filter {
    chain input {
      type filter hook input priority 0; policy drop;
      tcp dport 22 accept
    }
  }
}

ruleset both_families {
  table inet filter {
    chain input {
      type filter hook input priority 0; policy drop;
      icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
      tcp dport 22 accept
    }
  }
}

scenario "an ip table does not filter ipv6" {
  topology pair
  load ipv4_only on server

  send ip tcp client -> server:22 expect accept
  send ip tcp client -> server:80 expect drop
  send ip6 tcp client -> server:80 expect accept
  send ip6 udp client -> server:53 expect accept
}

scenario "an inet table filters both families" {
  topology pair
  load both_families on server

  send ip tcp client -> server:22 expect accept
  send ip6 tcp client -> server:22 expect accept
  send ip tcp client -> server:80 expect drop
  send ip6 tcp client -> server:80 expect drop
}
