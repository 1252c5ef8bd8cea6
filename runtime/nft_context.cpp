#include "runtime/nft_context.hpp"

#include <nftables/libnftables.h>

#include <mutex>

namespace nse::runtime {

namespace {

std::mutex& libnftables_lock() {
    static std::mutex lock;
    return lock;
}

} // namespace

void NftContext::Closer::operator()(nft_ctx* context) const {
    nft_ctx_free(context);
}

Result<NftContext> NftContext::open(const Namespace& ns, const std::string& include_directory) {
    std::lock_guard lock(libnftables_lock());
    return inside(ns, [&]() -> Result<NftContext> {
        nft_ctx* context = nft_ctx_new(NFT_CTX_DEFAULT);
        if (!context)
            return failure("creating an nftables context");
        NftContext owned(ns, context);
        nft_ctx_buffer_output(context);
        nft_ctx_buffer_error(context);
        if (!include_directory.empty())
            nft_ctx_add_include_path(context, include_directory.c_str());
        return owned;
    });
}

Result<std::string> NftContext::execute(std::string_view commands) {
    std::string text(commands); // libnftables wants a terminated string
    std::lock_guard lock(libnftables_lock());
    NamespaceGuard guard(*ns_);
    if (guard.status().has_error())
        return guard.status().error();

    int rc = nft_run_cmd_from_buffer(context_.get(), text.c_str());
    std::string output = nft_ctx_get_output_buffer(context_.get());
    std::string errors = nft_ctx_get_error_buffer(context_.get());
    if (rc != 0)
        return Error{errors.empty() ? "nftables rejected the ruleset" : errors};
    return output;
}

Result<void> NftContext::run(std::string_view commands) {
    auto output = execute(commands);
    if (!output)
        return output.error();
    return success();
}

Result<std::string> NftContext::list_ruleset_json() {
    auto flags = nft_ctx_output_get_flags(context_.get());
    nft_ctx_output_set_flags(context_.get(), flags | NFT_CTX_OUTPUT_JSON | NFT_CTX_OUTPUT_HANDLE);
    auto listing = execute("list ruleset");
    nft_ctx_output_set_flags(context_.get(), flags);
    return listing;
}

} // namespace nse::runtime
