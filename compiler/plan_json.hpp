#pragma once

#include "plan.hpp"

#include <nlohmann/json.hpp>

namespace nse::plan {

/// The plan as JSON (`nse plan`): {"version": 1, "rulesets": [...],
/// "scenarios": [...]}, field for field as in plan.hpp. Documented in
/// docs/plan-json.md.
nlohmann::ordered_json to_json(const Plan& plan);

} // namespace nse::plan
