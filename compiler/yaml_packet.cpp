#include "compiler/yaml_packet.hpp"

#include "compiler/address.hpp"
#include "lang/diagnostic_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <limits>

namespace nse::compiler::yaml {

namespace ast = lang::ast;
namespace diag = lang::diag;

namespace {

// The letter of a flag written by its name ("SYN", "ack"), if it is one.
std::optional<char> letter_of_flag_name(const std::string& word) {
    static constexpr std::array kNames{"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    std::string upper;
    for (unsigned char c : word)
        upper += static_cast<char>(std::toupper(c));
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (upper == kNames[i])
            return "FSRPAUEC"[i];
    }
    return std::nullopt;
}

constexpr std::array<std::string_view, 8> kPacketKeys{"protocol",         "src_ip",   "dst_ip",
                                                      "src_port",         "dst_port", "tcp_flags",
                                                      "expected_verdict", "expect"};
constexpr std::array<std::string_view, 1> kPacketRequired{"protocol"};
constexpr std::array<std::string_view, 1> kExpectKeys{"verdict"};

constexpr std::string_view kFlagLetters = "FSRPAUEC";

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Reads the parts of one packet; each method reports its own errors.
class PacketReader {
public:
    PacketReader(Reader& reader, const Entries& entries, lang::Span head)
        : reader_(reader), entries_(entries), head_(head) {}

    bool ok() const { return ok_; }

    const Entry* find(std::string_view key) const {
        auto found = entries_.find(key);
        return found == entries_.end() ? nullptr : &found->second;
    }

    std::optional<ast::Identifier> protocol() {
        const auto* entry = find("protocol");
        auto text = entry ? reader_.text(*entry, "protocol", "a protocol name") : std::nullopt;
        if (!text)
            return fail<ast::Identifier>();
        // The original tool's suites say "tcp" or "TCP"; lowering knows the names.
        return ast::Identifier{{reader_.span_of(*entry)}, lower(*text)};
    }

    std::optional<ast::Word> address(std::string_view key, std::string_view fallback) {
        const auto* entry = find(key);
        if (!entry)
            return ast::Word{{head_}, std::string(fallback)};
        auto text = reader_.text(*entry, key, "an IP address");
        if (!text)
            return fail<ast::Word>();
        auto span = reader_.span_of(*entry);
        // Lowering takes a word that is no address for a node name; a suite
        // names addresses only, so the syntax is checked here.
        if (!parse_address(*text)) {
            reader_.error(diag::kBadAddress, span, fmt::format("'{}' is not an IP address", *text));
            return fail<ast::Word>();
        }
        return ast::Word{{span}, *text};
    }

    // Ports out of 1..65535 are left to lowering, which reports them; only
    // numbers too big to carry are reported here.
    std::optional<std::optional<ast::Port>> port(std::string_view key) {
        const auto* entry = find(key);
        if (!entry)
            return std::optional<ast::Port>{};
        auto text = reader_.text(*entry, key, "a port number");
        if (!text)
            return fail<std::optional<ast::Port>>();
        auto span = reader_.span_of(*entry);
        auto digits = std::string_view(*text).substr(text->starts_with('-') ? 1 : 0);
        std::uint64_t value = 0;
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (digits.empty() || end != digits.data() + digits.size() ||
            error == std::errc::invalid_argument) {
            reader_.wrong_type(*entry, key, "a port number");
            return fail<std::optional<ast::Port>>();
        }
        if (text->starts_with('-') || error == std::errc::result_out_of_range ||
            value > std::numeric_limits<std::uint32_t>::max()) {
            reader_
                .error(diag::kPortOutOfRange, span, fmt::format("port {} is out of range", *text))
                .hints.push_back("ports go from 1 to 65535");
            return fail<std::optional<ast::Port>>();
        }
        return ast::Port{{span}, static_cast<std::uint32_t>(value)};
    }

    // A list of letters ([S, A]) as the original tool wrote them, or one
    // word of letters (SA); each letter is checked where it was written.
    std::optional<std::optional<ast::Word>> flags() {
        const auto* entry = find("tcp_flags");
        if (!entry)
            return std::optional<ast::Word>{};
        std::vector<YAML::Node> items;
        if (entry->value.IsSequence())
            items = items_of(entry->value);
        else if (entry->value.IsScalar())
            items.push_back(entry->value);
        else
            reader_.wrong_type(*entry, "tcp_flags", "a list of flag letters");

        std::string letters;
        for (const auto& item : items) {
            auto span = reader_.spans().span_of(item);
            if (!item.IsScalar()) {
                reader_.error(diag::kYamlType, span,
                              fmt::format("a TCP flag is a letter, found {}", describe(item)));
                ok_ = false;
                continue;
            }
            if (auto letter = letter_of_flag_name(item.Scalar())) {
                reader_.error(diag::kBadTcpFlags, span,
                              fmt::format("'{}' is a flag's name; write its letter, '{}'",
                                          item.Scalar(), *letter));
                ok_ = false;
                continue;
            }
            auto quoted = static_cast<std::uint32_t>(span.end - span.begin > item.Scalar().size());
            for (std::size_t i = 0; i < item.Scalar().size(); ++i) {
                auto letter = item.Scalar()[i];
                if (kFlagLetters.find(letter) == std::string_view::npos) {
                    auto at = span.begin + quoted + static_cast<std::uint32_t>(i);
                    reader_
                        .error(diag::kBadTcpFlags, {at, at + 1},
                               fmt::format("'{}' is not a TCP flag", letter))
                        .hints.push_back(
                            "flags are F S R P A U E C (FIN SYN RST PSH ACK URG ECE CWR)");
                    ok_ = false;
                } else if (letters.find(letter) == std::string::npos) {
                    letters += letter;
                }
            }
        }
        if (ok_ && letters.empty() && (entry->value.IsSequence() || entry->value.IsScalar())) {
            // .nse cannot say "no flags" either, and a suite must mean what
            // its conversion means.
            reader_
                .error(diag::kYamlBadValue, reader_.span_of(*entry),
                       "'tcp_flags' is empty: nse scenarios cannot send a TCP packet without flags")
                .hints.push_back("leave 'tcp_flags' out for a SYN");
            ok_ = false;
        }
        if (!ok_ || !(entry->value.IsSequence() || entry->value.IsScalar()))
            return fail<std::optional<ast::Word>>();
        return ast::Word{{reader_.span_of(*entry)}, letters};
    }

