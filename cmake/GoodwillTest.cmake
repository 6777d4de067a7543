# goodwill_add_test(NAME <name> SOURCES <files...> LABEL unit|gui [LIBS <targets...>] [DEFINITIONS <defs...>])
#
# One Qt Test executable per test class. Tests link the libraries and never
# recompile application sources. Every test runs offscreen and carries a label
# so `ctest -L unit` or `ctest -L gui` selects a layer.
function(goodwill_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL" "SOURCES;LIBS;DEFINITIONS" ${ARGN})
    if(NOT T_LABEL MATCHES "^(unit|gui)$")
        message(FATAL_ERROR "goodwill_add_test(${T_NAME}): LABEL must be unit or gui")
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test goodwill_testsupport ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        GOODWILL_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data" ${T_DEFINITIONS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS ${T_LABEL}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT 600)
endfunction()
