# Packages: `cpack -G DEB` on Debian/Ubuntu (Qt from the distribution, not bundled), NSIS/ZIP on
# Windows, DragNDrop on macOS.
set(CPACK_PACKAGE_NAME "zcrm-explorer")
set(CPACK_PACKAGE_VENDOR "ZCRM Explorer")
set(CPACK_PACKAGE_CONTACT "ZCRM Explorer developers <zcrm-explorer@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-mysql, libqt6sql6-psql, libsecret-1-0, gnome-keyring | kwalletmanager")

set(CPACK_NSIS_DISPLAY_NAME "ZCRM Explorer")
set(CPACK_NSIS_PACKAGE_NAME "ZCRM Explorer")
set(CPACK_DMG_VOLUME_NAME "ZCRM Explorer")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

include(CPack)
