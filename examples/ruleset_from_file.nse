# A ruleset read from an .nft file beside this one: the file under test is
# the file you deploy, unchanged. The path is relative to this .nse file.
import std.topologies

ruleset host from "ruleset_from_file.nft"

scenario "deployed host firewall" {
  topology pair
  load host on server

  send tcp client -> server:22 expect accept
  send udp client -> server:123 expect accept
  send ip6 tcp client -> server:22 expect accept
  send tcp client -> server:80 expect drop
  send udp client -> server:53 expect drop
}
