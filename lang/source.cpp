#include "lang/source.hpp"

#include <algorithm>

namespace nse::lang {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::uint32_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n')
            line_starts_.push_back(i + 1);
    }
}

Location SourceFile::location_of(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line = static_cast<int>(next - line_starts_.begin());
    return {line, static_cast<int>(offset - line_starts_[line - 1]) + 1};
}

std::uint32_t SourceFile::offset_of(Location location) const {
    if (location.line < 1)
        return 0;
    if (location.line > line_count())
        return static_cast<std::uint32_t>(text_.size());
    auto line = line_text(location.line);
    auto column =
        std::clamp<std::uint32_t>(location.column, 1, static_cast<std::uint32_t>(line.size()) + 1);
    return line_starts_[location.line - 1] + column - 1;
}

std::string_view SourceFile::line_text(int line) const {
    if (line < 1 || line > line_count())
        return {};
    auto begin = line_starts_[line - 1];
    auto end = line < line_count() ? line_starts_[line] - 1 : text_.size();
    if (end > begin && text_[end - 1] == '\r')
        --end;
    return std::string_view(text_).substr(begin, end - begin);
}

} // namespace nse::lang
