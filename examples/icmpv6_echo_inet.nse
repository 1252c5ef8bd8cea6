# ICMPv6 echo through an inet table, which sees IPv4 and IPv6 alike.
#
# IPv6 needs ICMPv6 to work at all: before the first packet to an address,
# the sender asks for its link-layer address with a neighbour solicitation
# and waits for an advertisement. A policy-drop input chain that does not
# accept those drops the solicitation, and every IPv6 packet to the host,
# even an allowed ping, is lost (checked on the kernel: nse reports
# "observed lost", with no trace event for the packet itself). Accept the
# neighbour discovery types before anything else.
import std.topologies

ruleset ping6 {
  table inet filter {
    chain input {
      type filter hook input priority 0; policy drop;
      icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-advert } accept
      icmpv6 type echo-request accept
      icmp type echo-request accept
    }
  }
}

ruleset no_ping6 {
  table inet filter {
    chain input {
      type filter hook input priority 0; policy drop;
      icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
      icmp type echo-request accept
      tcp dport 80 accept
    }
  }
}

scenario "ping6 and ping allowed" {
  topology pair
  load ping6 on server

  send icmpv6 client -> server expect accept
  send icmp client -> server expect accept
  send ip6 udp client -> server:53 expect drop
}

scenario "ping6 refused, ipv6 web allowed" {
  topology pair
  load no_ping6 on server

  send icmpv6 client -> server expect drop
  send ip6 tcp client -> server:80 expect accept
  send icmp client -> server expect accept
}
