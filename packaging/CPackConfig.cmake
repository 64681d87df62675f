# Packages, from the build folder: `cpack -G DEB` (or RPM, TGZ) on Linux with the distribution's Qt;
# NSIS on Windows and a DragNDrop DMG on macOS, both carrying their Qt (packaging/deploy.cmake).
# The version is the top-level project()'s.
set(CPACK_PACKAGE_NAME "zcrm-explorer")
set(CPACK_PACKAGE_VENDOR "ZCRM Explorer")
set(CPACK_PACKAGE_CONTACT "ZCRM Explorer developers <zcrm-explorer@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "ZCRM Explorer shows every OAuth token of the Zoho CRM REST API at a glance, signs in through the browser on
any Zoho data center, refreshes, revokes, imports and exports tokens, and keeps them in the OS keychain,
SQLite, the Zoho SDKs' token file, MySQL, MariaDB or PostgreSQL. It brings the zcrm command line for
scripts and zcrm-sandbox, a local look-alike of Zoho Accounts and CRM for trying it without an account.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ZCRM Explorer")
set(CPACK_PACKAGE_EXECUTABLES "zcrm-explorer" "ZCRM Explorer")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

# Debian and Ubuntu. dpkg-shlibdeps finds the linked libraries; what Qt loads at run time it cannot see:
# the SQL drivers of every store, the platform plugins, libsecret (which qtkeychain opens itself) and
# Qt's own translations (qtbase_de.qm, qtbase_ja.qm).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-mysql, libqt6sql6-psql, qt6-qpa-plugins, libsecret-1-0, qt6-translations-l10n")
# A Secret Service provider for the keychain store; without one the SQLite store is the default.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

# Fedora and openSUSE: rpmbuild's automatic requirements cover the linked libraries.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Unspecified")
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-mysql, qt6-qtbase-postgresql, qt6-qttranslations, libsecret")
# The folders belong to the system (filesystem, hicolor-icon-theme, systemd), not to this package.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/lib/systemd /usr/lib/systemd/user)
foreach(size 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()

# Windows: an NSIS installer with a Start menu entry; Qt comes along (windeployqt).
set(CPACK_NSIS_DISPLAY_NAME "ZCRM Explorer")
set(CPACK_NSIS_PACKAGE_NAME "ZCRM Explorer")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\zcrm-explorer.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The installer and its uninstaller wear the application's icon (rendered by app/desktop).
set(CPACK_NSIS_MUI_ICON "${PROJECT_BINARY_DIR}/app/desktop/zcrm-explorer.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_BINARY_DIR}/app/desktop/zcrm-explorer.ico")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")

# macOS: a disk image to drag zcrm-explorer.app into Applications; Qt inside the bundle (macdeployqt).
set(CPACK_DMG_VOLUME_NAME "ZCRM Explorer")
set(CPACK_DMG_FORMAT "UDBZ")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(ZCRM_RPMBUILD rpmbuild)
    if(ZCRM_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

include(CPack)