    std::optional<ast::Identifier> verdict() {
        const auto* flat = find("expected_verdict");
        const auto* nested = find("expect");
        if (flat && nested) {
            reader_.error(diag::kYamlDuplicateKey, reader_.span_of(*nested),
                          "the verdict is given twice, by 'expect' and by 'expected_verdict'");
            return fail<ast::Identifier>();
        }
        if (!flat && !nested)
            return ast::Identifier{{head_}, "accept"};

        std::optional<Entry> entry;
        std::string_view key = "expected_verdict";
        if (flat) {
            entry = *flat;
        } else {
            auto inner = reader_.entries(nested->value, reader_.span_of(*nested), "'expect'",
                                         {"'expect'", kExpectKeys, kExpectKeys});
            if (!inner || !inner->contains("verdict"))
                return fail<ast::Identifier>();
            entry = inner->find("verdict")->second;
            key = "verdict";
        }
        auto text = reader_.text(*entry, key, "ACCEPT or DROP");
        if (!text)
            return fail<ast::Identifier>();
        auto verdict = lower(*text);
        if (verdict != "accept" && verdict != "drop") {
            reader_
                .error(diag::kYamlBadValue, reader_.span_of(*entry),
                       fmt::format("unknown verdict '{}'", *text))
                .hints.push_back("a packet's verdict is ACCEPT or DROP");
            return fail<ast::Identifier>();
        }
        return ast::Identifier{{reader_.span_of(*entry)}, verdict};
    }

private:
    template <class T> std::optional<T> fail() {
        ok_ = false;
        return std::nullopt;
    }

    Reader& reader_;
    const Entries& entries_;
    lang::Span head_;
    bool ok_ = true;
};

// An icmpv6 packet, or one that gives an IPv6 address, takes the IPv6
// defaults: the IPv4 ones would make lowering report a family clash at a
// place where the suite wrote no address.
bool wants_ipv6(const Entries& entries) {
    auto says_ipv6 = [&](std::string_view key, auto&& test) {
        auto found = entries.find(key);
        return found != entries.end() && found->second.value.IsScalar() &&
               test(found->second.value.Scalar());
    };
    auto is_ipv6 = [](const std::string& text) {
        auto address = parse_address(text);
        return address && address->family == plan::Family::ipv6;
    };
    return says_ipv6("protocol", [](const std::string& text) { return lower(text) == "icmpv6"; }) ||
           says_ipv6("src_ip", is_ipv6) || says_ipv6("dst_ip", is_ipv6);
}

// A packet that gives one end as the other end's default travels the other
// way: `src_ip: 10.0.0.2` alone is the server sending to the client, as in
// the original tool, not the server sending to itself.
DefaultEnds other_way_if_asked(const Entries& entries, DefaultEnds ends) {
    auto given = [&](std::string_view key) -> std::optional<IpAddress> {
        auto found = entries.find(key);
        if (found == entries.end() || !found->second.value.IsScalar())
            return std::nullopt;
        return parse_address(found->second.value.Scalar());
    };
    auto same = [](const std::optional<IpAddress>& address, std::string_view text) {
        auto other = parse_address(text);
        return address && other && address->text() == other->text();
    };
    auto source = given("src_ip");
    auto destination = given("dst_ip");
    if (source && !entries.contains("dst_ip") && same(source, ends.destination_address))
        ends.destination_address = ends.source_address;
    else if (destination && !entries.contains("src_ip") && same(destination, ends.source_address))
        ends.source_address = ends.destination_address;
    return ends;
}

ast::PacketEnd packet_end(const ast::Word& host, const std::optional<ast::Port>& port) {
    ast::PacketEnd end{{host.span}, host, port};
    if (port && port->span.begin >= host.span.end)
        end.span.end = port->span.end;
    return end;
}

} // namespace

std::optional<ast::SendStmt> read_packet(Reader& reader, const YAML::Node& packet, lang::Span where,
                                         std::string_view name, const PacketDefaults& defaults) {
    auto entries = reader.entries(packet, where, name, {"a packet", kPacketKeys, kPacketRequired});
    if (!entries)
        return std::nullopt;

    PacketReader read(reader, *entries, reader.head_of(packet));
    auto protocol = entries->contains("protocol") ? read.protocol() : std::nullopt;
    auto ends = other_way_if_asked(*entries, wants_ipv6(*entries) ? defaults.ipv6 : defaults.ipv4);
    auto source = read.address("src_ip", ends.source_address);
    auto destination = read.address("dst_ip", ends.destination_address);
    auto source_port = read.port("src_port");
    auto destination_port = read.port("dst_port");
    auto flags = read.flags();
    auto expectation = read.verdict();
    if (!read.ok() || !protocol)
        return std::nullopt;

    ast::SendStmt send;
    send.span = reader.spans().span_of(packet);
    send.protocol = *protocol;
    send.source = packet_end(*source, *source_port);
    send.destination = packet_end(*destination, *destination_port);
    send.flags = *flags;
    send.expectation = *expectation;
    return send;
}

} // namespace nse::compiler::yaml
