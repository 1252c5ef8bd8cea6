#pragma once

#include <string>
#include <string_view>

// Text from scenario files and the kernel made safe to print on a terminal.
namespace nse::report {

/// `text` with every C0 control character except tab, and DEL, replaced by
/// a visible escape ("\x1b", "\x0a"), so that names and error texts cannot
/// move the cursor, clear the screen or start new lines of their own. Every
/// other byte, including UTF-8, is kept as it is.
std::string terminal_text(std::string_view text);

} // namespace nse::report
