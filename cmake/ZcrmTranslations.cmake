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
    ${PROJECT_SOURCE_DIR}/app/explorer/*.cpp ${PROJECT_SOURCE_DIR}/app/explorer/*.h
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
# English needs no translation but its plural forms ("1 token", "2 tokens" from "%n token(s)"): a file
# of the %n strings alone (lupdate -pluralonly), loaded before the user's language as its fallback.
set(ZCRM_PLURALS_TS_FILE ${PROJECT_SOURCE_DIR}/translations/zcrm_en.ts)
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
            PLURALS_TS_FILE ${ZCRM_PLURALS_TS_FILE}
            RESOURCE_PREFIX /i18n
            LUPDATE_OPTIONS ${ZCRM_LUPDATE_OPTIONS}
            IMMEDIATE_CALL)
    else()
        # Qt 6.4's qt_add_translations, spelled out, for the English plurals file beside the others: lupdate
        # on the translations, lupdate -pluralonly on the plurals, lrelease on all three.
        qt_add_lupdate(${target}
            TS_FILES ${ZCRM_TS_FILES}
            SOURCES ${ZCRM_TRANSLATED_SOURCES}
            INCLUDE_DIRECTORIES ${ZCRM_TRANSLATED_INCLUDES}
            OPTIONS ${ZCRM_LUPDATE_OPTIONS})
        add_custom_target(${target}_lupdate_plurals
            COMMAND Qt6::lupdate -silent ${ZCRM_LUPDATE_OPTIONS} -pluralonly @${ZCRM_LUPDATE_LIST}
                    -ts ${ZCRM_PLURALS_TS_FILE}
            VERBATIM)
        add_dependencies(update_translations ${target}_lupdate_plurals)
        qt_add_lrelease(${target}
            TS_FILES ${ZCRM_TS_FILES} ${ZCRM_PLURALS_TS_FILE}
            QM_FILES_OUTPUT_VARIABLE qm_files)
        qt_add_resources(${target} "${target}_translations" PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
            FILES ${qm_files})
    endif()
endfunction()
