#pragma once

#include <string_view>

// The catalogue of diagnostic names. Each is stable (users grep for them and
// docs/diagnostics.md documents each one); add new names here, never reuse one.
namespace nse::lang::diag {

// Reading and parsing
inline constexpr std::string_view kFileUnreadable = "file-unreadable";
inline constexpr std::string_view kSyntax = "syntax";
inline constexpr std::string_view kUnknownModule = "unknown-module";
inline constexpr std::string_view kImportCycle = "import-cycle";

// Names
inline constexpr std::string_view kDuplicateName = "duplicate-name";
inline constexpr std::string_view kUnknownTopology = "unknown-topology";
inline constexpr std::string_view kUnknownRuleset = "unknown-ruleset";
inline constexpr std::string_view kUnknownNode = "unknown-node";

// Topologies
inline constexpr std::string_view kBadAddress = "bad-address";
inline constexpr std::string_view kEndpointNotInLink = "endpoint-not-in-link";
inline constexpr std::string_view kSelfLink = "self-link";
inline constexpr std::string_view kDuplicateAddress = "duplicate-address";
inline constexpr std::string_view kGatewayUnreachable = "gateway-unreachable";
inline constexpr std::string_view kFamilyMismatch = "family-mismatch";

// Scenarios and packets
inline constexpr std::string_view kUnknownProtocol = "unknown-protocol";
inline constexpr std::string_view kUnknownFate = "unknown-fate";
inline constexpr std::string_view kMissingTopology = "missing-topology";
inline constexpr std::string_view kDuplicateTopology = "duplicate-topology";
inline constexpr std::string_view kPortOutOfRange = "port-out-of-range";
inline constexpr std::string_view kMissingPort = "missing-port";
inline constexpr std::string_view kUnexpectedPort = "unexpected-port";
inline constexpr std::string_view kBadTcpFlags = "bad-tcp-flags";
inline constexpr std::string_view kNoAddressForFamily = "no-address-for-family";
inline constexpr std::string_view kAddressNotOnNode = "address-not-on-node";
inline constexpr std::string_view kSameNode = "same-node";
inline constexpr std::string_view kEmptyScenario = "empty-scenario";
inline constexpr std::string_view kDuplicateScenario = "duplicate-scenario";

// Rulesets
inline constexpr std::string_view kNftSyntax = "nft-syntax";
inline constexpr std::string_view kNftRejected = "nft-rejected";
inline constexpr std::string_view kNoSandbox = "no-sandbox";

// The original tool's YAML suites (the compiler's own names above serve them
// too: a bad address in a suite is a bad-address like in a .nse file)
inline constexpr std::string_view kYamlSyntax = "yaml-syntax";
inline constexpr std::string_view kYamlUnknownKey = "yaml-unknown-key";
inline constexpr std::string_view kYamlDuplicateKey = "yaml-duplicate-key";
inline constexpr std::string_view kYamlMissingKey = "yaml-missing-key";
inline constexpr std::string_view kYamlType = "yaml-type";
inline constexpr std::string_view kYamlBadValue = "yaml-bad-value";

} // namespace nse::lang::diag
