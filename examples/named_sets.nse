# Named sets: the allowed ports and the trusted hosts are data, kept apart
# from the rules that use them. Changing policy means changing elements.
import std.topologies

ruleset set_based {
  table inet filter {
    set allowed_ports {
      type inet_service
      elements = { 22, 443 }
    }

    set trusted_v4 {
      type ipv4_addr
      flags interval
      elements = { 10.0.0.0/28 }
    }

    chain input {
      type filter hook input priority 0; policy drop;
      icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
      tcp dport @allowed_ports accept
      ip saddr @trusted_v4 udp dport 161 accept
    }
  }
}

scenario "ports in the set are open" {
  topology pair
  load set_based on server

  send tcp client -> server:22 expect accept
  send tcp client -> server:443 expect accept
  send ip6 tcp client -> server:443 expect accept
}

scenario "ports outside the set are closed" {
  topology pair
  load set_based on server

  send tcp client -> server:80 expect drop
  send tcp client -> server:8443 expect drop
}

scenario "snmp only from trusted addresses" {
  topology pair
  load set_based on server

  # 10.0.0.1 is inside 10.0.0.0/28; the IPv6 source is not in an ipv4 set.
  send udp client -> server:161 expect accept
  send ip6 udp client -> server:161 expect drop
}
