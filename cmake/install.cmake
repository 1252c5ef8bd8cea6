# Installs nse's libraries and public headers with a CMake package, so that
# another project can `find_package(nse)` and link `nse::nse`.
include(CMakePackageConfigHelpers)

# The public headers keep their folders under include/nse/ and include each
# other by paths relative to themselves, so that only <prefix>/include is on a
# consumer's include path and a consumer's own "runtime/..." headers can never
# stand in for nse's.
set(NSE_PUBLIC_HEADERS
    compiler/compile.hpp
    compiler/plan.hpp
    compiler/plan_json.hpp
    lang/diagnostic.hpp
    lang/source.hpp
    runtime/result.hpp
    runtime/run.hpp
)
foreach(header IN LISTS NSE_PUBLIC_HEADERS)
    get_filename_component(folder ${header} DIRECTORY)
    install(FILES ${header} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/nse/${folder})
endforeach()
install(FILES include/nse/nse.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/nse)

add_library(nse_library INTERFACE)
set_target_properties(nse_library PROPERTIES EXPORT_NAME nse)
target_include_directories(nse_library INTERFACE
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(nse_library INTERFACE nse_compiler nse_runtime)
add_library(nse::nse ALIAS nse_library)

set(NSE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/nse)
install(TARGETS nse_library nse_compiler nse_runtime nse_lang nse_plan nse_stdlib
        EXPORT nseTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(EXPORT nseTargets NAMESPACE nse:: DESTINATION ${NSE_CMAKE_DIR})
configure_package_config_file(cmake/nseConfig.cmake.in ${PROJECT_BINARY_DIR}/nseConfig.cmake
                              INSTALL_DESTINATION ${NSE_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/nseConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/nseConfig.cmake ${PROJECT_BINARY_DIR}/nseConfigVersion.cmake
        DESTINATION ${NSE_CMAKE_DIR})
