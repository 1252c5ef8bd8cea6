# TCP flag filtering: a new connection must start with a plain SYN, and
# impossible flag combinations (SYN+FIN, SYN+RST, no flags at all) are
# dropped before anything else looks at them.
import std.topologies

ruleset flag_sanity {
  table inet filter {
    chain input {
      type filter hook input priority -150; policy accept;
      tcp flags & (fin|syn) == (fin|syn) drop
      tcp flags & (syn|rst) == (syn|rst) drop
      tcp flags & (fin|syn|rst|psh|ack|urg) == 0x0 drop
    }
  }
  table inet services {
    chain input {
      type filter hook input priority 0; policy drop;
      tcp dport 80 tcp flags & (syn|ack) == syn accept
    }
  }
}

scenario "a plain syn opens a connection" {
  topology pair
  load flag_sanity on server

  send tcp client -> server:80 expect accept
  send tcp client -> server:80 flags S expect accept
  send tcp client -> server:80 flags SE expect accept
}

scenario "bogus flag combinations are dropped" {
  topology pair
  load flag_sanity on server

  send tcp client -> server:80 flags SF expect drop
  send tcp client -> server:80 flags SR expect drop
  send tcp client -> server:80 flags U expect drop
  send tcp client -> server:80 flags SA expect drop
}
