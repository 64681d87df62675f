# Windows and macOS: the installers carry their Qt. The install step copies Qt's libraries and plugins
# (the SQL drivers and platform plugins included) beside zcrm-explorer, with windeployqt or macdeployqt.
# Linux packages use the distribution's Qt instead (see CPACK_DEBIAN_PACKAGE_DEPENDS).
if(NOT (WIN32 OR APPLE) OR NOT TARGET zcrm-explorer)
    return()
endif()

# qtkeychain is no Qt module: the deploy tools leave it out.
if(WIN32 AND TARGET qt6keychain)
    install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET zcrm-explorer OUTPUT_SCRIPT zcrm_deploy_script)
else()
    # Qt 6.4 has the command in its first form (FILENAME_VARIABLE), which 6.5 replaced with OUTPUT_SCRIPT.
    qt_generate_deploy_app_script(TARGET zcrm-explorer FILENAME_VARIABLE zcrm_deploy_script)
endif()
install(SCRIPT ${zcrm_deploy_script})
