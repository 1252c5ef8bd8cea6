# The original tool's first case: a host firewall that lets web traffic in
# and drops everything else arriving at the server.
import std.topologies

ruleset web_only {
  table ip filter {
    chain input {
      type filter hook input priority 0; policy drop;
      tcp dport 80 accept
    }
  }
}

scenario "web server accepts http, drops ssh" {
  topology pair
  load web_only on server

  send tcp client -> server:80 expect accept
  send tcp client -> server:22 expect drop
}
