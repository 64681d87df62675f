# zcrm_add_qtest(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <unit|integration|gui...>
#                [TIMEOUT <s>] [ENVIRONMENT <VAR=value...>])
# One Qt Test executable per class or feature, registered with CTest.
function(zcrm_add_qtest)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_NAME OR NOT T_SOURCES)
        message(FATAL_ERROR "zcrm_add_qtest needs NAME and SOURCES")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(NOT T_LABELS)
        set(T_LABELS unit)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "LC_ALL=C.UTF-8" "LANG=C.UTF-8" "ZCRM_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
            "ZCRM_BINARY_DIR=${PROJECT_BINARY_DIR}")
    if(NOT "gui" IN_LIST T_LABELS)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env};${T_ENVIRONMENT}")
endfunction()
