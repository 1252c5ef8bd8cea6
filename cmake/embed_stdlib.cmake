# Writes OUTPUT: a C++ file defining nse::stdlib::modules() from the .nse files
# in MODULES. Each module is named after its file: topologies.nse -> "topologies".
set(body "")
foreach(module IN LISTS MODULES)
    get_filename_component(name ${module} NAME_WE)
    file(READ ${module} text)
    string(APPEND body "        {\"${name}\", R\"nse_module(${text})nse_module\"},\n")
endforeach()
file(WRITE ${OUTPUT} "#include \"stdlib/stdlib.hpp\"

namespace nse::stdlib {

const std::map<std::string, std::string, std::less<>>& modules() {
    static const std::map<std::string, std::string, std::less<>> kModules{
${body}    };
    return kModules;
}

} // namespace nse::stdlib
")
