# The application's translations: translations/zcrm_<lang>.ts, compiled by lrelease and embedded in a
# target as :/i18n/zcrm_<lang>.qm (read by AppTranslations).
#   cmake --build build-test --target update_translations    refreshes the .ts files from the sources
#   tests/translations/check-translations.sh                  (the CTest test "translations") fails on
#                                                             unfinished, obsolete or missing strings
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(ZCRM_LANGUAGES de ja)

# What lupdate reads: every library whose text reaches a person (the CLI words its own, in English).
file(GLOB_RECURSE ZCRM_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/core/*.cpp ${PROJECT_SOURCE_DIR}/app/core/*.h
    ${PROJECT_SOURCE_DIR}/app/desktop/*.cpp ${PROJECT_SOURCE_DIR}/app/desktop/*.h
    ${PROJECT_SOURCE_DIR}/stores/*.cpp ${PROJECT_SOURCE_DIR}/stores/*.h)
list(SORT ZCRM_TRANSLATED_SOURCES)
file(GLOB ZCRM_TRANSLATED_INCLUDES LIST_DIRECTORIES true ${PROJECT_SOURCE_DIR}/stores/*)
list(FILTER ZCRM_TRANSLATED_INCLUDES EXCLUDE REGEX "\\.[a-z]+$")
list(PREPEND ZCRM_TRANSLATED_INCLUDES ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app/core
    ${PROJECT_SOURCE_DIR}/stores ${PROJECT_BINARY_DIR}/generated)

set(ZCRM_TS_FILES "")
foreach(language ${ZCRM_LANGUAGES})
    list(APPEND ZCRM_TS_FILES ${PROJECT_SOURCE_DIR}/translations/zcrm_${language}.ts)
endforeach()
# Line numbers would change every .ts file at every edit; the file names are enough for a translator.
set(ZCRM_LUPDATE_OPTIONS -locations relative -no-ui-lines)

# The same sources and include paths in a list file for lupdate (`lupdate @FILE`), so that the check and
# the pseudo-locale read exactly what update_translations reads.
set(lst "")
foreach(dir ${ZCRM_TRANSLATED_INCLUDES})
    string(APPEND lst "-I${dir}\n")
endforeach()
foreach(source ${ZCRM_TRANSLATED_SOURCES})
    string(APPEND lst "${source}\n")
endforeach()
file(WRITE ${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst "${lst}")
set(ZCRM_LUPDATE_LIST ${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst)

# zcrm_add_translations(<target>): builds the .qm files into the target's resources under /i18n.
function(zcrm_add_translations target)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
        # Qt 6.7 deferred the call and collects sources itself; the explicit lists keep 6.4's meaning.
        qt_add_translations(TARGETS ${target}
            TS_FILES ${ZCRM_TS_FILES}
            SOURCES ${ZCRM_TRANSLATED_SOURCES}
            INCLUDE_DIRECTORIES ${ZCRM_TRANSLATED_INCLUDES}
            RESOURCE_PREFIX /i18n
            NO_GENERATE_PLURALS_TS_FILE
            LUPDATE_OPTIONS ${ZCRM_LUPDATE_OPTIONS}
            IMMEDIATE_CALL)
    else()
        qt_add_translations(${target}
            TS_FILES ${ZCRM_TS_FILES}
            SOURCES ${ZCRM_TRANSLATED_SOURCES}
            INCLUDE_DIRECTORIES ${ZCRM_TRANSLATED_INCLUDES}
            RESOURCE_PREFIX /i18n
            LUPDATE_OPTIONS ${ZCRM_LUPDATE_OPTIONS})
    endif()
endfunction()
