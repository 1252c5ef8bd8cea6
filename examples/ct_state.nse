# Connection-tracking rules. Every packet nse sends is the first packet of
# its flow as far as conntrack on the receiver is concerned, so it is in
# state new, never established: "ct state established,related accept" lets
# none of them in, and new connections pass only where a rule allows them.
#
# Checked on the kernel: a lone ACK (flags A) is also "new" (conntrack's
# default nf_conntrack_tcp_loose=1 picks up mid-stream flows), while
# SYN+FIN is "invalid".
import std.topologies

ruleset stateful {
  table inet filter {
    chain input {
      type filter hook input priority 0; policy drop;
      ct state invalid drop
      ct state established,related accept
      icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
      ct state new tcp dport 22 accept
      ct state new udp dport 53 accept
    }
  }
}

scenario "new connections to allowed services" {
  topology pair
  load stateful on server

  send tcp client -> server:22 expect accept
  send udp client -> server:53 expect accept
  send ip6 tcp client -> server:22 expect accept
}

scenario "other new connections hit the policy" {
  topology pair
  load stateful on server

  send tcp client -> server:80 expect drop
  send icmp client -> server expect drop
}

scenario "mid-stream and invalid packets" {
  topology pair
  load stateful on server

  # not established: a lone ACK to an allowed port is a new flow
  send tcp client -> server:22 flags A expect accept
  send tcp client -> server:80 flags A expect drop
  # SYN+FIN is invalid to conntrack
  send tcp client -> server:22 flags SF expect drop
}
