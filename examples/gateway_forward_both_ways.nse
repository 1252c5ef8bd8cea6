# A forward chain on a router, filtering each direction separately:
# the inside (client, eth0) may reach the outside server on web ports,
# the outside (server, eth1) may reach the inside only over SSH.
# The router's interfaces are named eth0 (link to client) and eth1 (link
# to server), in the order the gateway topology declares its links.
import std.topologies

ruleset edge {
  table inet filter {
    chain forward {
      type filter hook forward priority 0; policy drop;
      iifname "eth0" oifname "eth1" tcp dport { 80, 443 } accept
      iifname "eth0" oifname "eth1" udp dport 53 accept
      iifname "eth1" oifname "eth0" tcp dport 22 accept
    }
  }
}

scenario "inside to outside: web and dns only" {
  topology gateway
  load edge on router

  send tcp client -> server:443 expect accept
  send tcp client -> server:80 expect accept
  send udp client -> server:53 expect accept
  send tcp client -> server:22 expect drop
}

scenario "outside to inside: ssh only" {
  topology gateway
  load edge on router

  send tcp server -> client:22 expect accept
  send tcp server -> client:443 expect drop
  send icmp server -> client expect drop
}

scenario "the forward chain does not filter the router's own traffic" {
  topology gateway
  load edge on router

  send tcp client -> router:8080 expect accept
  send tcp router -> server:8080 expect accept
}
