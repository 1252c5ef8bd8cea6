# Rules that match interfaces. Every node's interfaces are named eth0, eth1,
# ... in the order of the links that reach it, so on the gateway's router
# eth0 faces the client and eth1 faces the server. `iif`/`oif` match by
# interface index, `iifname`/`oifname` by name; both work.
import std.topologies

ruleset inside_out_only {
  table inet filter {
    chain forward {
      type filter hook forward priority 0; policy drop;
      iif "eth0" oif "eth1" accept
    }
    chain input {
      type filter hook input priority 0; policy drop;
      iifname "eth1" icmp type echo-request accept
    }
  }
}

scenario "the router forwards from the client side only" {
  topology gateway
  load inside_out_only on router

  send tcp client -> server:443 expect accept
  send tcp server -> client:443 expect drop
}

scenario "the router answers pings from the server side only" {
  topology gateway
  load inside_out_only on router

  send icmp server -> router expect accept
  send icmp client -> router expect drop
}
