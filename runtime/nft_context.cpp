#include "runtime/nft_context.hpp"

#include <nftables/libnftables.h>
#include <sys/mman.h>

#include <mutex>
#include <unistd.h>

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

// libnftables 1.0.6 reports errors in text given as a buffer without their
// line number (and quotes the wrong line), but reports errors in files fully.
// So the text goes through an anonymous in-memory file.
Result<std::string> NftContext::execute_file(std::string_view commands) {
    Fd file(::memfd_create("nse-ruleset", MFD_CLOEXEC));
    if (!file.valid())
        return errno_error("creating an in-memory file for a ruleset");
    if (::write(file.get(), commands.data(), commands.size()) !=
        static_cast<ssize_t>(commands.size()))
        return errno_error("writing a ruleset to an in-memory file");
    auto path = "/proc/self/fd/" + std::to_string(file.get());

    std::lock_guard lock(libnftables_lock());
    NamespaceGuard guard(*ns_);
    if (guard.status().has_error())
        return guard.status().error();
    int rc = nft_run_cmd_from_filename(context_.get(), path.c_str());
    std::string output = nft_ctx_get_output_buffer(context_.get());
    std::string errors = nft_ctx_get_error_buffer(context_.get());
    if (rc == 0)
        return output;

    for (auto at = errors.find(path); at != std::string::npos; at = errors.find(path, at))
        errors.replace(at, path.size(), kNftInputName);
    return Error{errors.empty() ? "nftables rejected the ruleset" : errors};
}

Result<void> NftContext::run(std::string_view commands) {
    auto output = execute_file(commands);
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
