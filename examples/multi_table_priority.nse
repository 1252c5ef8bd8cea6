# Two tables, each with a base chain on the input hook, at different
# priorities. The kernel runs every base chain on a hook in priority order
# (lower first). An accept ends the packet's walk through that chain only;
# the next base chain still sees it. A drop in any of them is final.
import std.topologies

ruleset early {
  table ip early {
    chain input {
      type filter hook input priority -10; policy accept;
      tcp dport 23 drop
      tcp dport { 22, 80 } accept
    }
  }
}

ruleset late {
  table ip late {
    chain input {
      type filter hook input priority 10; policy accept;
      tcp dport 80 drop
    }
  }
}

scenario "drop in the earlier table" {
  topology pair
  load early on server
  load late on server

  send tcp client -> server:23 expect drop
}

scenario "accept in the earlier table does not stop the later one" {
  topology pair
  load early on server
  load late on server

  # early accepts port 80, then late drops it
  send tcp client -> server:80 expect drop
  # accepted by early, not matched by late: its policy accepts
  send tcp client -> server:22 expect accept
  # matched by neither: both policies accept
  send tcp client -> server:8080 expect accept
}
