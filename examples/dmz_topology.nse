# A topology declared in the file: a firewall with three legs, an inside
# LAN, a DMZ with a web server, and an outside host standing in for the
# internet. The firewall's interfaces follow its link order: eth0 = lan,
# eth1 = dmz, eth2 = wan.
#
# Policy: the LAN may go anywhere; the outside may reach only the DMZ web
# server on 80/443; the DMZ may not open connections into the LAN.

topology dmz {
  node workstation
  node firewall forwarding
  node web
  node outside

  link workstation -- firewall {
    workstation 192.168.1.10/24
    firewall    192.168.1.1/24
  }
  link web -- firewall {
    web      172.16.0.10/24
    firewall 172.16.0.1/24
  }
  link firewall -- outside {
    firewall 198.51.100.1/24
    outside  198.51.100.7/24
  }

  route workstation default via 192.168.1.1
  route web default via 172.16.0.1
  route outside 172.16.0.0/24 via 198.51.100.1
  route outside 192.168.1.0/24 via 198.51.100.1
}

ruleset perimeter {
  table ip filter {
    chain forward {
      type filter hook forward priority 0; policy drop;
      iifname "eth0" accept
      iifname "eth2" oifname "eth1" ip daddr 172.16.0.10 tcp dport { 80, 443 } accept
    }
  }
}

scenario "lan reaches everything" {
  topology dmz
  load perimeter on firewall

  send tcp workstation -> web:22 expect accept
  send tcp workstation -> outside:443 expect accept
  send udp workstation -> 198.51.100.7:53 expect accept
}

scenario "outside reaches only the dmz web server" {
  topology dmz
  load perimeter on firewall

  send tcp outside -> web:443 expect accept
  send tcp outside -> web:80 expect accept
  send tcp outside -> web:22 expect drop
  send tcp outside -> workstation:22 expect drop
}

scenario "dmz cannot open connections inward" {
  topology dmz
  load perimeter on firewall

  send tcp web -> workstation:445 expect drop
  send tcp web -> outside:80 expect drop
}
