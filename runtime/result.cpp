#include "runtime/result.hpp"

namespace nse::runtime {

std::string_view to_string(Observed observed) {
    switch (observed) {
    case Observed::accepted:
        return "accept";
    case Observed::dropped:
        return "drop";
    case Observed::lost:
        return "lost";
    }
    return "?";
}

std::string_view to_string(ScenarioStatus status) {
    switch (status) {
    case ScenarioStatus::passed:
        return "passed";
    case ScenarioStatus::failed:
        return "failed";
    case ScenarioStatus::error:
        return "error";
    }
    return "?";
}

} // namespace nse::runtime
