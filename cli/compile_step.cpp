#include "cli/compile_step.hpp"

#include "cli/inputs.hpp"
#include "compiler/compile.hpp"
#include "runtime/netns.hpp"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace nse::cli {

bool colour_wanted(std::string_view choice, int fd) {
    if (choice == "always")
        return true;
    if (choice == "never")
        return false;
    return ::isatty(fd) != 0 && std::getenv("NO_COLOR") == nullptr;
}

std::optional<plan::Plan> compile_inputs(const CompileArguments& arguments) {
    lang::DiagnosticSink sink;
    auto inputs = expand_inputs(arguments.inputs);
    if (inputs.empty()) {
        std::cerr << "nse: error: no .nse files found in";
        for (const auto& input : arguments.inputs)
            std::cerr << ' ' << input;
        std::cerr << '\n';
        return std::nullopt;
    }

    compiler::CompileOptions options{arguments.check_rulesets, {}};
    if (arguments.dump_ast) {
        options.on_parsed = [](const std::string& path, const std::string& tree) {
            std::cout << "# syntax tree of " << path << "\n" << tree;
        };
    }
    auto plan = compiler::compile(inputs, sink, options);
    if (!print_diagnostics(sink, "nothing was run", colour_wanted(arguments.colour, STDERR_FILENO)))
        return std::nullopt;
    return plan;
}

bool print_diagnostics(const lang::DiagnosticSink& sink, std::string_view consequence,
                       bool colour) {
    for (const auto& diagnostic : sink.diagnostics())
        std::cerr << lang::render(diagnostic, colour);
    if (!sink.has_errors())
        return true;
    std::cerr << sink.error_count() << (sink.error_count() == 1 ? " error" : " errors")
              << " found; " << consequence << '\n';
    return false;
}

bool sandbox_available() {
    if (runtime::Namespace::create())
        return true;
    std::cerr << "nse: error: cannot create network namespaces here: nse needs root (or "
                 "CAP_SYS_ADMIN and CAP_NET_ADMIN)\n"
                 "hint: run it with sudo, or use 'nse check --no-nft-check' to check syntax "
                 "only\n";
    return false;
}

} // namespace nse::cli
