# IPv6 input filtering with an ip6 table: the server accepts SSH and HTTPS
# over IPv6 and drops the rest.
#
# An ip6 table sees only IPv6 packets. With policy drop on input, the
# server's own neighbour discovery must be let in (neighbour solicitations
# and advertisements), or the client never learns the server's link-layer
# address and no IPv6 packet arrives at all: nse then reports it as lost.
import std.topologies

ruleset v6_host {
  table ip6 filter {
    chain input {
      type filter hook input priority 0; policy drop;
      icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
      tcp dport { 22, 443 } accept
    }
  }
}

scenario "ip6 server accepts ssh and https" {
  topology pair
  load v6_host on server

  send ip6 tcp client -> server:22 expect accept
  send ip6 tcp client -> server:443 expect accept
  send tcp [fd00::1]:40000 -> [fd00::2]:443 expect accept
}

scenario "ip6 server drops other ports and udp" {
  topology pair
  load v6_host on server

  send ip6 tcp client -> server:80 expect drop
  send ip6 udp client -> server:53 expect drop
  send icmpv6 client -> server expect drop
}
