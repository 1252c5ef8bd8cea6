# ICMP echo (ping) over IPv4: one host answers pings, another refuses them.
# nse's icmp packet is an echo request.
import std.topologies

ruleset ping_allowed {
  table ip filter {
    chain input {
      type filter hook input priority 0; policy drop;
      icmp type echo-request limit rate 10/second accept
      tcp dport 22 accept
    }
  }
}

ruleset ping_denied {
  table ip filter {
    chain input {
      type filter hook input priority 0; policy accept;
      icmp type echo-request drop
    }
  }
}

scenario "server answers ping" {
  topology pair
  load ping_allowed on server

  send icmp client -> server expect accept
  send tcp client -> server:22 expect accept
  send udp client -> server:161 expect drop
}

scenario "server refuses ping, allows the rest" {
  topology pair
  load ping_denied on server

  send icmp client -> server expect drop
  send tcp client -> server:80 expect accept
  send udp client -> server:53 expect accept
}
