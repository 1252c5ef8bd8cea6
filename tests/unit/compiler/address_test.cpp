#include "compiler/address.hpp"

#include <catch2/catch.hpp>

using nse::compiler::IpAddress;
using nse::compiler::parse_address;
using nse::plan::Family;

namespace {

IpAddress parsed(std::string_view text) {
    auto address = parse_address(text);
    INFO(text);
    REQUIRE(address);
    return *address;
}

} // namespace

TEST_CASE("An IPv4 address parses with and without a prefix length", "[compiler]") {
    auto bare = parsed("10.0.0.1");
    CHECK(bare.family == Family::ipv4);
    CHECK(bare.prefix_length == -1);
    CHECK(bare.text() == "10.0.0.1");
    CHECK(bare.cidr() == "10.0.0.1");

    auto prefixed = parsed("10.0.0.1/24");
    CHECK(prefixed.family == Family::ipv4);
    CHECK(prefixed.prefix_length == 24);
    CHECK(prefixed.text() == "10.0.0.1");
    CHECK(prefixed.cidr() == "10.0.0.1/24");

    CHECK(parsed("0.0.0.0/0").prefix_length == 0);
    CHECK(parsed("10.0.0.1/32").prefix_length == 32);
}

TEST_CASE("An IPv6 address parses and prints in canonical form", "[compiler]") {
    auto address = parsed("FD00:0:0:0::0001/64");
    CHECK(address.family == Family::ipv6);
    CHECK(address.prefix_length == 64);
    CHECK(address.text() == "fd00::1");
    CHECK(address.cidr() == "fd00::1/64");

    CHECK(parsed("::/0").cidr() == "::/0");
    CHECK(parsed("fd00::1/128").prefix_length == 128);
    CHECK(parsed("::1").prefix_length == -1);
}

TEST_CASE("A prefix length outside the family's width or not a number is rejected", "[compiler]") {
    for (auto text : {"10.0.0.1/33", "fd00::1/129", "10.0.0.1/", "10.0.0.1/-1", "10.0.0.1/+24",
                      "10.0.0.1/24x", "10.0.0.1/2 4", "10.0.0.1/24/8", "10.0.0.1/x"}) {
        INFO(text);
        CHECK_FALSE(parse_address(text));
    }
}

TEST_CASE("Text that is not an address is rejected", "[compiler]") {
    for (auto text : {"", "client", "10.0.0", "10.0.0.256", "10.0.0.1.2", "fd00:::1", "fd00::g",
                      " 10.0.0.1", "10.0.0.1 ", "/24", "default"}) {
        INFO(text);
        CHECK_FALSE(parse_address(text));
    }
}

TEST_CASE("A subnet contains the addresses under its prefix and no others", "[compiler]") {
    auto subnet = parsed("10.0.0.1/24");
    CHECK(subnet.subnet_contains(parsed("10.0.0.200")));
    CHECK(subnet.subnet_contains(parsed("10.0.0.0/16")));
    CHECK_FALSE(subnet.subnet_contains(parsed("10.0.1.1")));
    CHECK_FALSE(subnet.subnet_contains(parsed("fd00::1")));

    // A prefix that does not end on a byte boundary.
    auto twenty = parsed("10.0.16.0/20");
    CHECK(twenty.subnet_contains(parsed("10.0.31.255")));
    CHECK_FALSE(twenty.subnet_contains(parsed("10.0.32.0")));
    CHECK_FALSE(twenty.subnet_contains(parsed("10.0.15.255")));

    auto v6 = parsed("fd00:1::2/64");
    CHECK(v6.subnet_contains(parsed("fd00:1::ffff:1")));
    CHECK_FALSE(v6.subnet_contains(parsed("fd00:1:0:1::1")));
    CHECK_FALSE(v6.subnet_contains(parsed("10.0.0.1")));

    CHECK(parsed("0.0.0.0/0").subnet_contains(parsed("192.0.2.1")));
    CHECK(parsed("::/0").subnet_contains(parsed("2001:db8::1")));
}

TEST_CASE("An address without a prefix contains only itself", "[compiler]") {
    auto address = parsed("10.0.0.1");
    CHECK(address.subnet_contains(parsed("10.0.0.1")));
    CHECK(address.subnet_contains(parsed("10.0.0.1/8")));
    CHECK_FALSE(address.subnet_contains(parsed("10.0.0.2")));
}

TEST_CASE("The network of an address clears the bits past its prefix", "[compiler]") {
    CHECK(parsed("10.0.2.7/24").network() == "10.0.2.0/24");
    CHECK(parsed("10.0.31.255/20").network() == "10.0.16.0/20");
    CHECK(parsed("10.0.2.7/32").network() == "10.0.2.7/32");
    CHECK(parsed("10.9.9.9/0").network() == "0.0.0.0/0");
    CHECK(parsed("fd00:2::1/64").network() == "fd00:2::/64");
    CHECK(parsed("fd00:2::1/0").network() == "::/0");
    CHECK(parsed("10.0.0.1").network() == "10.0.0.1");
}
