#pragma once

#include "runtime/error.hpp"
#include "runtime/netns.hpp"

#include <memory>
#include <string>
#include <string_view>

struct nft_ctx;

namespace nse::runtime {

/// The name nft's messages give the text passed to NftContext::run.
inline constexpr std::string_view kNftInputName = "ruleset";

/// A libnftables context that acts on one namespace.
///
/// libnftables resolves interface names through a process-wide cache and
/// opens netlink sockets of its own, so every call runs inside the namespace
/// and under one process-wide lock: rulesets load one at a time, which costs
/// little next to namespace and link creation.
class NftContext {
public:
    /// A context for `ns`, which must outlive it. `include_directory`, when not
    /// empty, is searched by `include` statements.
    static Result<NftContext> open(const Namespace& ns, const std::string& include_directory = {});

    /// Runs nft commands (ruleset text). On failure the error holds nft's own
    /// messages, which name positions in the text as
    /// `<kNftInputName>:line:col-col: Error: ...`.
    Result<void> run(std::string_view commands);

    /// The namespace's whole ruleset as nft's JSON, with handles.
    Result<std::string> list_ruleset_json();

private:
    struct Closer {
        void operator()(nft_ctx* context) const;
    };
    NftContext(const Namespace& ns, nft_ctx* context) : ns_(&ns), context_(context) {}
    Result<std::string> execute(std::string_view commands);
    Result<std::string> execute_file(std::string_view commands);

    const Namespace* ns_;
    std::unique_ptr<nft_ctx, Closer> context_;
};

} // namespace nse::runtime
