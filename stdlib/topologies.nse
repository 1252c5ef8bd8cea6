# Common topologies. Every node's interfaces are named eth0, eth1, ... in the
# order of the links that reach it.

# Two nodes on one link: the shape of most host-firewall tests.
topology pair {
  node client
  node server

  link client -- server {
    client 10.0.0.1/24 fd00::1/64
    server 10.0.0.2/24 fd00::2/64
  }
}

# A client and a server on either side of a forwarding router.
topology gateway {
  node client
  node router forwarding
  node server

  link client -- router {
    client 10.0.1.1/24 fd00:1::1/64
    router 10.0.1.2/24 fd00:1::2/64
  }
  link router -- server {
    router 10.0.2.1/24 fd00:2::1/64
    server 10.0.2.2/24 fd00:2::2/64
  }

  route client default via 10.0.1.2
  route client default via fd00:1::2
  route server default via 10.0.2.1
  route server default via fd00:2::1
}
